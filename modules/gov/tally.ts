// The tally (cosmos-sdk 0.50 x/gov/keeper/tally.go): votes weighted by bonded stake. A delegator's own
// vote counts with its delegations' share of each bonded validator's tokens and is deducted from that
// validator; a validator that voted casts the rest of its delegators' shares. Votes are deleted as
// they are counted. Quorum is over total bonded tokens; veto and threshold over non-abstaining power.
import { type Proposal, VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov'
import type { Context } from '../sdk/index.js'
import { fromBech32, toBech32, VALOPER_PREFIX } from '../sdk/index.js'
import { type Dec, decFromInt, decMul, decMulInt, decQuo, decTruncateInt, parseDec } from './dec.js'
import type { GovKeeper } from './keeper.js'
import type { GovParams } from './params.js'

export interface TallyCounts {
  yes: bigint
  abstain: bigint
  no: bigint
  noWithVeto: bigint
}

export interface TallyOutcome {
  passes: boolean
  burnDeposits: boolean
  result: TallyCounts
}

interface ValidatorTally {
  tokens: bigint
  shares: Dec
  deductions: Dec
  vote?: { option: VoteOption; weight: Dec }[]
}

const OPTIONS = [
  VoteOption.VOTE_OPTION_YES,
  VoteOption.VOTE_OPTION_ABSTAIN,
  VoteOption.VOTE_OPTION_NO,
  VoteOption.VOTE_OPTION_NO_WITH_VETO,
] as const

/** Account address -> the operator address with the same bytes (cosmos `sdk.ValAddress(voter)`). */
export const valoperOfAccount = (account: string): string => toBech32(fromBech32(account), VALOPER_PREFIX)

export function tally(ctx: Context, keeper: GovKeeper, proposal: Proposal, params: GovParams): TallyOutcome {
  const staking = keeper.staking
  const results = new Map<VoteOption, Dec>(OPTIONS.map((o) => [o, 0n]))
  const add = (o: VoteOption, d: Dec) => results.set(o, results.get(o)! + d)
  let totalVotingPower: Dec = 0n

  const validators = new Map<string, ValidatorTally>()
  for (const operator of staking.lastValidatorPowers(ctx).keys()) {
    const v = staking.getValidator(ctx, operator)
    if (!v) continue
    validators.set(operator, { tokens: v.tokens, shares: v.delegatorShares, deductions: 0n })
  }

  for (const vote of [...keeper.votes(ctx, proposal.id)]) {
    const options = vote.options.map((o) => ({ option: o.option, weight: parseDec(o.weight, 'vote weight') }))
    const own = validators.get(valoperOfAccount(vote.voter))
    if (own) own.vote = options
    for (const d of staking.delegatorDelegations(ctx, vote.voter)) {
      const val = validators.get(d.validator)
      if (!val || val.shares === 0n) continue
      val.deductions += d.shares
      const power = decQuo(decMulInt(d.shares, val.tokens), val.shares)
      for (const o of options) add(o.option, decMul(power, o.weight))
      totalVotingPower += power
    }
    keeper.deleteVote(ctx, proposal.id, vote.voter)
  }

  for (const val of validators.values()) {
    if (!val.vote || val.shares === 0n) continue
    const power = decQuo(decMulInt(val.shares - val.deductions, val.tokens), val.shares)
    for (const o of val.vote) add(o.option, decMul(power, o.weight))
    totalVotingPower += power
  }

  const result: TallyCounts = {
    yes: decTruncateInt(results.get(VoteOption.VOTE_OPTION_YES)!),
    abstain: decTruncateInt(results.get(VoteOption.VOTE_OPTION_ABSTAIN)!),
    no: decTruncateInt(results.get(VoteOption.VOTE_OPTION_NO)!),
    noWithVeto: decTruncateInt(results.get(VoteOption.VOTE_OPTION_NO_WITH_VETO)!),
  }
  return decide(totalVotingPower, results, staking.bondedTokens(ctx), proposal.expedited, params, result)
}

/** Quorum, abstain-only, veto and threshold, in the SDK's order. */
export function decide(
  totalVotingPower: Dec,
  results: Map<VoteOption, Dec>,
  totalBonded: bigint,
  expedited: boolean,
  params: GovParams,
  result: TallyCounts,
): TallyOutcome {
  if (totalBonded === 0n) return { passes: false, burnDeposits: false, result }
  const percentVoting = decQuo(totalVotingPower, decFromInt(totalBonded))
  if (percentVoting < params.quorum) return { passes: false, burnDeposits: params.burnVoteQuorum, result }
  const abstain = results.get(VoteOption.VOTE_OPTION_ABSTAIN)!
  if (totalVotingPower - abstain === 0n) return { passes: false, burnDeposits: false, result }
  const veto = results.get(VoteOption.VOTE_OPTION_NO_WITH_VETO)!
  if (decQuo(veto, totalVotingPower) > params.vetoThreshold)
    return { passes: false, burnDeposits: params.burnVoteVeto, result }
  const threshold = expedited ? params.expeditedThreshold : params.threshold
  const yes = results.get(VoteOption.VOTE_OPTION_YES)!
  if (decQuo(yes, totalVotingPower - abstain) > threshold)
    return { passes: true, burnDeposits: false, result }
  return { passes: false, burnDeposits: false, result }
}
