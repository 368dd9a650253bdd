// Ending a job: finalize after the challenge window (settlement, usage ledger, ε debit, reputations,
// slashing) — also a challenged job whose arbiter did not rule in time —, settle a fault a quorum reported,
// or claim an expired job that never reached attestation (requester refunded in full, silent executors slashed).
import {
  type Attestation,
  AttestationState,
  DisputeState,
  EventChallengeLapsed,
  EventJobExpired,
  EventJobFaulted,
  EventJobFinalized,
  ReportedFault,
  type Reveal,
} from '../../proto/gen/datum/attestation/v1/index.js'
import type { Context } from '../sdk/index.js'
import { attestationErrors as E } from './errors.js'
import { emit } from './events.js'
import type { JobView, SettlementOutcome } from './expected-keepers.js'
import { faultDigest } from './fault-digest.js'
import type { AttestationKeeper } from './keeper.js'
import { sdkCoin } from './params.js'
import { closeExecutors } from './slashing.js'

export const failedOutcome = {
  fault: 'EXECUTOR',
  executors: [],
  computeCharged: 0n,
} as const satisfies SettlementOutcome

function requireJob(k: AttestationKeeper, ctx: Context, jobId: bigint): JobView {
  const job = k.deps.computeRight.getJobView(ctx, jobId)
  if (!job) throw E.jobNotFound.wrap(jobId.toString())
  return job
}

/**
 * Anyone may finalize: an ATTESTED job once the challenge window (computeright's `challenge_seconds`) has
 * passed, or a DISPUTED one whose arbiter did not rule by `opened_at + arbiter_seconds` — that challenge
 * lapses (bond back to the challenger: the arbiter, not the challenger, failed) and the job is paid.
 */
export function finalizeJob(k: AttestationKeeper, ctx: Context, jobId: bigint): void {
  const a = k.store.attestation(ctx, jobId)
  const t = k.deps.computeRight.timeline(ctx)
  if (a?.state === AttestationState.ATTESTATION_STATE_DISPUTED) {
    const d = openDispute(k, ctx, jobId)
    const deadline = d.openedAt + t.arbiterSeconds
    if (ctx.unixSeconds <= deadline) throw E.arbiterPending.wrap(`dispute ${d.id} until ${deadline}`)
    if (d.bond) k.deps.bank.sendCoinsFromModuleToAccount(ctx, k.moduleName, d.challenger, [sdkCoin(d.bond)])
    k.store.setDispute(ctx, { ...d, state: DisputeState.DISPUTE_STATE_LAPSED })
    emit(ctx, EventChallengeLapsed, { disputeId: d.id, jobId })
    k.deps.computeRight.markJob(ctx, jobId, 'ATTESTED')
    settleAttested(k, ctx, a, requireJob(k, ctx, jobId))
    return
  }
  if (!a || a.state !== AttestationState.ATTESTATION_STATE_ATTESTED)
    throw E.wrongState.wrap(`job ${jobId} is not attested`)
  const windowEnd = a.attestedAt + t.challengeSeconds
  if (ctx.unixSeconds < windowEnd) throw E.windowOpen.wrap(`until ${windowEnd}`)
  settleAttested(k, ctx, a, requireJob(k, ctx, jobId))
}

function openDispute(k: AttestationKeeper, ctx: Context, jobId: bigint) {
  for (const d of k.store.disputes(ctx))
    if (d.jobId === jobId && d.state === DisputeState.DISPUTE_STATE_OPEN) return d
  throw E.disputeNotFound.wrap(`no open dispute on job ${jobId}`)
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
 * Pays out an attested job through the one settlement call: computeright pays the data fees, debits the ε
 * fixed at request and appends the usage-ledger entry per input. Then stakes unlock, reputations move,
 * dissenters are slashed.
 */
export function settleAttested(k: AttestationKeeper, ctx: Context, a: Attestation, job: JobView): void {
  k.deps.computeRight.settleJob(ctx, a.jobId, {
    fault: 'NONE',
    executors: equalShares(a.agreeing),
    computeCharged: job.maxComputeFee,
    resultDigest: a.resultDigest,
    attributionPpm: [...a.attributionPpm],
  })
  a.epsilonActualMicro = job.epsilonMicro
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

/**
 * A quorum of agreeing reveals reported a fault instead of a result; it settles at once (no result exists to
 * challenge). ALGORITHM: the agreeing reporters are paid the compute fee, the use (data fee and ε) goes back
 * to the right. DATA: the requester is refunded in full and computeright marks the asset. Nobody who revealed
 * is slashed for the fault; executors that stayed silent are, as for any job.
 */
export function settleFault(
  k: AttestationKeeper,
  ctx: Context,
  a: Attestation,
  job: JobView,
  group: Reveal[],
): void {
  const first = group[0]!
  const algorithm = first.fault === ReportedFault.REPORTED_FAULT_ALGORITHM
  const dataAsset = algorithm
    ? undefined
    : job.inputs.find((i) => faultDigest('DATA', i.assetId) === first.resultDigest)
  k.deps.computeRight.settleJob(
    ctx,
    a.jobId,
    algorithm
      ? {
          fault: 'ALGORITHM',
          executors: equalShares(a.agreeing),
          computeCharged: job.maxComputeFee,
        }
      : {
          fault: 'DATA',
          executors: [],
          computeCharged: 0n,
          dataFaultAsset: dataAsset?.assetId,
          faultReason: first.faultReason,
        },
  )
  k.deps.computeRight.markJob(ctx, a.jobId, 'FAILED')
  closeExecutors(k, ctx, a, true)
  a.state = AttestationState.ATTESTATION_STATE_FAILED
  a.fault = first.fault
  a.finalizedAt = ctx.unixSeconds
  k.store.setAttestation(ctx, a)
  emit(ctx, EventJobFaulted, {
    jobId: a.jobId,
    fault: algorithm ? 'ALGORITHM' : 'DATA',
    executors: a.agreeing,
    reason: first.faultReason,
  })
}

/** After the reveal deadline without a quorum anyone may claim: the requester is refunded in full. */
export function claimExpired(k: AttestationKeeper, ctx: Context, jobId: bigint): void {
  const job = requireJob(k, ctx, jobId)
  if (!job.awaitingAttestation) throw E.wrongState.wrap(`job ${jobId} no longer awaits attestation`)
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
 * second settlement. Silent executors are slashed. computeright refuses to expire an attested or challenged
 * job (`jobAttested`), so only OPEN attestations arrive here.
 */
export function onJobExpired(k: AttestationKeeper, ctx: Context, jobId: bigint): void {
  const a = k.store.attestation(ctx, jobId)
  if (!a || a.state !== AttestationState.ATTESTATION_STATE_OPEN) return
  closeExecutors(k, ctx, a, true)
  a.state = AttestationState.ATTESTATION_STATE_FAILED
  a.finalizedAt = ctx.unixSeconds
  k.store.setAttestation(ctx, a)
  emit(ctx, EventJobExpired, { jobId })
}
