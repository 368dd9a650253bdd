// One job's computation: the built-in algorithm the job names, over the one dataset it names, with the
// job's keyed noise and the asset's output policy, digested with the job's secret and encrypted to the
// requester and every viewer. Chain access only through `accountKey`. A job that cannot run as requested
// (bad column or params, a viewer without a key, refused by the output policy) throws JobFault('ALGORITHM').
import { type DpResult, runDp } from '../dp-aggregates.js'
import { JobFault } from '../faults.js'
import { jobNoiseSeed, seededSource } from '../job-noise.js'
import { type BuiltinParams, parseBuiltinParams } from '../job-params.js'
import { outputPolicyOf, requireSize } from '../output-policy.js'
import { type PreparedResult, prepareResult, resultSecret } from '../result.js'
import type { JobView } from './chain-view.js'
import { DatasetError, type DatasetSource } from './dataset-source.js'
import { type FeatureModules, featureInput } from './feature-modules.js'
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
  /** Approvals and bytes of owner-approved feature modules (issue 16); jobs naming one need it. */
  features?: FeatureModules
  /** Test hook: report true result + 1 (the demo's lying executor). */
  lie?: boolean
  /** A viewer's public key from its account on chain, if it has one. */
  accountKey(address: string): Promise<Uint8Array | undefined>
}

/** The requester's output key, then each viewer's account key; a viewer nobody can encrypt to is a fault. */
export async function readerKeys(v: JobView, deps: Pick<ComputeDeps, 'accountKey'>): Promise<Uint8Array[]> {
  const keys = [v.job.outputKey]
  for (const viewer of v.job.viewers) {
    const key = await deps.accountKey(viewer)
    if (!key)
      throw new JobFault(
        'ALGORITHM',
        `viewer ${viewer} has no public key on chain (an account gets one with its first signed tx)`,
      )
    keys.push(key)
  }
  return keys
}

export async function computeJob(v: JobView, deps: ComputeDeps): Promise<PreparedResult> {
  const r = runnable(v, deps.grants)
  if ('why' in r) throw new JobRefused(r.why)
  let { params } = r
  const asset = v.assets[0]!
  const algorithm = v.job.algorithm!
  const readers = await readerKeys(v, deps)
  const dataKey = deps.grants.dataKey(asset.id)
  const csv = await deps.datasets
    .csv({ contentHash: asset.contentHash, storageUri: asset.storage?.uri ?? '' }, dataKey, params.file)
    .catch((e: unknown) => {
      // the job names a file the dataset lacks, or one the built-ins cannot read: it cannot run as requested
      if (e instanceof DatasetError && (e.code === 'NO_CSV' || e.code === 'TOO_LARGE'))
        throw new JobFault('ALGORITHM', e.message)
      throw e
    })
  let input = csv
  if (v.job.featureModuleHash)
    ({ csv: input, params } = await featureInput(v.job.featureModuleHash, asset, csv, params, deps.features))
  const seed = jobNoiseSeed(dataKey, deps.chainId, v.job.id, algorithm.paramsHash)
  const policy = outputPolicyOf(asset.computePolicy?.outputPolicy)
  let result = runDp(input, { ...params, epsilonMicro: v.job.epsilonMicro }, seededSource(seed), policy)
  if (deps.lie) result = falsified(result)
  const p = prepareResult(v.job.id, result, readers, resultSecret(dataKey, deps.chainId, v.job.id))
  requireSize(p.plaintext.length, policy)
  return p
}

function falsified(r: DpResult): DpResult {
  if (typeof r.value === 'number') return { ...r, value: r.value + 1 }
  const [first] = Object.keys(r.value)
  return first === undefined ? r : { ...r, value: { ...r.value, [first]: r.value[first]! + 1 } }
}
