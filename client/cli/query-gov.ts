// `datum query gov …` and `datum query upgrade …`: the cosmos.gov.v1 and cosmos.upgrade.v1beta1 queries.
import { ProposalStatus } from 'cosmjs-types/cosmos/gov/v1/gov'
import * as g from 'cosmjs-types/cosmos/gov/v1/query'
import * as u from 'cosmjs-types/cosmos/upgrade/v1beta1/query'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { type ParsedArgs, positional, str } from './args.js'
import type { Command } from './command.js'
import { UsageError } from './errors.js'
import { anyJson, type CosmosType, cosmosJson, type Json } from './proto-json.js'
import { queryCommand } from './query-command.js'
import { proposalIdArg } from './tx-gov.js'

type Call = { path: string; req: Uint8Array; res: CosmosType<never> }

/** A gov v1 proposal's `messages` as simd prints them: each Any as {"@type", …fields}. */
function expandMessages(json: Json, raw: unknown): Json {
  type Raw = { messages?: Any[] }
  const fix = (j: Json | undefined, r: Raw | undefined) => {
    if (j && r?.messages) j.messages = r.messages.map((m) => anyJson(m))
  }
  const r = raw as { proposal?: Raw; proposals?: Raw[] }
  fix(json.proposal as Json | undefined, r.proposal)
  const list = json.proposals as Json[] | undefined
  for (const [i, p] of (r.proposals ?? []).entries()) fix(list?.[i], p)
  return json
}

const query = (
  module: 'gov' | 'upgrade',
  name: string,
  summary: string,
  args: string | undefined,
  build: (a: ParsedArgs) => Call,
  flags?: Command['flags'],
): Command =>
  queryCommand({
    path: ['query', module, name],
    summary,
    args,
    flags,
    call: (a) => {
      const { path, req, res } = build(a)
      return {
        path,
        data: req,
        reply: (bytes) => {
          const value = res.decode(bytes)
          return expandMessages(cosmosJson(res, value), value)
        },
      }
    },
  })

const G = '/cosmos.gov.v1.Query'
const U = '/cosmos.upgrade.v1beta1.Query'
const c = <T>(codec: CosmosType<T>) => codec as unknown as CosmosType<never>

function statusOf(s: string | undefined): ProposalStatus {
  if (s === undefined || s === '') return ProposalStatus.PROPOSAL_STATUS_UNSPECIFIED
  const v = ProposalStatus[`PROPOSAL_STATUS_${s.toUpperCase().replace(/-/g, '_')}` as never] as unknown
  if (typeof v !== 'number')
    throw new UsageError('--status must be deposit_period, voting_period, passed, rejected or failed')
  return v as ProposalStatus
}

export const govQueryCommands: Command[] = [
  query('gov', 'proposal', 'one proposal', '<proposal-id>', (a) => ({
    path: `${G}/Proposal`,
    req: g.QueryProposalRequest.encode({ proposalId: proposalIdArg(a) }).finish(),
    res: c(g.QueryProposalResponse),
  })),
  query(
    'gov',
    'proposals',
    'proposals, optionally by status, voter or depositor',
    undefined,
    (a) => ({
      path: `${G}/Proposals`,
      req: g.QueryProposalsRequest.encode({
        proposalStatus: statusOf(str(a, 'status')),
        voter: str(a, 'voter') ?? '',
        depositor: str(a, 'depositor') ?? '',
      }).finish(),
      res: c(g.QueryProposalsResponse),
    }),
    {
      status: {
        type: 'string',
        description: 'deposit_period|voting_period|passed|rejected|failed',
        value: '<status>',
      },
      voter: { type: 'string', description: 'only proposals this address voted on', value: '<address>' },
      depositor: {
        type: 'string',
        description: 'only proposals this address deposited on',
        value: '<address>',
      },
    },
  ),
  query('gov', 'vote', "one voter's vote", '<proposal-id> <voter>', (a) => ({
    path: `${G}/Vote`,
    req: g.QueryVoteRequest.encode({
      proposalId: proposalIdArg(a),
      voter: positional(a, 1, 'voter'),
    }).finish(),
    res: c(g.QueryVoteResponse),
  })),
  query('gov', 'votes', 'the votes not yet tallied', '<proposal-id>', (a) => ({
    path: `${G}/Votes`,
    req: g.QueryVotesRequest.encode({ proposalId: proposalIdArg(a) }).finish(),
    res: c(g.QueryVotesResponse),
  })),
  query('gov', 'deposit', "one depositor's deposit", '<proposal-id> <depositor>', (a) => ({
    path: `${G}/Deposit`,
    req: g.QueryDepositRequest.encode({
      proposalId: proposalIdArg(a),
      depositor: positional(a, 1, 'depositor'),
    }).finish(),
    res: c(g.QueryDepositResponse),
  })),
  query('gov', 'deposits', 'the deposits of a proposal', '<proposal-id>', (a) => ({
    path: `${G}/Deposits`,
    req: g.QueryDepositsRequest.encode({ proposalId: proposalIdArg(a) }).finish(),
    res: c(g.QueryDepositsResponse),
  })),
  query('gov', 'tally', 'the live tally while voting, the final one after', '<proposal-id>', (a) => ({
    path: `${G}/TallyResult`,
    req: g.QueryTallyResultRequest.encode({ proposalId: proposalIdArg(a) }).finish(),
    res: c(g.QueryTallyResultResponse),
  })),
  query('gov', 'params', 'gov params', undefined, () => ({
    path: `${G}/Params`,
    req: g.QueryParamsRequest.encode({ paramsType: '' }).finish(),
    res: c(g.QueryParamsResponse),
  })),
  query('gov', 'constitution', 'the constitution', undefined, () => ({
    path: `${G}/Constitution`,
    req: g.QueryConstitutionRequest.encode({}).finish(),
    res: c(g.QueryConstitutionResponse),
  })),
  query('upgrade', 'plan', 'the scheduled upgrade plan', undefined, () => ({
    path: `${U}/CurrentPlan`,
    req: u.QueryCurrentPlanRequest.encode({}).finish(),
    res: c(u.QueryCurrentPlanResponse),
  })),
  query('upgrade', 'applied', 'the height a plan was applied at (0: never)', '<name>', (a) => ({
    path: `${U}/AppliedPlan`,
    req: u.QueryAppliedPlanRequest.encode({ name: positional(a, 0, 'name') }).finish(),
    res: c(u.QueryAppliedPlanResponse),
  })),
  query('upgrade', 'module-versions', 'module consensus versions', undefined, () => ({
    path: `${U}/ModuleVersions`,
    req: u.QueryModuleVersionsRequest.encode({ moduleName: '' }).finish(),
    res: c(u.QueryModuleVersionsResponse),
  })),
  query(
    'upgrade',
    'authority',
    'the account that may schedule upgrades and change params (gov)',
    undefined,
    () => ({
      path: `${U}/Authority`,
      req: u.QueryAuthorityRequest.encode({}).finish(),
      res: c(u.QueryAuthorityResponse),
    }),
  ),
]
