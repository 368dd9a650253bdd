// Module invariants: the escrow holds exactly what the module owes, rights keep their uses in bounds, the
// ε rights hold is what the budgets reserve, and the job indexes match the jobs.
import { ComputeRight, Job, RightState } from '../../proto/gen/datum/computeright/v1/index.js'
import { type Context, coinsToString, type Invariant, prefixIterator, toHex } from '../sdk/index.js'
import type { ComputeRightKeeper } from './keeper.js'
import * as K from './keys.js'
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
        for (const r of k.store.all(ctx, K.RIGHT_PREFIX, ComputeRight.decode)) {
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
        for (const r of k.store.all(ctx, K.RIGHT_PREFIX, ComputeRight.decode)) {
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
    { name: 'computeright/job-indexes', check: (ctx) => jobIndexMismatch(k, ctx) },
    {
      name: 'computeright/training-charges',
      check(ctx) {
        for (const j of k.store.all(ctx, K.JOB_PREFIX, Job.decode)) {
          const problem = trainingRecordProblem(j)
          if (problem) return problem
        }
        return undefined
      },
    },
  ]
}

// The job indexes equal a scan of the jobs: one state-index entry per job under its current state, one
// job-asset entry per (asset of its rights, job). Stale or missing entries would make JobsByState and
// JobsByAsset lie to executors and requesters.
function keysUnder(k: ComputeRightKeeper, ctx: Context, prefix: Uint8Array): string[] {
  return [...prefixIterator(k.store.kv(ctx), prefix)].map(({ key }) => toHex(key)).sort()
}

/** undefined when both indexes match the jobs exactly, else what differs first. */
export function jobIndexMismatch(k: ComputeRightKeeper, ctx: Context): string | undefined {
  const byState: string[] = []
  const byAsset: string[] = []
  for (const j of k.store.all(ctx, K.JOB_PREFIX, Job.decode)) {
    byState.push(toHex(K.jobStateIndexKey(j.state, j.id)))
    for (const id of j.rightIds) {
      const asset = k.store.right(ctx, id)?.assetId
      if (asset === undefined) return `job ${j.id} names missing right ${id}`
      byAsset.push(toHex(K.jobAssetIndexKey(asset, j.id)))
    }
  }
  const same = (want: string[], have: string[]) => {
    const w = [...new Set(want)].sort()
    return w.length === have.length && w.every((x, i) => x === have[i])
  }
  if (!same(byState, keysUnder(k, ctx, K.JOB_STATE_INDEX_PREFIX)))
    return 'job state index differs from the jobs'
  if (!same(byAsset, keysUnder(k, ctx, K.JOB_ASSET_INDEX_PREFIX)))
    return 'job asset index differs from the jobs'
  return undefined
}
