// MsgCancelProposal (cosmos-sdk 0.50 x/gov keeper `CancelProposal` + `ChargeDeposit`): the proposer withdraws
// a proposal still in its deposit or voting period, before the voting end. Of every deposit,
// truncate(amount × proposal_cancel_ratio) is charged, the rest goes back to its depositor; the charges are
// burned (`proposal_cancel_dest` empty), added to the community pool (dest = the distribution module
// account) or paid to dest. Votes, deposits, the proposal and its queue entries are deleted.

import { ProposalStatus } from 'cosmjs-types/cosmos/gov/v1/gov'
import { MsgCancelProposal, MsgCancelProposalResponse } from 'cosmjs-types/cosmos/gov/v1/tx'
import { addCoins, type Coin, type Context, type MsgDefinition } from '../sdk/index.js'
import { type Dec, decFromInt, decMul, decTruncateInt } from './dec.js'
import { govErrors } from './errors.js'
import { ATTR, EVENT } from './events.js'
import { coinsFromProto, type GovKeeper } from './keeper.js'
import { MODULE_NAME } from './keys.js'
import { checkAddress } from './msg-server.js'

const nonZero = (cs: Coin[]) => cs.filter((c) => c.amount > 0n)

const before = (a: { seconds: bigint; nanos: number }, b: { seconds: bigint; nanos: number }) =>
  a.seconds < b.seconds || (a.seconds === b.seconds && a.nanos < b.nanos)

/** Refunds (1 − rate) of each deposit, sends the charged rest to `dest` (burned when empty); deletes deposits. */
export function chargeDeposits(ctx: Context, keeper: GovKeeper, id: bigint, dest: string, rate: Dec): void {
  let charges: Coin[] = []
  for (const d of [...keeper.deposits(ctx, id)]) {
    const refund: Coin[] = []
    for (const c of coinsFromProto(d.amount)) {
      const charge = decTruncateInt(decMul(decFromInt(c.amount), rate))
      refund.push({ denom: c.denom, amount: c.amount - charge })
      charges = addCoins(charges, nonZero([{ denom: c.denom, amount: charge }]))
    }
    const back = nonZero(refund)
    if (back.length > 0) keeper.bank.sendCoinsFromModuleToAccount(ctx, MODULE_NAME, d.depositor, back)
    keeper.deleteDeposit(ctx, id, d.depositor)
  }
  if (charges.length === 0) return
  if (dest === '') keeper.bank.burnCoins(ctx, MODULE_NAME, charges)
  else if (dest === keeper.distributionAddress && keeper.distribution)
    keeper.distribution.fundCommunityPoolFromModule(ctx, MODULE_NAME, charges)
  else keeper.bank.sendCoinsFromModuleToAccount(ctx, MODULE_NAME, dest, charges)
}

export function cancelProposal(ctx: Context, keeper: GovKeeper, id: bigint, proposer: string): void {
  const proposal = keeper.getProposal(ctx, id)
  if (!proposal) throw govErrors.invalidProposal.wrap(`proposal ${id} doesn't exist`)
  if (proposal.proposer === '')
    throw govErrors.invalidProposal.wrap(
      `proposal ${id} doesn't have proposer ${proposer}, so cannot be canceled`,
    )
  if (proposal.proposer !== proposer) throw govErrors.invalidProposer.wrap(`invalid proposer ${proposer}`)
  if (
    proposal.status !== ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD &&
    proposal.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD
  )
    throw govErrors.invalidProposal.wrap('proposal should be in the deposit or voting period')
  if (proposal.votingEndTime && before(proposal.votingEndTime, ctx.time))
    throw govErrors.votingPeriodEnded.wrap(`voting period is already ended for this proposal ${id}`)
  const params = keeper.getParams(ctx)
  chargeDeposits(ctx, keeper, id, params.proposalCancelDest, params.proposalCancelRatio)
  if (proposal.votingStartTime)
    for (const v of [...keeper.votes(ctx, id)]) keeper.deleteVote(ctx, id, v.voter)
  keeper.deleteProposal(ctx, proposal)
  ctx.events.emit(EVENT.cancelProposal, [
    [ATTR.sender, proposer],
    [ATTR.proposalId, id.toString()],
  ])
}

export function msgCancelProposalDefinition(keeper: GovKeeper): MsgDefinition<MsgCancelProposal> {
  return {
    typeUrl: '/cosmos.gov.v1.MsgCancelProposal',
    aminoName: 'cosmos-sdk/v1/MsgCancelProposal',
    decode: (b) => MsgCancelProposal.decode(b),
    encode: (m) => MsgCancelProposal.encode(m).finish(),
    toAmino: (m) => ({ proposal_id: m.proposalId.toString(), proposer: m.proposer }),
    signers: (m) => [m.proposer],
    validateBasic(m) {
      checkAddress(m.proposer, 'proposer')
    },
    handle(ctx, m) {
      cancelProposal(ctx, keeper, m.proposalId, m.proposer.toLowerCase())
      return {
        typeUrl: '/cosmos.gov.v1.MsgCancelProposalResponse',
        value: MsgCancelProposalResponse.encode({
          proposalId: m.proposalId,
          canceledTime: ctx.time,
          canceledHeight: ctx.height,
        }).finish(),
      }
    },
  }
}
