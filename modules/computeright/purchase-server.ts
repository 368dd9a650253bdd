// Buying a right (payment to escrow, ε reserved in the asset's budget, pinned to version and policy hash)
// and gifting one per the offering's transfer policy. All checks run before the first write.
import { sha256 } from '@noble/hashes/sha2.js'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { DataAsset } from '../../proto/gen/datum/dataasset/v1/index.js'
import { type Context, normalizeAddress, toHex } from '../sdk/index.js'
import { checkAcquirer, holdEndsAt, recordAcquisition } from './acquirer.js'
import { computeRightErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import type { ComputeRightKeeper } from './keeper.js'
import { KIND_RIGHT } from './keys.js'
import { coinOf, fromProto, NO_ASK, toProtoList } from './money.js'
import { requireRight } from './rights.js'

/** sha256 of the asset's licence and policies at purchase: the terms the right was sold under. */
export function policyHash(a: DataAsset): string {
  const snapshot = DataAsset.encode({
    ...DataAsset.fromPartial({}),
    id: a.id,
    version: a.version,
    licenseTermsId: a.licenseTermsId,
    computePolicy: a.computePolicy,
    privacyPolicy: a.privacyPolicy,
    residencyPolicy: a.residencyPolicy,
  })
  return toHex(sha256(snapshot))
}

export function purchaseRight(
  k: ComputeRightKeeper,
  ctx: Context,
  buyerRaw: string,
  offeringId: bigint,
): bigint {
  const buyer = normalizeAddress(buyerRaw)
  const o = k.store.offering(ctx, offeringId)
  if (!o) throw E.offeringNotFound.wrap(`offering ${offeringId}`)
  if (o.state !== T.OfferingState.OFFERING_STATE_ACTIVE)
    throw E.offeringNotActive.wrap(`offering ${o.id} is ${T.OfferingState[o.state]}`)
  const t = o.terms!
  if (t.maxSupply > 0n && o.sold >= t.maxSupply)
    throw E.maxSupplyReached.wrap(`offering ${o.id} sold ${o.sold}`)
  checkAcquirer(k, ctx, o, buyer, 'purchase')
  const asset = k.orderableAsset(ctx, o.assetId)
  const uses = BigInt(t.usesPerRight)
  const epsilon = uses * t.epsilonPerUseMicro
  const budget = k.deps.assets.getBudget(ctx, asset.id, asset.version)
  const left = budget.totalMicro - budget.reservedMicro - budget.spentMicro
  if (epsilon > left)
    throw E.assetNotUsable.wrap(`right needs ${epsilon} micro-ε; asset ${asset.id} has ${left} left`)
  const price = fromProto(t.pricePerUse!)
  const paid = coinOf(price.denom, price.amount * uses)
  k.pay(ctx, buyer, paid)
  k.deps.assets.reserveEpsilon(ctx, asset.id, asset.version, epsilon)
  const id = k.store.nextId(ctx, KIND_RIGHT)
  const expiresAt = ctx.unixSeconds + t.validitySeconds
  k.store.putRight(ctx, {
    id,
    offeringId: o.id,
    assetId: asset.id,
    assetVersion: asset.version,
    holder: buyer,
    purchasedAt: ctx.unixSeconds,
    acquiredAt: ctx.unixSeconds,
    expiresAt,
    usesTotal: t.usesPerRight,
    usesRemaining: t.usesPerRight,
    usesInJobs: 0,
    pricePerUse: t.pricePerUse,
    epsilonPerUseMicro: t.epsilonPerUseMicro,
    policyHash: policyHash(asset),
    state: T.RightState.RIGHT_STATE_ACTIVE,
    ask: NO_ASK,
    trainFamilies: [...t.trainFamilies],
  })
  k.store.putOffering(ctx, { ...o, sold: o.sold + 1n })
  recordAcquisition(k, ctx, o, buyer)
  emitEvent(ctx, T.EventRightPurchased, {
    rightId: id,
    offeringId: o.id,
    assetId: asset.id,
    buyer,
    paid: toProtoList(paid),
    expiresAt,
  })
  return id
}

/**
 * Gifts move the right with no value leg, after the holder's own hold period, only when the policy allows
 * transfers, and only to a recipient the offering would sell to (allowlist and per-buyer cap).
 */
export function giftRight(k: ComputeRightKeeper, ctx: Context, msg: T.MsgGiftRight) {
  const r = requireRight(k, ctx, msg.rightId)
  const holder = normalizeAddress(msg.holder)
  if (r.holder !== holder) throw E.unauthorized.wrap(`${holder} does not hold right ${r.id}`)
  if (r.state !== T.RightState.RIGHT_STATE_ACTIVE)
    throw E.rightNotUsable.wrap(`right ${r.id} is ${T.RightState[r.state]}`)
  const o = k.store.offering(ctx, r.offeringId)!
  const policy = o.terms?.transferPolicy
  if (!policy || policy.mode === T.TransferMode.TRANSFER_MODE_NONE)
    throw E.notTransferable.wrap(`right ${r.id} is non-transferable`)
  const holdEnds = holdEndsAt(r, policy.holdSeconds)
  if (ctx.unixSeconds < holdEnds) throw E.holdPeriod.wrap(`right ${r.id} may move from ${holdEnds}`)
  const to = normalizeAddress(msg.recipient)
  if (to === holder) throw E.invalidField.wrap('recipient already holds the right')
  checkAcquirer(k, ctx, o, to, 'gift')
  k.store.putRight(ctx, { ...r, holder: to, ask: NO_ASK, acquiredAt: ctx.unixSeconds }, r)
  recordAcquisition(k, ctx, o, to)
  emitEvent(ctx, T.EventRightTransferred, { rightId: r.id, from: holder, to })
  return {}
}
