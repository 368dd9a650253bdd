// Opening a job on rights (and purchase-and-request in one message), cancelling one nobody accepted, and
// claiming one past its final deadline. Every check runs before the first write.
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { AssetKind, AssetState, Purpose } from '../../proto/gen/datum/dataasset/v1/index.js'
import { addCoins, type Coin, type Context, normalizeAddress } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import { requireFeatureApproval } from './feature-approval.js'
import { type ComputeRightKeeper, requireNoDataFault } from './keeper.js'
import { KIND_JOB } from './keys.js'
import { coinOf, fromProto, toProtoList } from './money.js'
import { purchaseRight } from './purchase-server.js'
import { requireRight } from './rights.js'
import { isUnsettledJob, reachedAttestation } from './store.js'
import { jobTimes } from './timeline.js'
import { chargeTraining } from './training.js'

function usableRight(k: ComputeRightKeeper, ctx: Context, id: bigint, requester: string): T.ComputeRight {
  const r = requireRight(k, ctx, id)
  if (r.holder !== requester) throw E.unauthorized.wrap(`${requester} does not hold right ${id}`)
  if (r.state !== T.RightState.RIGHT_STATE_ACTIVE)
    throw E.rightNotUsable.wrap(`right ${id} is ${T.RightState[r.state]}`)
  if (ctx.unixSeconds >= r.expiresAt) throw E.rightNotUsable.wrap(`right ${id} expired at ${r.expiresAt}`)
  if (r.usesRemaining < 1) throw E.rightNotUsable.wrap(`right ${id} has no uses left`)
  return r
}

function checkAdmissible(
  k: ComputeRightKeeper,
  ctx: Context,
  r: T.ComputeRight,
  req: T.JobRequest,
  jurisdictions: readonly string[],
): void {
  const a = k.deps.assets
  const asset = a.requireAsset(ctx, r.assetId)
  if (asset.state === AssetState.ASSET_STATE_REVOKED)
    throw E.assetNotUsable.wrap(`asset ${asset.id} is revoked`)
  requireNoDataFault(asset)
  // A model asset serves inference jobs only; training reads data assets (a model's royalty is one level deep).
  if (
    asset.kind === AssetKind.ASSET_KIND_MODEL &&
    (req.training || req.purpose !== Purpose.PURPOSE_INFERENCE)
  )
    throw E.modelInferenceOnly.wrap(`asset ${asset.id} is a model: declare purpose INFERENCE, train nothing`)
  // The licence decides the use: purpose allowed, commercial use on, requester in a named jurisdiction.
  a.checkLicenceUse(ctx, r.assetId, req.purpose, jurisdictions)
  a.checkAlgorithm(ctx, r.assetId, req.algorithm!.codeHash, req.algorithm!.imageDigest)
  a.checkMechanism(ctx, r.assetId, req.mechanism)
  // A training job's ε is computed per input by chargeTraining, against the same caps.
  if (req.training) return
  if (req.epsilonMicro > r.epsilonPerUseMicro)
    throw E.epsilonTooHigh.wrap(
      `epsilon ${req.epsilonMicro} > ${r.epsilonPerUseMicro} per use of right ${r.id}`,
    )
  const max = asset.privacyPolicy?.epsilonPerJobMaxMicro ?? 0n
  if (max > 0n && req.epsilonMicro > max)
    throw E.epsilonTooHigh.wrap(`epsilon ${req.epsilonMicro} > asset ${asset.id} per-job max ${max}`)
}

function deadlines(k: ComputeRightKeeper, ctx: Context): T.Deadlines {
  return jobTimes(ctx.unixSeconds, k.store.params(ctx))
}

export function requestJob(
  k: ComputeRightKeeper,
  ctx: Context,
  requesterRaw: string,
  rightIds: bigint[],
  req: T.JobRequest,
): bigint {
  const requester = normalizeAddress(requesterRaw)
  const max = k.store.params(ctx).maxRightsPerJob
  if (rightIds.length < 1 || rightIds.length > max)
    throw E.invalidField.wrap(`right_ids must hold 1..${max} ids`)
  if (new Set(rightIds).size !== rightIds.length) throw E.invalidField.wrap('right_ids has duplicates')
  const rights = rightIds.map((id) => usableRight(k, ctx, id, requester))
  const jurisdictions = k.attestedJurisdictions(ctx, requester)
  for (const r of rights) checkAdmissible(k, ctx, r, req, jurisdictions)
  if (req.featureModuleHash !== '')
    requireFeatureApproval(
      ctx,
      k.deps.assets,
      req.featureModuleHash,
      rights.map((r) => r.assetId),
      req.training !== undefined,
    )
  const charges = req.training
    ? chargeTraining(ctx, req.training, req.purpose, rights, (r) =>
        k.deps.assets.requireAsset(ctx, r.assetId),
      )
    : []
  // A training job's ε is its largest per-input charge (what attestation reads); each use debits its own charge.
  const epsilonMicro = charges.reduce((m, c) => (c.epsilonMicro > m ? c.epsilonMicro : m), req.epsilonMicro)
  let dataFee: Coin[] = []
  for (const r of rights) dataFee = addCoins(dataFee, [fromProto(r.pricePerUse!)])
  const compute = fromProto(req.maxComputeFee!)
  k.pay(ctx, requester, coinOf(compute.denom, compute.amount))
  for (const r of rights)
    k.store.putRight(ctx, { ...r, usesRemaining: r.usesRemaining - 1, usesInJobs: r.usesInJobs + 1 }, r)
  const id = k.store.nextId(ctx, KIND_JOB)
  const job: T.Job = {
    id,
    requester,
    rightIds,
    algorithm: req.algorithm,
    mechanism: req.mechanism,
    epsilonMicro,
    dataFee: toProtoList(dataFee),
    maxComputeFee: req.maxComputeFee,
    outputKey: req.outputKey,
    viewers: req.viewers.map((v) => normalizeAddress(v)),
    deadlines: deadlines(k, ctx),
    state: T.JobState.JOB_STATE_REQUESTED,
    fault: T.FaultClass.FAULT_CLASS_NONE,
    createdAt: ctx.unixSeconds,
    purpose: req.purpose,
    training: req.training,
    trainingCharges: charges,
    resultDigest: '',
    attributed: false,
    featureModuleHash: req.featureModuleHash,
  }
  k.store.putJob(ctx, job, [...new Set(rights.map((r) => r.assetId))].sort())
  emitEvent(ctx, T.EventJobRequested, {
    jobId: id,
    requester,
    rightIds,
    codeHash: req.algorithm!.codeHash,
    epsilonMicro,
    acceptBy: job.deadlines!.acceptBy,
    finalBy: job.deadlines!.finalBy,
  })
  return id
}

export function purchaseAndRequest(k: ComputeRightKeeper, ctx: Context, msg: T.MsgPurchaseAndRequest) {
  // The licence check runs before the purchase writes anything, like every other refusal of this message.
  const offering = k.store.offering(ctx, msg.offeringId)
  if (offering) {
    const buyer = normalizeAddress(msg.buyer)
    const jurisdictions = k.attestedJurisdictions(ctx, buyer)
    k.deps.assets.checkLicenceUse(ctx, offering.assetId, msg.job!.purpose, jurisdictions)
  }
  const rightId = purchaseRight(k, ctx, msg.buyer, msg.offeringId)
  const jobId = requestJob(k, ctx, msg.buyer, [rightId], msg.job!)
  return { rightId, jobId }
}

export function cancelJob(k: ComputeRightKeeper, ctx: Context, msg: T.MsgCancelJob) {
  const job = k.requireJob(ctx, msg.jobId)
  if (normalizeAddress(msg.requester) !== job.requester)
    throw E.unauthorized.wrap(`${msg.requester} did not request job ${job.id}`)
  if (job.state !== T.JobState.JOB_STATE_REQUESTED)
    throw E.invalidJobState.wrap(
      `job ${job.id} is ${T.JobState[job.state]}; only REQUESTED jobs can be cancelled`,
    )
  k.closeJob(ctx, job, 'cancel')
  return {}
}

/** States an expiry claim may end: the job never reached attestation, so no result can have been released. */

export function claimExpiredJob(k: ComputeRightKeeper, ctx: Context, msg: T.MsgClaimExpiredJob) {
  const job = k.requireJob(ctx, msg.jobId)
  if (!isUnsettledJob(job)) throw E.invalidJobState.wrap(`job ${job.id} is ${T.JobState[job.state]}`)
  // An attested (or challenged) job may have released its result: it is finalized by anyone after the
  // challenge window (or failed by an upheld challenge), never refunded as expired.
  if (reachedAttestation(job))
    throw E.jobAttested.wrap(`job ${job.id} is ${T.JobState[job.state]}; finalize it (MsgFinalizeJob)`)
  if (ctx.unixSeconds <= job.deadlines!.finalBy)
    throw E.jobNotExpired.wrap(`job ${job.id} final deadline is ${job.deadlines!.finalBy}`)
  k.closeJob(ctx, job, 'expired')
  k.notifyJobExpired(ctx, job.id)
  return {}
}
