// `datum tx dataasset grant-executor <asset-id> <executor>… --data-key <hex>`: the owner reads each executor's
// registered encryption key from the chain, wraps the asset's data key to it (ECIES) and grants on chain in one
// tx; only the ciphertext goes on chain. `revoke-grant <asset-id> <executor>` withdraws one grant.
import { QueryClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { encryptTo } from '../executor/ecies.js'
import { dataAssetMsgs as M } from '../sdk/dataasset/messages.js'
import { type ParsedArgs, positional, str } from './args.js'
import type { Command } from './command.js'
import { withNode } from './connect.js'
import { CliError, UsageError } from './errors.js'
import { runTx } from './tx-run.js'

/** Each executor's registered encryption key, read from the attestation module. */
async function registeredKeys(node: string, executors: string[]): Promise<Map<string, string>> {
  return withNode(node, async () => {
    const comet = await Comet38Client.connect(node)
    try {
      const q = QueryClient.withExtensions(comet)
      const keys = new Map<string, string>()
      for (const operator of executors) {
        let executor: AT.Executor | undefined
        try {
          const { value } = await q.queryAbci(
            '/datum.attestation.v1.Query/Executor',
            AT.QueryExecutorRequest.encode({ operator }),
          )
          executor = AT.QueryExecutorResponse.decode(value).executor
        } catch {
          executor = undefined
        }
        if (!executor?.pubKey) throw new CliError('NOT_FOUND', `executor ${operator} is not registered`)
        keys.set(operator, executor.pubKey)
      }
      return keys
    } finally {
      comet.disconnect()
    }
  })
}

function dataKeyOf(a: ParsedArgs): Uint8Array {
  const hex = str(a, 'data-key') ?? ''
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new UsageError('--data-key must be 64 lower-case hex characters')
  return new Uint8Array(Buffer.from(hex, 'hex'))
}

export const grantCommands: Command[] = [
  {
    path: ['tx', 'dataasset', 'grant-executor'],
    summary: "grant an asset to executors: its data key wrapped to each one's registered key, on chain",
    args: '<asset-id> <executor> [executor…]',
    kind: 'tx',
    flags: {
      'data-key': {
        type: 'string',
        description: 'the AES-256 data key of the asset (64 hex); never sent in the clear',
        required: true,
        value: '<hex>',
      },
    },
    run: async (a) => {
      const assetId = positional(a, 0, 'asset-id')
      positional(a, 1, 'executor')
      const executors = a.positionals.slice(1)
      const dataKey = dataKeyOf(a)
      const keys = await registeredKeys(str(a, 'node')!, executors)
      const grants = executors.map((executor) => {
        const encryptionKey = keys.get(executor)!
        const wrappedKey = encryptTo(Buffer.from(encryptionKey, 'hex'), dataKey)
        return { executor, encryptionKey, wrappedKey }
      })
      return runTx(a, (owner) => M.grantExecutors({ owner, assetId, grants }), T.MsgGrantExecutorsResponse)
    },
  },
  {
    path: ['tx', 'dataasset', 'revoke-grant'],
    summary: 'withdraw an executor grant: it can accept no new job on the asset',
    args: '<asset-id> <executor>',
    kind: 'tx',
    run: (a) =>
      runTx(
        a,
        (owner) =>
          M.revokeGrant({
            owner,
            assetId: positional(a, 0, 'asset-id'),
            executor: positional(a, 1, 'executor'),
          }),
        T.MsgRevokeGrantResponse,
      ),
  },
]
