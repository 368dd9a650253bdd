// Right bookkeeping: locking a use into a job, giving it back, consuming it, and ending a right (expiry or
// revocation) with the refund of its unused prepaid uses and the release of their ε.
import {
  type ComputeRight,
  EventRightStateChanged,
  RightState,
} from '../../proto/gen/datum/computeright/v1/index.js'
import type { Context } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import type { AssetAccess, SettlementParts, StoreAccess } from './keeper-parts.js'
import { coinOf, toProtoList } from './money.js'

const S = RightState

export function requireRight(k: StoreAccess, ctx: Context, id: bigint): ComputeRight {
  const r = k.store.right(ctx, id)
  if (!r) throw E.rightNotFound.wrap(`right ${id}`)
  return r
}

/** ACTIVE with nothing left and nothing in jobs becomes EXHAUSTED. */
export function settleRightState(r: ComputeRight): ComputeRight {
  if (r.state === S.RIGHT_STATE_ACTIVE && r.usesRemaining === 0 && r.usesInJobs === 0)
    return { ...r, state: S.RIGHT_STATE_EXHAUSTED }
  return r
}

export function saveRight(k: StoreAccess, ctx: Context, next: ComputeRight, prev: ComputeRight): void {
  const r = settleRightState(next)
  k.store.putRight(ctx, r, prev)
  if (r.state !== prev.state) emitEvent(ctx, EventRightStateChanged, { rightId: r.id, state: S[r.state] })
}

export function releaseEpsilon(k: AssetAccess, ctx: Context, r: ComputeRight, micro: bigint): void {
  if (micro > 0n) k.deps.assets.releaseEpsilon(ctx, r.assetId, r.assetVersion, micro)
}

/** Ends an ACTIVE right: unused prepaid uses go back to the holder, their ε is released. */
export function endRight(k: SettlementParts, ctx: Context, id: bigint, why: 'expired' | 'revoked'): void {
  const r = requireRight(k, ctx, id)
  if (r.state !== S.RIGHT_STATE_ACTIVE) return
  const unused = BigInt(r.usesRemaining)
  const price = BigInt(r.pricePerUse!.amount)
  const refund = coinOf(r.pricePerUse!.denom, unused * price)
  k.payOut(ctx, r.holder, refund)
  releaseEpsilon(k, ctx, r, unused * r.epsilonPerUseMicro)
  const state = why === 'expired' ? S.RIGHT_STATE_EXPIRED : S.RIGHT_STATE_REVOKED
  const next = { ...r, usesRemaining: 0, state }
  k.store.putRight(ctx, next, r)
  emitEvent(ctx, EventRightStateChanged, { rightId: r.id, state: S[state], refunded: toProtoList(refund) })
}

/** Processes at most `max_expiries_per_block` rights whose validity ended; the rest wait for later blocks. */
export function expireDue(k: SettlementParts, ctx: Context): number {
  const ids = k.store.dueExpiries(ctx, ctx.unixSeconds, k.store.params(ctx).maxExpiriesPerBlock)
  for (const id of ids) endRight(k, ctx, id, 'expired')
  return ids.length
}
