// One job's computation: the built-in algorithm the job names, over the one dataset it names, with the
// job's keyed noise, prepared for commit/reveal and encrypted to the requester. Pure of chain access.
import { type DpResult, runDp } from '../dp-aggregates.js'
import { jobNoiseSeed, seededUniform } from '../job-noise.js'
import { type BuiltinParams, parseBuiltinParams } from '../job-params.js'
import { type PreparedResult, prepareResult } from '../result.js'
import type { JobView } from './chain-view.js'
import type { DatasetSource } from './dataset-source.js'
import type { Grants } from './grants.js'

export class JobRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JobRefused'
  }
}

/** The job's params when this daemon can run it, else why not (checked before accepting a job). */
function runnable(v: JobView, grants: Grants): { params: BuiltinParams } | { why: string } {
  if (v.assets.length !== 1) return { why: 'built-in algorithms take exactly one input asset' }
  const asset = v.assets[0]!
  if (v.pinnedVersions.get(asset.id) !== asset.version)
    return { why: `asset ${asset.id} moved past the pinned version` }
  if (!grants.has(asset.id)) return { why: `no data-key grant on chain for asset ${asset.id}` }
  if (v.job.outputKey.length !== 33) return { why: 'job has no compressed secp256k1 output key' }
  try {
    return { params: parseBuiltinParams(v.job.algorithm!) }
  } catch (e) {
    return { why: (e as Error).message }
  }
}

/** Why this daemon cannot run the job at all (checked before accepting, so no stake is locked in vain). */
export function refusal(v: JobView, grants: Grants): string | undefined {
  const r = runnable(v, grants)
  return 'why' in r ? r.why : undefined
}

export interface ComputeDeps {
  chainId: string
  grants: Grants
  datasets: DatasetSource
  /** Test hook: report true result + 1 (the demo's lying executor). */
  lie?: boolean
}

export async function computeJob(v: JobView, deps: ComputeDeps): Promise<PreparedResult> {
  const r = runnable(v, deps.grants)
  if ('why' in r) throw new JobRefused(r.why)
  const { params } = r
  const asset = v.assets[0]!
  const algorithm = v.job.algorithm!
  const dataKey = deps.grants.dataKey(asset.id)
  const csv = await deps.datasets.csv(
    { contentHash: asset.contentHash, storageUri: asset.storage?.uri ?? '' },
    dataKey,
    params.file,
  )
  const seed = jobNoiseSeed(dataKey, deps.chainId, v.job.id, algorithm.paramsHash)
  let result = runDp(csv, { ...params, epsilonMicro: v.job.epsilonMicro }, seededUniform(seed))
  if (deps.lie) result = falsified(result)
  return prepareResult(v.job.id, result, v.job.outputKey)
}

function falsified(r: DpResult): DpResult {
  if (typeof r.value === 'number') return { ...r, value: r.value + 1 }
  const [first] = Object.keys(r.value)
  return first === undefined ? r : { ...r, value: { ...r.value, [first]: r.value[first]! + 1 } }
}
