// What the escrow owes, recomputed from state: prepaid uses of ACTIVE rights and the data-fee and
// compute-fee locks of unsettled jobs. Used by the invariant and the escrow query (iterates all; not for handlers).
import { ComputeRight, Job, RightState } from '../../proto/gen/datum/computeright/v1/index.js'
import { addCoins, type Coin, type Context } from '../sdk/index.js'
import type { StoreAccess } from './keeper-parts.js'
import { JOB_PREFIX, RIGHT_PREFIX } from './keys.js'
import { coinOf, fromProto } from './money.js'
import { isUnsettledJob } from './store.js'

export function owedTotal(k: StoreAccess, ctx: Context): Coin[] {
  let total: Coin[] = []
  for (const r of k.store.all(ctx, RIGHT_PREFIX, ComputeRight.decode)) {
    if (r.state !== RightState.RIGHT_STATE_ACTIVE) continue
    const p = fromProto(r.pricePerUse!)
    total = addCoins(total, coinOf(p.denom, p.amount * BigInt(r.usesRemaining)))
  }
  for (const j of k.store.all(ctx, JOB_PREFIX, Job.decode)) {
    if (!isUnsettledJob(j)) continue
    total = addCoins(total, j.dataFee.map(fromProto))
    if (j.maxComputeFee)
      total = addCoins(total, coinOf(j.maxComputeFee.denom, BigInt(j.maxComputeFee.amount)))
  }
  return total
}
