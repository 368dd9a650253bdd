// `datum query attestation …`: executors, attestations (commitments, reveals), disputes and params.
import type { Codec } from '../../proto/codec.js'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { type ParsedArgs, positional, str } from './args.js'
import type { Command } from './command.js'
import { UsageError } from './errors.js'
import { queryCommand } from './query-command.js'

const SVC = '/datum.attestation.v1.Query'

type Call = { path: string; req: Uint8Array; res: Codec<unknown, unknown> }

const query = (
  name: string,
  summary: string,
  args: string | undefined,
  build: (a: ParsedArgs) => Call,
  flags?: Command['flags'],
): Command =>
  queryCommand({
    path: ['query', 'attestation', name],
    summary,
    args,
    flags,
    call: (a) => {
      const c = build(a)
      return { path: `${SVC}/${c.path}`, data: c.req, reply: (bytes) => c.res.toJson(c.res.decode(bytes)) }
    },
  })

const uintArg = (a: ParsedArgs, i: number, what: string): bigint => {
  const s = positional(a, i, what)
  if (!/^[1-9]\d{0,19}$/.test(s)) throw new UsageError(`<${what}> must be a positive integer`)
  return BigInt(s)
}

function enumOf<E extends Record<string, string | number>>(
  e: E,
  prefix: string,
  s: string | undefined,
): number {
  if (s === undefined) return 0
  const v = e[`${prefix}${s.toUpperCase().replace('-', '_')}`]
  if (typeof v !== 'number') throw new UsageError(`unknown value ${s}`)
  return v
}

export const attestationQueryCommands: Command[] = [
  query('params', 'module params (auditors, arbiters, bonds, windows)', undefined, () => ({
    path: 'Params',
    req: T.QueryParamsRequest.encode({}),
    res: T.QueryParamsResponse as Codec<unknown, unknown>,
  })),
  query('executor', 'show one executor', '<address>', (a) => ({
    path: 'Executor',
    req: T.QueryExecutorRequest.encode({ operator: positional(a, 0, 'address') }),
    res: T.QueryExecutorResponse as Codec<unknown, unknown>,
  })),
  query(
    'executors',
    'list executors, optionally by kind, region and state',
    undefined,
    (a) => ({
      path: 'Executors',
      req: T.QueryExecutorsRequest.encode({
        kind: enumOf(T.ExecutorKind, 'EXECUTOR_KIND_', str(a, 'kind')),
        region: str(a, 'region') ?? '',
        state: enumOf(T.ExecutorState, 'EXECUTOR_STATE_', str(a, 'state')),
      }),
      res: T.QueryExecutorsResponse as Codec<unknown, unknown>,
    }),
    {
      kind: { type: 'string', description: 'plain|tee-sgx|tee-tdx|sev|nitro|mpc', value: '<kind>' },
      region: { type: 'string', description: 'ISO 3166 region', value: '<CC>' },
      state: { type: 'string', description: 'active|jailed|unbonding|tombstoned', value: '<state>' },
    },
  ),
  query('job', 'attestation of a job: assigned, commitments, reveals, agreed digest', '<job-id>', (a) => ({
    path: 'Attestation',
    req: T.QueryAttestationRequest.encode({ jobId: uintArg(a, 0, 'job-id') }),
    res: T.QueryAttestationResponse as Codec<unknown, unknown>,
  })),
  query(
    'account-audits',
    "an account's jurisdiction audits and the jurisdictions current auditors attest",
    '<address>',
    (a) => ({
      path: 'AccountAudits',
      req: T.QueryAccountAuditsRequest.encode({ account: positional(a, 0, 'address') }),
      res: T.QueryAccountAuditsResponse as Codec<unknown, unknown>,
    }),
  ),
  query('dispute', 'show a dispute', '<dispute-id>', (a) => ({
    path: 'Dispute',
    req: T.QueryDisputeRequest.encode({ id: uintArg(a, 0, 'dispute-id') }),
    res: T.QueryDisputeResponse as Codec<unknown, unknown>,
  })),
  query(
    'disputes',
    'list disputes, optionally of one job and in one state',
    undefined,
    (a) => {
      const job = str(a, 'job') ?? '0'
      if (!/^\d{1,20}$/.test(job)) throw new UsageError('--job must be a job id')
      return {
        path: 'Disputes',
        req: T.QueryDisputesRequest.encode({
          jobId: BigInt(job),
          state: enumOf(T.DisputeState, 'DISPUTE_STATE_', str(a, 'state')),
        }),
        res: T.QueryDisputesResponse as Codec<unknown, unknown>,
      }
    },
    {
      job: { type: 'string', description: 'only disputes of this job', value: '<job-id>' },
      state: { type: 'string', description: 'open|upheld|rejected', value: '<state>' },
    },
  ),
]
