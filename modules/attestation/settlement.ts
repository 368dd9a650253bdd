// Ending a job: finalize after the challenge window (settlement, usage ledger, ε debit, reputations,
// slashing) or claim an expired job (requester refunded in full by computeright, silent executors slashed).
import {
  type Attestation,
  AttestationState,
  EventJobExpired,
  EventJobFinalized,
} from '../../proto/gen/datum/attestation/v1/index.js'
import type { Context } from '../sdk/index.js'
import { attestationErrors as E } from './errors.js'
import { emit } from './events.js'
import type { JobView } from './expected-keepers.js'
import type { AttestationKeeper } from './keeper.js'
import { closeExecutors } from './slashing.js'

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

/** Pays out an attested job: settlement once, then one usage record and the ε debit per input asset. */
export function settleAttested(k: AttestationKeeper, ctx: Context, a: Attestation, job: JobView): void {
  const { feesByAsset } = k.deps.computeRight.settleJob(ctx, a.jobId, {
    success: true,
    fault: 'NONE',
    executors: a.agreeing,
    resultDigest: a.resultDigest,
  })
  k.deps.computeRight.markJob(ctx, a.jobId, 'FINALIZED')
  for (const input of job.inputs) {
    k.deps.dataAsset.spendEpsilon(
      ctx,
      input.assetId,
      input.assetVersion,
      job.epsilonMicro,
      a.epsilonActualMicro,
    )
    k.deps.dataAsset.appendUsage(ctx, {
      assetId: input.assetId,
      assetVersion: input.assetVersion,
      jobId: a.jobId.toString(),
      rightId: input.rightId.toString(),
      requester: job.requester,
      codeHash: job.codeHash,
      mechanism: job.mechanism,
      epsilonMicro: a.epsilonActualMicro,
      executors: a.agreeing,
      resultDigest: a.resultDigest,
      feePaid: (feesByAsset.find((f) => f.assetId === input.assetId)?.fee ?? []).map((c) => ({
        denom: c.denom,
        amount: c.amount.toString(),
      })),
    })
  }
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

/** After the reveal deadline without a quorum anyone may claim: the requester is refunded in full. */
export function claimExpired(k: AttestationKeeper, ctx: Context, jobId: bigint): void {
  const job = requireJob(k, ctx, jobId)
  if (!job.open) throw E.wrongState.wrap(`job ${jobId} is not open`)
  if (ctx.unixSeconds <= job.revealBy) throw E.notExpired.wrap(`reveal deadline ${job.revealBy}`)
  const a = k.store.attestation(ctx, jobId)
  if (a && a.state !== AttestationState.ATTESTATION_STATE_OPEN)
    throw E.wrongState.wrap(`job ${jobId} is not open`)
  k.deps.computeRight.settleJob(ctx, jobId, {
    success: false,
    fault: 'EXECUTOR',
    executors: [],
    resultDigest: '',
  })
  k.deps.computeRight.markJob(ctx, jobId, 'FAILED')
  if (a) {
    closeExecutors(k, ctx, a, true)
    a.state = AttestationState.ATTESTATION_STATE_FAILED
    a.finalizedAt = ctx.unixSeconds
    k.store.setAttestation(ctx, a)
  }
  emit(ctx, EventJobExpired, { jobId })
}
