// Ending a job: finalize after the challenge window (settlement, usage ledger, ε debit, reputations,
// slashing) or claim an expired job (requester refunded in full by computeright, silent executors slashed).
import {
  type Attestation,
  AttestationState,
  DisputeState,
  EventJobExpired,
  EventJobFinalized,
} from '../../proto/gen/datum/attestation/v1/index.js'
import type { Context } from '../sdk/index.js'
import { attestationErrors as E } from './errors.js'
import { emit } from './events.js'
import type { JobView, SettlementOutcome } from './expected-keepers.js'
import type { AttestationKeeper } from './keeper.js'
import { sdkCoin } from './params.js'
import { closeExecutors } from './slashing.js'

export const failedOutcome = {
  fault: 'EXECUTOR',
  executors: [],
  computeCharged: 0n,
  epsilonSpentMicro: 0n,
} as const satisfies SettlementOutcome

function requireJob(k: AttestationKeeper, ctx: Context, jobId: bigint): JobView {
  const job = k.deps.computeRight.getJobView(ctx, jobId)
  if (!job) throw E.jobNotFound.wrap(jobId.toString())
  return job
}

export function finalizeJob(k: AttestationKeeper, ctx: Context, jobId: bigint): void {
  const a = k.store.attestation(ctx, jobId)
  if (!a || a.state !== AttestationState.ATTESTATION_STATE_ATTESTED)
    throw E.wrongState.wrap(`job ${jobId} is not attested`)
  const windowEnd = a.attestedAt + k.params(ctx).challengeWindowSeconds
  if (ctx.unixSeconds < windowEnd) throw E.windowOpen.wrap(`until ${windowEnd}`)
  settleAttested(k, ctx, a, requireJob(k, ctx, jobId))
}

/** Equal shares of the compute fee in basis points; the rounding remainder goes to the first executor. */
export function equalShares(executors: string[]): { address: string; weightBps: number }[] {
  if (executors.length === 0) return []
  const each = Math.floor(10_000 / executors.length)
  return executors.map((address, i) => ({
    address,
    weightBps: each + (i === 0 ? 10_000 - each * executors.length : 0),
  }))
}

/**
 * Pays out an attested job through the one settlement call: computeright pays the data fees, debits the actual
 * ε and appends the usage-ledger entry per input. Then stakes unlock, reputations move, dissenters are slashed.
 */
export function settleAttested(k: AttestationKeeper, ctx: Context, a: Attestation, job: JobView): void {
  k.deps.computeRight.settleJob(ctx, a.jobId, {
    fault: 'NONE',
    executors: equalShares(a.agreeing),
    computeCharged: job.maxComputeFee,
    epsilonSpentMicro: a.epsilonActualMicro,
    resultDigest: a.resultDigest,
  })
  k.deps.computeRight.markJob(ctx, a.jobId, 'FINALIZED')
  closeExecutors(k, ctx, a, false)
  a.state = AttestationState.ATTESTATION_STATE_FINALIZED
  a.finalizedAt = ctx.unixSeconds
  k.store.setAttestation(ctx, a)
  emit(ctx, EventJobFinalized, {
    jobId: a.jobId,
    resultDigest: a.resultDigest,
    epsilonActualMicro: a.epsilonActualMicro,
  })
}

function refundOpenDisputes(k: AttestationKeeper, ctx: Context, jobId: bigint): void {
  for (const d of k.store.disputes(ctx)) {
    if (d.jobId !== jobId || d.state !== DisputeState.DISPUTE_STATE_OPEN || !d.bond) continue
    k.deps.bank.sendCoinsFromModuleToAccount(ctx, k.moduleName, d.challenger, [sdkCoin(d.bond)])
    k.store.setDispute(ctx, { ...d, state: DisputeState.DISPUTE_STATE_REJECTED })
  }
}

/** After the reveal deadline without a quorum anyone may claim: the requester is refunded in full. */
export function claimExpired(k: AttestationKeeper, ctx: Context, jobId: bigint): void {
  const job = requireJob(k, ctx, jobId)
  if (!job.open) throw E.wrongState.wrap(`job ${jobId} is not open`)
  if (ctx.unixSeconds <= job.revealBy) throw E.notExpired.wrap(`reveal deadline ${job.revealBy}`)
  const a = k.store.attestation(ctx, jobId)
  if (a && a.state !== AttestationState.ATTESTATION_STATE_OPEN)
    throw E.wrongState.wrap(`job ${jobId} is not open`)
  k.deps.computeRight.settleJob(ctx, jobId, failedOutcome)
  k.deps.computeRight.markJob(ctx, jobId, 'FAILED')
  if (a) {
    closeExecutors(k, ctx, a, true)
    a.state = AttestationState.ATTESTATION_STATE_FAILED
    a.finalizedAt = ctx.unixSeconds
    k.store.setAttestation(ctx, a)
  }
  emit(ctx, EventJobExpired, { jobId })
}

/**
 * computeright expired the job itself (final deadline, its own claim): close the executor side without a
 * second settlement. Silent executors are slashed; an attested job cannot expire there before finalize.
 */
export function onJobExpired(k: AttestationKeeper, ctx: Context, jobId: bigint): void {
  const a = k.store.attestation(ctx, jobId)
  const live = [
    AttestationState.ATTESTATION_STATE_OPEN,
    AttestationState.ATTESTATION_STATE_ATTESTED,
    AttestationState.ATTESTATION_STATE_DISPUTED,
  ]
  if (!a || !live.includes(a.state)) return
  // An attested or disputed job whose final deadline passed before finalize: stakes unlock and an open
  // challenge bond goes back to its challenger; only silent executors are punished.
  if (a.state === AttestationState.ATTESTATION_STATE_DISPUTED) refundOpenDisputes(k, ctx, jobId)
  closeExecutors(k, ctx, a, true)
  a.state = AttestationState.ATTESTATION_STATE_FAILED
  a.finalizedAt = ctx.unixSeconds
  k.store.setAttestation(ctx, a)
  emit(ctx, EventJobExpired, { jobId })
}
