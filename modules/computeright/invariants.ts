// Module invariants: the escrow holds exactly what the module owes, and rights keep their uses in bounds.
import { ComputeRight } from '../../proto/gen/datum/computeright/v1/index.js'
import { coinsToString, type Invariant } from '../sdk/index.js'
import type { ComputeRightKeeper } from './keeper.js'
import { RIGHT_PREFIX } from './keys.js'

export function computeRightInvariants(k: ComputeRightKeeper): Invariant[] {
  return [
    {
      name: 'computeright/escrow-balance',
      check(ctx) {
        const owed = coinsToString(k.owed(ctx))
        const held = coinsToString(k.escrowBalance(ctx))
        return owed === held ? undefined : `escrow holds ${held || '0'} but owes ${owed || '0'}`
      },
    },
    {
      name: 'computeright/uses-in-bounds',
      check(ctx) {
        for (const r of k.store.all(ctx, RIGHT_PREFIX, ComputeRight.decode)) {
          if (r.usesRemaining + r.usesInJobs > r.usesTotal)
            return `right ${r.id}: ${r.usesRemaining} remaining + ${r.usesInJobs} in jobs > ${r.usesTotal}`
        }
        return undefined
      },
    },
  ]
}
