// Module invariants: the escrow holds exactly what the module owes, rights keep their uses in bounds, the
// ε rights hold is what the budgets reserve, and the job indexes match the jobs.
import { ComputeRight, Job, RightState } from '../../proto/gen/datum/computeright/v1/index.js'
import { coinsToString, type Invariant } from '../sdk/index.js'
import { jobIndexInvariant } from './index-invariant.js'
import type { ComputeRightKeeper } from './keeper.js'
import { JOB_PREFIX, RIGHT_PREFIX } from './keys.js'
import { trainingRecordProblem } from './training.js'

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
    {
      name: 'computeright/epsilon-reserved',
      check(ctx) {
        const held = new Map<string, bigint>()
        for (const r of k.store.all(ctx, RIGHT_PREFIX, ComputeRight.decode)) {
          const live = (r.state === RightState.RIGHT_STATE_ACTIVE ? r.usesRemaining : 0) + r.usesInJobs
          const key = `${r.assetId}/${r.assetVersion}`
          held.set(key, (held.get(key) ?? 0n) + BigInt(live) * r.epsilonPerUseMicro)
        }
        for (const [key, micro] of [...held].sort()) {
          const [assetId, version] = key.split('/') as [string, string]
          if (!k.deps.assets.getAsset(ctx, assetId)) continue
          const reserved = k.deps.assets.getBudget(ctx, assetId, Number(version)).reservedMicro
          if (reserved !== micro)
            return `asset ${key}: rights hold ${micro} micro-ε, budget reserves ${reserved}`
        }
        return undefined
      },
    },
    jobIndexInvariant(k),
    {
      name: 'computeright/training-charges',
      check(ctx) {
        for (const j of k.store.all(ctx, JOB_PREFIX, Job.decode)) {
          const problem = trainingRecordProblem(j)
          if (problem) return problem
        }
        return undefined
      },
    },
  ]
}
