// Gov end-block (cosmos-sdk 0.50 x/gov/abci.go): drops proposals whose deposit period ended without the
// minimum deposit, then tallies those whose voting period ended. A passed proposal's messages run on a
// branch written only if all of them succeed; a failing message leaves state as it was and marks the
// proposal FAILED with its error. A failed expedited proposal becomes a regular one and votes again.
import { type Proposal, ProposalStatus } from 'cosmjs-types/cosmos/gov/v1/gov'
import { type Context, cacheContext } from '../sdk/index.js'
import { ATTR, EVENT, RESULT } from './events.js'
import type { GovKeeper } from './keeper.js'
import { addSeconds } from './params.js'
import { decodeProposalMsgs } from './proposals.js'
import { tally } from './tally.js'

export function govEndBlock(ctx: Context, keeper: GovKeeper): void {
  for (const id of keeper.dueIds(ctx, false, ctx.time)) dropInactive(ctx, keeper, id)
  for (const id of keeper.dueIds(ctx, true, ctx.time)) endVoting(ctx, keeper, id)
}

function dropInactive(ctx: Context, keeper: GovKeeper, id: bigint): void {
  const proposal = keeper.getProposal(ctx, id)
  if (!proposal) return
  keeper.deleteProposal(ctx, proposal)
  if (keeper.getParams(ctx).burnProposalDepositPrevote) keeper.deleteAndBurnDeposits(ctx, id)
  else keeper.refundAndDeleteDeposits(ctx, id)
  ctx.events.emit(EVENT.inactiveProposal, [
    [ATTR.proposalId, id.toString()],
    [ATTR.proposalResult, RESULT.dropped],
  ])
}

function endVoting(ctx: Context, keeper: GovKeeper, id: bigint): void {
  const proposal = keeper.getProposal(ctx, id)
  if (!proposal) return
  const params = keeper.getParams(ctx)
  const outcome = tally(ctx, keeper, proposal, params)
  // A failed expedited proposal keeps its deposits until it ends again as a regular proposal.
  if (!proposal.expedited || outcome.passes) {
    if (outcome.burnDeposits) keeper.deleteAndBurnDeposits(ctx, id)
    else keeper.refundAndDeleteDeposits(ctx, id)
  }
  keeper.removeActiveQueue(ctx, id, proposal.votingEndTime!)
  let result: string
  let log: string
  if (outcome.passes) [result, log] = execute(ctx, keeper, proposal)
  else if (proposal.expedited) {
    proposal.expedited = false
    proposal.votingEndTime = addSeconds(proposal.votingStartTime!, params.votingPeriod)
    keeper.insertActiveQueue(ctx, id, proposal.votingEndTime)
    result = RESULT.expeditedRejected
    log = 'expedited proposal converted to regular'
  } else {
    proposal.status = ProposalStatus.PROPOSAL_STATUS_REJECTED
    proposal.failedReason = 'proposal did not get enough votes to pass'
    result = RESULT.rejected
    log = 'rejected'
  }
  proposal.finalTallyResult = {
    yesCount: outcome.result.yes.toString(),
    abstainCount: outcome.result.abstain.toString(),
    noCount: outcome.result.no.toString(),
    noWithVetoCount: outcome.result.noWithVeto.toString(),
  }
  keeper.setProposal(ctx, proposal)
  ctx.events.emit(EVENT.activeProposal, [
    [ATTR.proposalId, id.toString()],
    [ATTR.proposalResult, result],
    [ATTR.proposalLog, log],
  ])
}

/** Runs every message on one branch; returns the event result and log. */
function execute(ctx: Context, keeper: GovKeeper, proposal: Proposal): [string, string] {
  const branch = cacheContext(ctx)
  let index = 0
  let typeUrl = ''
  try {
    const msgs = decodeProposalMsgs(keeper, proposal.messages)
    for (const m of msgs) {
      typeUrl = m.typeUrl
      m.def.handle(branch.ctx, m.msg)
      index++
    }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    proposal.status = ProposalStatus.PROPOSAL_STATUS_FAILED
    proposal.failedReason = reason
    return [RESULT.failed, `passed, but msg ${index} (${typeUrl}) failed on execution: ${reason}`]
  }
  branch.write()
  proposal.status = ProposalStatus.PROPOSAL_STATUS_PASSED
  return [RESULT.passed, 'passed']
}
