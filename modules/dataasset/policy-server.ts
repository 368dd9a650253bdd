// Handlers for the policies that decide who may compute what, where, and with how much privacy budget.
// Compute and residency changes apply to rights sold afterwards (each right pins a policy snapshot hash);
// the privacy policy only ever goes down within a version.
import { sha256 } from '@noble/hashes/sha2.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { type Context, toHex } from '../sdk/index.js'
import { checkParamsLimits, ownedAsset, publisherAsset } from './asset-access.js'
import { lowerTotal } from './budget.js'
import { dataAssetErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import type { DataAssetKeeper } from './keeper.js'
import { algorithmKey } from './validate.js'

const EMPTY_COMPUTE: T.ComputePolicy = T.ComputePolicy.fromPartial({ minExecutors: 1 })

/** sha256 of a policy's canonical encoding: what compute rights pin when they are bought. */
export const policySnapshotHash = (bytes: Uint8Array): string => toHex(sha256(bytes))

function emitPolicyChanged(ctx: Context, id: string, kind: string, bytes: Uint8Array): void {
  emitEvent(ctx, T.EventPolicyChanged, { id, kind, snapshotHash: policySnapshotHash(bytes) })
}

export function allowAlgorithm(k: DataAssetKeeper, ctx: Context, msg: T.MsgAllowAlgorithm) {
  const asset = publisherAsset(k, ctx, msg.assetId, msg.sender)
  const algo = msg.algorithm!
  const policy = asset.computePolicy ?? EMPTY_COMPUTE
  if (policy.algorithmAllowlist.some((a) => algorithmKey(a) === algorithmKey(algo)))
    throw E.algorithmAlreadyAllowed.wrap(`code ${algo.codeHash} image ${algo.imageDigest}`)
  const computePolicy = { ...policy, algorithmAllowlist: [...policy.algorithmAllowlist, algo] }
  checkParamsLimits(k.assets.params(ctx), { computePolicy })
  k.assets.put(ctx, { ...asset, computePolicy, updatedAt: ctx.unixSeconds }, asset)
  emitEvent(ctx, T.EventAlgorithmAllowed, { id: asset.id, ...algo, sender: msg.sender })
  return {}
}

export function disallowAlgorithm(k: DataAssetKeeper, ctx: Context, msg: T.MsgDisallowAlgorithm) {
  const asset = publisherAsset(k, ctx, msg.assetId, msg.sender)
  const policy = asset.computePolicy ?? EMPTY_COMPUTE
  const key = algorithmKey(msg)
  const kept = policy.algorithmAllowlist.filter((a) => algorithmKey(a) !== key)
  if (kept.length === policy.algorithmAllowlist.length)
    throw E.algorithmNotAllowed.wrap(`code ${msg.codeHash} image ${msg.imageDigest} is not on the allowlist`)
  const computePolicy = { ...policy, algorithmAllowlist: kept }
  k.assets.put(ctx, { ...asset, computePolicy, updatedAt: ctx.unixSeconds }, asset)
  const { codeHash, imageDigest, sender } = msg
  emitEvent(ctx, T.EventAlgorithmDisallowed, { id: asset.id, codeHash, imageDigest, sender })
  return {}
}

export function setComputePolicy(k: DataAssetKeeper, ctx: Context, msg: T.MsgSetComputePolicy) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner)
  checkParamsLimits(k.assets.params(ctx), msg)
  k.assets.put(ctx, { ...asset, computePolicy: msg.computePolicy, updatedAt: ctx.unixSeconds }, asset)
  emitPolicyChanged(ctx, asset.id, 'compute', T.ComputePolicy.encode(msg.computePolicy!))
  return {}
}

export function setResidencyPolicy(k: DataAssetKeeper, ctx: Context, msg: T.MsgSetResidencyPolicy) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner)
  checkParamsLimits(k.assets.params(ctx), msg)
  k.assets.put(ctx, { ...asset, residencyPolicy: msg.residencyPolicy, updatedAt: ctx.unixSeconds }, asset)
  emitPolicyChanged(ctx, asset.id, 'residency', T.ResidencyPolicy.encode(msg.residencyPolicy!))
  return {}
}

export function setPrivacyPolicy(k: DataAssetKeeper, ctx: Context, msg: T.MsgSetPrivacyPolicy) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner)
  const next = msg.privacyPolicy!
  const current = asset.privacyPolicy ?? T.PrivacyPolicy.fromPartial({})
  if (next.epsilonPerJobMaxMicro > current.epsilonPerJobMaxMicro)
    throw E.privacyBudgetIncrease.wrap(
      `epsilon_per_job_max_micro ${next.epsilonPerJobMaxMicro} is above the current ${current.epsilonPerJobMaxMicro}`,
    )
  if (next.deltaNano > current.deltaNano)
    throw E.privacyBudgetIncrease.wrap(
      `delta_nano ${next.deltaNano} is above the current ${current.deltaNano}`,
    )
  const budget = k.getBudget(ctx, asset.id, asset.version)
  const lowered = { ...budget, ...lowerTotal(budget, next.epsilonTotalMicro) }
  k.ledger.putBudget(ctx, lowered)
  k.assets.put(ctx, { ...asset, privacyPolicy: next, updatedAt: ctx.unixSeconds }, asset)
  emitPolicyChanged(ctx, asset.id, 'privacy', T.PrivacyPolicy.encode(next))
  emitEvent(ctx, T.EventPrivacyBudgetChanged, lowered)
  return {}
}
