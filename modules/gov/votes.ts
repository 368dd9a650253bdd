// Votes (cosmos x/gov/keeper/vote.go): only during the voting period; options and weights as the SDK
// validates them (each weight in (0, 1], options distinct, weights summing to exactly 1).
import {
  ProposalStatus,
  VoteOption,
  voteOptionToJSON,
  type WeightedVoteOption,
} from 'cosmjs-types/cosmos/gov/v1/gov'
import { type Context, sdkErrors } from '../sdk/index.js'
import { DEC_ONE, parseDec } from './dec.js'
import { govErrors } from './errors.js'
import { ATTR, EVENT } from './events.js'
import type { GovKeeper } from './keeper.js'
import { MAX_METADATA_LEN } from './proposals.js'

export const VALID_OPTIONS: ReadonlySet<VoteOption> = new Set([
  VoteOption.VOTE_OPTION_YES,
  VoteOption.VOTE_OPTION_ABSTAIN,
  VoteOption.VOTE_OPTION_NO,
  VoteOption.VOTE_OPTION_NO_WITH_VETO,
])

export const optionsString = (options: WeightedVoteOption[]): string =>
  options.map((o) => `option:${voteOptionToJSON(o.option)} weight:"${o.weight}"`).join('\n')

export function validateVoteOption(option: VoteOption): void {
  if (!VALID_OPTIONS.has(option)) throw govErrors.invalidVote.wrap(voteOptionToJSON(option))
}

/** cosmos MsgVoteWeighted.ValidateBasic on v1 weights ("0.5" style decimal strings). */
export function validateWeightedOptions(options: WeightedVoteOption[]): void {
  if (options.length === 0) throw sdkErrors.invalidRequest.wrap('')
  const used = new Set<VoteOption>()
  let total = 0n
  for (const o of options) {
    let w: bigint
    try {
      w = parseDec(o.weight, 'weight')
    } catch {
      throw govErrors.invalidVote.wrap(`invalid weight: ${JSON.stringify(o.weight)}`)
    }
    if (!VALID_OPTIONS.has(o.option) || w <= 0n || w > DEC_ONE)
      throw govErrors.invalidVote.wrap(optionsString([o]))
    if (used.has(o.option)) throw govErrors.invalidVote.wrap('duplicated vote option')
    used.add(o.option)
    total += w
  }
  if (total > DEC_ONE) throw govErrors.invalidVote.wrap('total weight overflow 1.00')
  if (total < DEC_ONE) throw govErrors.invalidVote.wrap('total weight lower than 1.00')
}

export function addVote(
  ctx: Context,
  keeper: GovKeeper,
  id: bigint,
  voter: string,
  options: WeightedVoteOption[],
  metadata: string,
): void {
  const proposal = keeper.mustGetProposal(ctx, id)
  if (proposal.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD)
    throw govErrors.inactiveProposal.wrap(`${id}`)
  validateWeightedOptions(options)
  if (metadata.length > MAX_METADATA_LEN)
    throw govErrors.metadataTooLong.wrap(`got metadata with length ${metadata.length}`)
  keeper.setVote(ctx, { proposalId: id, voter, options, metadata })
  ctx.events.emit(EVENT.proposalVote, [
    [ATTR.voter, voter],
    [ATTR.option, optionsString(options)],
    [ATTR.proposalId, id.toString()],
  ])
}
