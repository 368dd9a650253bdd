// The `cosmos.gov.v1.Query` and legacy `cosmos.gov.v1beta1.Query` services with the SDK's semantics:
// id 0 and empty addresses are InvalidArgument, missing records NotFound; a proposal still voting is
// tallied on a throw-away branch; v1beta1 answers are the v1 records converted (Dec weights as atomics).
import { type Proposal, ProposalStatus, type TallyResult, type Vote } from 'cosmjs-types/cosmos/gov/v1/gov'
import * as q1 from 'cosmjs-types/cosmos/gov/v1/query'
import { MsgExecLegacyContent } from 'cosmjs-types/cosmos/gov/v1/tx'
import type { Proposal as ProposalV1Beta1, Vote as VoteV1Beta1 } from 'cosmjs-types/cosmos/gov/v1beta1/gov'
import * as q0 from 'cosmjs-types/cosmos/gov/v1beta1/query'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import {
  type Context,
  cacheContext,
  fromBech32,
  invalidArgument,
  notFound,
  PrefixStore,
  paginate,
  protoQuery,
  type QueryHandler,
  type Timestamp,
  toBech32,
  utf8,
} from '../sdk/index.js'
import { parseDec } from './dec.js'
import type { GovKeeper } from './keeper.js'
import { depositsPrefix, PROPOSALS_PREFIX, votesPrefix } from './keys.js'
import { govParamsToProto } from './params.js'
import { EXEC_LEGACY_CONTENT_URL } from './proposals.js'
import { tally } from './tally.js'

const V1 = '/cosmos.gov.v1.Query'
const V1BETA1 = '/cosmos.gov.v1beta1.Query'
/** Go's zero time.Time as a protobuf Timestamp (what the SDK returns for unset v1beta1 times). */
const GO_ZERO_TIME: Timestamp = { seconds: -62_135_596_800n, nanos: 0 }

function requireId(id: bigint): bigint {
  if (id === 0n) throw invalidArgument('proposal id can not be 0')
  return id
}

function requireAddress(address: string, what: string): string {
  if (!address) throw invalidArgument(`empty ${what} address`)
  try {
    fromBech32(address)
  } catch (e) {
    throw invalidArgument(`invalid ${what} address: ${(e as Error).message}`)
  }
  return address.toLowerCase()
}

function proposal(ctx: Context, keeper: GovKeeper, id: bigint): Proposal {
  const p = keeper.getProposal(ctx, requireId(id))
  if (!p) throw notFound(`proposal ${id} doesn't exist`)
  return p
}

/** The live tally while voting, the final one after, zeros before voting starts. */
export function currentTally(ctx: Context, keeper: GovKeeper, p: Proposal): TallyResult {
  if (p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD)
    return { yesCount: '0', abstainCount: '0', noCount: '0', noWithVetoCount: '0' }
  if (p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD)
    return p.finalTallyResult ?? { yesCount: '0', abstainCount: '0', noCount: '0', noWithVetoCount: '0' }
  const branch = cacheContext(ctx)
  const r = tally(branch.ctx, keeper, p, keeper.getParams(ctx)).result
  return {
    yesCount: r.yes.toString(),
    abstainCount: r.abstain.toString(),
    noCount: r.no.toString(),
    noWithVetoCount: r.noWithVeto.toString(),
  }
}

function hasVoted(ctx: Context, keeper: GovKeeper, id: bigint, voter: string): boolean {
  return keeper.getVote(ctx, id, voter) !== undefined
}

function listProposals(ctx: Context, keeper: GovKeeper, req: q1.QueryProposalsRequest) {
  const voter = req.voter ? requireAddress(req.voter, 'voter') : ''
  const depositor = req.depositor ? requireAddress(req.depositor, 'depositor') : ''
  const out: Proposal[] = []
  const pagination = paginate(
    new PrefixStore(keeper.store(ctx), PROPOSALS_PREFIX),
    req.pagination,
    (pair, acc) => {
      const p = keeper.getProposal(ctx, new DataView(pair.key.buffer, pair.key.byteOffset).getBigUint64(0))!
      if (
        req.proposalStatus !== ProposalStatus.PROPOSAL_STATUS_UNSPECIFIED &&
        p.status !== req.proposalStatus
      )
        return false
      if (voter && !hasVoted(ctx, keeper, p.id, voter)) return false
      if (depositor && !keeper.getDeposit(ctx, p.id, depositor)) return false
      if (acc) out.push(p)
      return true
    },
  )
  return { proposals: out, pagination }
}

function listVotes(
  ctx: Context,
  keeper: GovKeeper,
  req: { proposalId: bigint; pagination?: q1.QueryVotesRequest['pagination'] },
) {
  requireId(req.proposalId)
  const votes: Vote[] = []
  const pagination = paginate(
    new PrefixStore(keeper.store(ctx), votesPrefix(req.proposalId)),
    req.pagination,
    (pair, acc) => {
      if (acc) votes.push(keeper.getVote(ctx, req.proposalId, voterFromKey(pair.key))!)
      return true
    },
  )
  return { votes, pagination }
}

function listDeposits(
  ctx: Context,
  keeper: GovKeeper,
  req: { proposalId: bigint; pagination?: q1.QueryDepositsRequest['pagination'] },
) {
  requireId(req.proposalId)
  const deposits: q1.QueryDepositsResponse['deposits'] = []
  const prefix = depositsPrefix(req.proposalId)
  const pagination = paginate(new PrefixStore(keeper.store(ctx), prefix), req.pagination, (pair, acc) => {
    if (acc) deposits.push(keeper.getDeposit(ctx, req.proposalId, voterFromKey(pair.key))!)
    return true
  })
  return { deposits, pagination }
}

/** The bech32 address in a `len | addr` key suffix. */
function voterFromKey(key: Uint8Array): string {
  const n = key[0]!
  return toBech32(key.subarray(1, 1 + n))
}

export function govV1QueryHandlers(keeper: GovKeeper): Record<string, QueryHandler> {
  return {
    [`${V1}/Constitution`]: protoQuery(q1.QueryConstitutionRequest, q1.QueryConstitutionResponse, (ctx) => ({
      constitution: keeper.getConstitution(ctx),
    })),
    [`${V1}/Proposal`]: protoQuery(q1.QueryProposalRequest, q1.QueryProposalResponse, (ctx, req) => ({
      proposal: proposal(ctx, keeper, req.proposalId),
    })),
    [`${V1}/Proposals`]: protoQuery(q1.QueryProposalsRequest, q1.QueryProposalsResponse, (ctx, req) =>
      listProposals(ctx, keeper, req),
    ),
    [`${V1}/Vote`]: protoQuery(q1.QueryVoteRequest, q1.QueryVoteResponse, (ctx, req) => {
      requireId(req.proposalId)
      const voter = requireAddress(req.voter, 'voter')
      const vote = keeper.getVote(ctx, req.proposalId, voter)
      if (!vote) throw notFound(`voter: ${req.voter} not found for proposal: ${req.proposalId}`)
      return { vote }
    }),
    [`${V1}/Votes`]: protoQuery(q1.QueryVotesRequest, q1.QueryVotesResponse, (ctx, req) =>
      listVotes(ctx, keeper, req),
    ),
    [`${V1}/Params`]: protoQuery(q1.QueryParamsRequest, q1.QueryParamsResponse, (ctx, req) => {
      const p = govParamsToProto(keeper.getParams(ctx))
      const res: q1.QueryParamsResponse = { params: p }
      if (req.paramsType === 'deposit')
        res.depositParams = { minDeposit: p.minDeposit, maxDepositPeriod: p.maxDepositPeriod }
      else if (req.paramsType === 'voting') res.votingParams = { votingPeriod: p.votingPeriod }
      else if (req.paramsType === 'tallying')
        res.tallyParams = { quorum: p.quorum, threshold: p.threshold, vetoThreshold: p.vetoThreshold }
      else if (req.paramsType !== '') throw invalidArgument(`unknown params type: ${req.paramsType}`)
      return res
    }),
    [`${V1}/Deposit`]: protoQuery(q1.QueryDepositRequest, q1.QueryDepositResponse, (ctx, req) => {
      requireId(req.proposalId)
      const depositor = requireAddress(req.depositor, 'depositor')
      const deposit = keeper.getDeposit(ctx, req.proposalId, depositor)
      if (!deposit) throw notFound(`depositer: ${req.depositor} not found for proposal: ${req.proposalId}`)
      return { deposit }
    }),
    [`${V1}/Deposits`]: protoQuery(q1.QueryDepositsRequest, q1.QueryDepositsResponse, (ctx, req) =>
      listDeposits(ctx, keeper, req),
    ),
    [`${V1}/TallyResult`]: protoQuery(
      q1.QueryTallyResultRequest,
      q1.QueryTallyResultResponse,
      (ctx, req) => ({
        tally: currentTally(ctx, keeper, proposal(ctx, keeper, req.proposalId)),
      }),
    ),
  }
}

const legacyTally = (t: TallyResult) => ({
  yes: t.yesCount,
  abstain: t.abstainCount,
  no: t.noCount,
  noWithVeto: t.noWithVetoCount,
})

const legacyVote = (v: Vote): VoteV1Beta1 => ({
  proposalId: v.proposalId,
  voter: v.voter,
  option: 0,
  options: v.options.map((o) => ({ option: o.option, weight: parseDec(o.weight).toString() })),
})

/** cosmos `ConvertToLegacyProposal`: the content is the legacy content, else the first message. */
export function legacyProposal(p: Proposal): ProposalV1Beta1 {
  let content: Any | undefined = p.messages[0]
  for (const m of p.messages)
    if (m.typeUrl === EXEC_LEGACY_CONTENT_URL) {
      content = MsgExecLegacyContent.decode(m.value).content
      break
    }
  return {
    proposalId: p.id,
    content,
    status: p.status as number,
    finalTallyResult: legacyTally(
      p.finalTallyResult ?? { yesCount: '0', abstainCount: '0', noCount: '0', noWithVetoCount: '0' },
    ),
    submitTime: p.submitTime ?? GO_ZERO_TIME,
    depositEndTime: p.depositEndTime ?? GO_ZERO_TIME,
    totalDeposit: p.totalDeposit,
    votingStartTime: p.votingStartTime ?? GO_ZERO_TIME,
    votingEndTime: p.votingEndTime ?? GO_ZERO_TIME,
  }
}

const decBytes = (s: string) => utf8.encode(parseDec(s).toString())

export function govV1beta1QueryHandlers(keeper: GovKeeper): Record<string, QueryHandler> {
  return {
    [`${V1BETA1}/Proposal`]: protoQuery(q0.QueryProposalRequest, q0.QueryProposalResponse, (ctx, req) => ({
      proposal: legacyProposal(proposal(ctx, keeper, req.proposalId)),
    })),
    [`${V1BETA1}/Proposals`]: protoQuery(q0.QueryProposalsRequest, q0.QueryProposalsResponse, (ctx, req) => {
      const r = listProposals(ctx, keeper, { ...req, proposalStatus: req.proposalStatus as number })
      return { proposals: r.proposals.map(legacyProposal), pagination: r.pagination }
    }),
    [`${V1BETA1}/Vote`]: protoQuery(q0.QueryVoteRequest, q0.QueryVoteResponse, (ctx, req) => {
      requireId(req.proposalId)
      const vote = keeper.getVote(ctx, req.proposalId, requireAddress(req.voter, 'voter'))
      if (!vote) throw notFound(`voter: ${req.voter} not found for proposal: ${req.proposalId}`)
      return { vote: legacyVote(vote) }
    }),
    [`${V1BETA1}/Votes`]: protoQuery(q0.QueryVotesRequest, q0.QueryVotesResponse, (ctx, req) => {
      const r = listVotes(ctx, keeper, req)
      return { votes: r.votes.map(legacyVote), pagination: r.pagination }
    }),
    [`${V1BETA1}/Params`]: protoQuery(q0.QueryParamsRequest, q0.QueryParamsResponse, (ctx, req) => {
      const p = govParamsToProto(keeper.getParams(ctx))
      const zero = { seconds: 0n, nanos: 0 }
      const res: q0.QueryParamsResponse = {
        votingParams: { votingPeriod: zero },
        depositParams: { minDeposit: [], maxDepositPeriod: zero },
        tallyParams: {
          quorum: new Uint8Array(),
          threshold: new Uint8Array(),
          vetoThreshold: new Uint8Array(),
        },
      }
      if (req.paramsType === 'deposit')
        res.depositParams = { minDeposit: p.minDeposit, maxDepositPeriod: p.maxDepositPeriod! }
      else if (req.paramsType === 'voting') res.votingParams = { votingPeriod: p.votingPeriod! }
      else if (req.paramsType === 'tallying')
        res.tallyParams = {
          quorum: decBytes(p.quorum),
          threshold: decBytes(p.threshold),
          vetoThreshold: decBytes(p.vetoThreshold),
        }
      else throw invalidArgument(`${req.paramsType} is not a valid parameter type`)
      return res
    }),
    [`${V1BETA1}/Deposit`]: protoQuery(q0.QueryDepositRequest, q0.QueryDepositResponse, (ctx, req) => {
      requireId(req.proposalId)
      const deposit = keeper.getDeposit(ctx, req.proposalId, requireAddress(req.depositor, 'depositor'))
      if (!deposit) throw notFound(`depositer: ${req.depositor} not found for proposal: ${req.proposalId}`)
      return { deposit }
    }),
    [`${V1BETA1}/Deposits`]: protoQuery(q0.QueryDepositsRequest, q0.QueryDepositsResponse, (ctx, req) =>
      listDeposits(ctx, keeper, req),
    ),
    [`${V1BETA1}/TallyResult`]: protoQuery(
      q0.QueryTallyResultRequest,
      q0.QueryTallyResultResponse,
      (ctx, req) => ({
        tally: legacyTally(currentTally(ctx, keeper, proposal(ctx, keeper, req.proposalId))),
      }),
    ),
  }
}
