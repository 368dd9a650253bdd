// Challenges: anyone bonds a challenge inside the window; an arbiter (a params address) decides.
// Upheld: the agreeing executors lose `slashInvalidBps` of their bond; the challenger gets its bond back plus
// `challengerRewardBps` of the slashed amount, the rest goes to the community pool; the requester is refunded from
// escrow by computeright (never from slashed funds). Rejected: the bond is shared by the agreeing executors
// and the job is finalized at once.
import {
  AttestationState,
  DisputeState,
  EventChallengeOpened,
  EventChallengeResolved,
  type MsgChallenge,
  type MsgResolveChallenge,
} from '../../proto/gen/datum/attestation/v1/index.js'
import type { Context } from '../sdk/index.js'
import { attestationErrors as E } from './errors.js'
import { emit } from './events.js'
import type { AttestationKeeper } from './keeper.js'
import { bps, sdkCoin } from './params.js'
import { nextReputation } from './quorum.js'
import { failedOutcome, settleAttested } from './settlement-server.js'
import { payCommunityPool, slashBond } from './slashing.js'

export function openChallenge(k: AttestationKeeper, ctx: Context, m: MsgChallenge): bigint {
  const p = k.params(ctx)
  const a = k.store.attestation(ctx, m.jobId)
  if (!a || a.state !== AttestationState.ATTESTATION_STATE_ATTESTED)
    throw E.wrongState.wrap(`job ${m.jobId} is not attested`)
  if (ctx.unixSeconds >= a.attestedAt + k.deps.computeRight.timeline(ctx).challengeSeconds)
    throw E.windowClosed.wrap(`job ${m.jobId}`)
  const min = p.challengeBondMin ?? { denom: '', amount: '0' }
  if (!m.bond || m.bond.denom !== min.denom || BigInt(m.bond.amount) < BigInt(min.amount))
    throw E.challengeBondTooLow.wrap(`minimum ${min.amount}${min.denom}`)
  k.deps.bank.sendCoinsFromAccountToModule(ctx, m.challenger, k.moduleName, [sdkCoin(m.bond)])
  const id = k.store.nextDisputeId(ctx)
  k.store.setDispute(ctx, {
    id,
    jobId: m.jobId,
    challenger: m.challenger,
    bond: m.bond,
    reason: m.reason,
    state: DisputeState.DISPUTE_STATE_OPEN,
    openedAt: ctx.unixSeconds,
    arbiter: '',
  })
  a.state = AttestationState.ATTESTATION_STATE_DISPUTED
  k.store.setAttestation(ctx, a)
  k.deps.computeRight.markJob(ctx, m.jobId, 'CHALLENGED')
  emit(ctx, EventChallengeOpened, {
    disputeId: id,
    jobId: m.jobId,
    challenger: m.challenger,
    bond: `${m.bond.amount}${m.bond.denom}`,
  })
  return id
}

export function resolveChallenge(k: AttestationKeeper, ctx: Context, m: MsgResolveChallenge): void {
  const p = k.params(ctx)
  if (!p.arbiters.includes(m.arbiter)) throw E.notArbiter.wrap(m.arbiter)
  const d = k.store.dispute(ctx, m.disputeId)
  if (!d) throw E.disputeNotFound.wrap(m.disputeId.toString())
  if (d.state !== DisputeState.DISPUTE_STATE_OPEN) throw E.disputeClosed.wrap(m.disputeId.toString())
  const deadline = d.openedAt + k.deps.computeRight.timeline(ctx).arbiterSeconds
  if (ctx.unixSeconds > deadline)
    throw E.arbiterDeadlinePassed.wrap(`dispute ${d.id} deadline ${deadline}; anyone may finalize the job`)
  const a = k.store.attestation(ctx, d.jobId)
  const job = k.deps.computeRight.getJobView(ctx, d.jobId)
  if (!a || !job || !d.bond) throw E.jobNotFound.wrap(d.jobId.toString())
  d.state = m.uphold ? DisputeState.DISPUTE_STATE_UPHELD : DisputeState.DISPUTE_STATE_REJECTED
  d.arbiter = m.arbiter
  k.store.setDispute(ctx, d)
  const denom = d.bond.denom
  const bond = BigInt(d.bond.amount)
  if (m.uphold) {
    let slashed = 0n
    const stake = BigInt(a.stakePerExecutor)
    for (const op of a.assigned) {
      const e = k.store.executor(ctx, op)
      if (!e) continue
      const locked = BigInt(e.locked) - stake
      e.locked = (locked < 0n ? 0n : locked).toString()
      if (a.agreeing.includes(op)) {
        slashed += slashBond(
          k,
          ctx,
          e,
          bps(BigInt(e.bond?.amount ?? '0'), p.slashInvalidBps),
          a.jobId,
          'invalid',
        )
        e.reputation = nextReputation(e, false)
      }
      k.store.setExecutor(ctx, e)
    }
    const reward = bps(slashed, p.challengerRewardBps)
    k.deps.bank.sendCoinsFromModuleToAccount(ctx, k.moduleName, d.challenger, [
      { denom, amount: bond + reward },
    ])
    payCommunityPool(k, ctx, a.jobId, { denom, amount: slashed - reward })
    k.deps.computeRight.settleJob(ctx, a.jobId, failedOutcome)
    k.deps.computeRight.markJob(ctx, a.jobId, 'FAILED')
    a.state = AttestationState.ATTESTATION_STATE_FAILED
    a.finalizedAt = ctx.unixSeconds
    k.store.setAttestation(ctx, a)
  } else {
    payBondToExecutors(k, ctx, a.jobId, a.agreeing, denom, bond)
    k.deps.computeRight.markJob(ctx, a.jobId, 'ATTESTED')
    settleAttested(k, ctx, a, job)
  }
  emit(ctx, EventChallengeResolved, {
    disputeId: d.id,
    jobId: d.jobId,
    upheld: m.uphold,
    arbiter: m.arbiter,
  })
}

/**
 * Equal shares; the remainder (dust) goes to the first agreeing executor so nothing stays unowned. An attested
 * job always has agreeing executors; were there none, the bond would go to the community pool, not stay here.
 */
function payBondToExecutors(
  k: AttestationKeeper,
  ctx: Context,
  jobId: bigint,
  to: string[],
  denom: string,
  bond: bigint,
): void {
  if (to.length === 0) {
    payCommunityPool(k, ctx, jobId, { denom, amount: bond })
    return
  }
  const share = bond / BigInt(to.length)
  const dust = bond - share * BigInt(to.length)
  to.forEach((op, i) => {
    const amount = share + (i === 0 ? dust : 0n)
    if (amount > 0n) k.deps.bank.sendCoinsFromModuleToAccount(ctx, k.moduleName, op, [{ denom, amount }])
  })
}
