// The job indexes equal a scan of the jobs: one state-index entry per job under its current state, one
// job-asset entry per (asset of its rights, job). Stale or missing entries would make JobsByState and
// JobsByAsset lie to executors and requesters.
import { Job } from '../../proto/gen/datum/computeright/v1/index.js'
import { type Context, type Invariant, prefixIterator, toHex } from '../sdk/index.js'
import type { ComputeRightKeeper } from './keeper.js'
import * as K from './keys.js'

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

export const jobIndexInvariant = (k: ComputeRightKeeper): Invariant => ({
  name: 'computeright/job-indexes',
  check: (ctx) => jobIndexMismatch(k, ctx),
})
