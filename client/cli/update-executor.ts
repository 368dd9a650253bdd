// `datum tx attestation update-executor`: change the measurement, declared region/country or endpoint. The
// Msg replaces all three, so flags not given keep the executor's current values (read from the chain first).
import { QueryClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { setupAttestationExtension } from '../sdk/attestation/queries.js'
import { str } from './args.js'
import type { Command } from './command.js'
import { keyringOf, withNode } from './connect.js'
import { CliError } from './errors.js'
import { runTx } from './tx-run.js'

async function currentExecutor(node: string, operator: string): Promise<T.Executor> {
  return withNode(node, async () => {
    const comet = await Comet38Client.connect(node)
    try {
      const e = await QueryClient.withExtensions(comet, setupAttestationExtension).attestation.executor(
        operator,
      )
      if (!e) throw new CliError('NOT_FOUND', `${operator} is not a registered executor`)
      return e
    } finally {
      comet.disconnect()
    }
  })
}

export const updateExecutorCommand: Command = {
  path: ['tx', 'attestation', 'update-executor'],
  summary:
    'change measurement, declared region/country or endpoint (a new region or measurement clears audits)',
  kind: 'tx',
  flags: {
    measurement: { type: 'string', description: 'enclave measurement (hex)', value: '<hex>' },
    region: { type: 'string', description: 'declared ISO 3166 region', value: '<CC>' },
    country: { type: 'string', description: 'declared ISO 3166 country', value: '<CC>' },
    endpoint: { type: 'string', description: 'URL serving encrypted results', value: '<url>' },
    'pub-key': {
      type: 'string',
      description: 'new encryption key (compressed secp256k1 hex); grants wrapped to the old key go stale',
      value: '<hex>',
    },
  },
  run: async (a) => {
    const operator = keyringOf(a).get(str(a, 'from')!).address
    const now = await currentExecutor(str(a, 'node')!, operator)
    const declared = {
      region: str(a, 'region') ?? now.declared?.region ?? '',
      country: str(a, 'country') ?? now.declared?.country ?? '',
      capabilities: now.declared?.capabilities ?? [],
    }
    return runTx(
      a,
      (op) => ({
        typeUrl: '/datum.attestation.v1.MsgUpdateExecutor',
        value: {
          operator: op,
          measurement: str(a, 'measurement') ?? now.measurement,
          declared,
          endpoint: str(a, 'endpoint') ?? now.endpoint,
          pubKey: str(a, 'pub-key') ?? '',
        },
      }),
      T.MsgUpdateExecutorResponse,
    )
  },
}
