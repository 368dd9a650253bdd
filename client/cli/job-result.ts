// `datum job result <job-id>`: fetch the encrypted result of a FINALIZED job from the executor that served
// the attested reveal (a challenge–response signed by the caller's key: the requester's or a viewer's),
// decrypt it and check it against the attested digest on chain.
import { QueryClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { secretKeyFromMnemonic } from '../executor/hd-key.js'
import { verifyResult } from '../executor/result.js'
import { fetchFinalizedEnvelope, ResultFetchError } from '../executor/result-fetch.js'
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
    // executors release results only once the job is settled; say so before asking one
    if (att.state !== T.AttestationState.ATTESTATION_STATE_FINALIZED)
      throw new CliError(
        'NOT_FINALIZED',
        `job ${jobId} is ${T.AttestationState[att.state]}; its result is released once it is FINALIZED`,
      )
    const sk = await secretKeyFromMnemonic(key.mnemonic)
    // FINALIZED on our node; the executor's node may still be a block behind (retried for a while)
    const envelope = await fetchFinalizedEnvelope(att.outputUri, sk, jobId).catch((e: Error) => {
      if (e instanceof ResultFetchError) throw new CliError('FETCH_FAILED', e.message)
      throw new CliError('EXECUTOR_UNREACHABLE', `cannot fetch ${att.outputUri}: ${e.message}`)
    })
    try {
      return {
        jobId: id,
        resultDigest: att.resultDigest,
        result: verifyResult(envelope, sk, att.resultDigest),
      }
    } catch (e) {
      throw new CliError('RESULT_INVALID', (e as Error).message)
    }
  },
}
