// `datum job result <job-id>`: fetch the encrypted result from the executor that served the attested reveal,
// with a request signed by the caller's key, decrypt it and check it against the attested digest on chain.
import { QueryClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { secretKeyFromMnemonic } from '../executor/hd-key.js'
import { verifyResult } from '../executor/result.js'
import { signResultRequest } from '../executor/signed-request.js'
import { positional, str } from './args.js'
import { type Command, KEYRING_FLAGS } from './command.js'
import { keyringOf, withNode } from './connect.js'
import { CliError, UsageError } from './errors.js'

async function attestationOf(node: string, jobId: bigint): Promise<T.Attestation> {
  return withNode(node, async () => {
    const comet = await Comet38Client.connect(node)
    try {
      const { value } = await QueryClient.withExtensions(comet).queryAbci(
        '/datum.attestation.v1.Query/Attestation',
        T.QueryAttestationRequest.encode({ jobId }),
      )
      const a = T.QueryAttestationResponse.decode(value).attestation
      if (!a) throw new CliError('NOT_FOUND', `no attestation for job ${jobId}`)
      return a
    } finally {
      comet.disconnect()
    }
  })
}

export const jobResultCommand: Command = {
  path: ['job', 'result'],
  summary: 'fetch, decrypt and verify the attested result of a job',
  args: '<job-id>',
  kind: 'query',
  flags: {
    from: {
      type: 'string',
      description: 'key of the requester or a viewer',
      required: true,
      value: '<name>',
    },
    ...KEYRING_FLAGS,
  },
  run: async (a) => {
    const id = positional(a, 0, 'job-id')
    if (!/^[1-9]\d{0,19}$/.test(id)) throw new UsageError('<job-id> must be a positive integer')
    const jobId = BigInt(id)
    const key = keyringOf(a).get(str(a, 'from')!)
    const att = await attestationOf(str(a, 'node')!, jobId)
    const final = [
      T.AttestationState.ATTESTATION_STATE_ATTESTED,
      T.AttestationState.ATTESTATION_STATE_FINALIZED,
    ]
    if (!final.includes(att.state))
      throw new CliError('NOT_ATTESTED', `job ${jobId} is ${T.AttestationState[att.state]}`)
    const sk = await secretKeyFromMnemonic(key.mnemonic)
    const headers = signResultRequest(sk, jobId, Math.floor(Date.now() / 1000))
    const res = await fetch(att.outputUri, { headers: { ...headers } }).catch((e: Error) => {
      throw new CliError('EXECUTOR_UNREACHABLE', `cannot fetch ${att.outputUri}: ${e.message}`)
    })
    if (!res.ok)
      throw new CliError('FETCH_FAILED', `${att.outputUri}: HTTP ${res.status} ${await res.text()}`)
    try {
      return {
        jobId: id,
        resultDigest: att.resultDigest,
        result: verifyResult(new Uint8Array(await res.arrayBuffer()), sk, att.resultDigest),
      }
    } catch (e) {
      throw new CliError('RESULT_INVALID', (e as Error).message)
    }
  },
}
