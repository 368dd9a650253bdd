// Who may come to hold a right of an offering, however it is acquired (purchase, gift, resale purchase): the
// offering's buyer requirements apply to every new holder alike, so a gift or a resale cannot carry a right
// around the allowlist or the per-buyer cap. The per-buyer count counts every right an account ever acquired
// from the offering, by any way, so what it holds never exceeds the cap.
import type * as T from '../../proto/gen/datum/computeright/v1/index.js'
import type { Context } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import type { ComputeRightKeeper } from './keeper.js'

export type Acquisition = 'purchase' | 'gift' | 'resale'

/** Throws buyerNotAllowed (10) or buyerCapReached (9) when `who` may not acquire a right of `o`. */
export function checkAcquirer(
  k: ComputeRightKeeper,
  ctx: Context,
  o: T.Offering,
  who: string,
  how: Acquisition,
): void {
  const t = o.terms!
  if (t.buyerAllowlist.length > 0 && !t.buyerAllowlist.includes(who))
    throw E.buyerNotAllowed.wrap(`${how}: ${who} is not on the allowlist of offering ${o.id}`)
  if (t.perBuyerCap > 0 && k.store.buyerCount(ctx, o.id, who) >= BigInt(t.perBuyerCap))
    throw E.buyerCapReached.wrap(
      `${how}: ${who} already acquired ${t.perBuyerCap} rights of offering ${o.id}`,
    )
}

/** Counts one more right acquired by `who` from `o` (after every check passed). */
export function recordAcquisition(k: ComputeRightKeeper, ctx: Context, o: T.Offering, who: string): void {
  k.store.setBuyerCount(ctx, o.id, who, k.store.buyerCount(ctx, o.id, who) + 1n)
}

/** The hold period runs from the current holder's own acquisition, not from the first purchase. */
export function holdEndsAt(r: T.ComputeRight, holdSeconds: bigint | number): bigint {
  const from = r.acquiredAt > 0n ? r.acquiredAt : r.purchasedAt
  return from + BigInt(holdSeconds)
}
