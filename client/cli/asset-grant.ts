// `datum asset grant <executor> --data-key <hex>`: the owner encrypts the dataset key to an executor's
// registered secp256k1 key (ECIES), so only that executor can open the data. Prints or writes the envelope.
import { writeFileSync } from 'node:fs'
import { QueryClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { encryptTo } from '../executor/ecies.js'
import { positional, str } from './args.js'
import type { Command } from './command.js'
import { withNode } from './connect.js'
import { CliError, UsageError } from './errors.js'

export const assetGrantCommand: Command = {
  path: ['asset', 'grant'],
  summary:
    "encrypt a dataset key to an executor's registered key, offline (grant on chain: tx dataasset grant-executor)",
  args: '<executor-address>',
  kind: 'query',
  flags: {
    'data-key': {
      type: 'string',
      description: 'the AES-256 data key (64 hex)',
      required: true,
      value: '<hex>',
    },
    out: {
      type: 'string',
      description: 'write the envelope (binary) here instead of printing hex',
      value: '<file>',
    },
  },
  run: async (a) => {
    const operator = positional(a, 0, 'executor-address')
    const dataKey = str(a, 'data-key') ?? ''
    if (!/^[0-9a-f]{64}$/.test(dataKey))
      throw new UsageError('--data-key must be 64 lower-case hex characters')
    const node = str(a, 'node')!
    const executor = await withNode(node, async () => {
      const comet = await Comet38Client.connect(node)
      try {
        const { value } = await QueryClient.withExtensions(comet).queryAbci(
          '/datum.attestation.v1.Query/Executor',
          T.QueryExecutorRequest.encode({ operator }),
        )
        return T.QueryExecutorResponse.decode(value).executor
      } finally {
        comet.disconnect()
      }
    })
    if (!executor) throw new CliError('NOT_FOUND', `executor ${operator} not found`)
    const envelope = encryptTo(Buffer.from(executor.pubKey, 'hex'), Buffer.from(dataKey, 'hex'))
    const out = str(a, 'out')
    if (out) writeFileSync(out, envelope, { mode: 0o600 })
    return {
      executor: operator,
      pubKey: executor.pubKey,
      envelope: out ? undefined : Buffer.from(envelope).toString('hex'),
      file: out,
    }
  },
}
