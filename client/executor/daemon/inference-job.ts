// The daemon's side of an inference job on a MODEL asset (issue 16): open the model package with the granted
// data key, check that `model.bin` is the model the training job attested (sha256 = the lineage's model
// digest, else the owner's DATA fault) and that `model.json` names the columns of the training job the lineage
// names (the digest does not cover model.json; other names are the owner's DATA fault too), open the buyer's
// input sealed to this executor, predict every row in fixed point, and seal the result to the requester and
// viewers like any job's result.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Job } from '../../../proto/gen/datum/computeright/v1/index.js'
import { AssetKind } from '../../../proto/gen/datum/dataasset/v1/index.js'
import { EciesError } from '../ecies.js'
import { openWith } from '../envelope.js'
import { JobFault } from '../faults.js'
import {
  checkModelInfo,
  InferenceError,
  type InferenceParams,
  type InferenceResult,
  MODEL_INFERENCE,
  parseInferenceParams,
  parseModelBytes,
  parseModelInfo,
  predictCsv,
  sha256Hex,
} from '../model-inference.js'
import { type PreparedResult, prepareResult, resultSecret } from '../result.js'
import type { JobView } from './chain-view.js'
import type { Grants } from './grants.js'
import { type ComputeDeps, readerKeys } from './job-compute.js'

/** Sealed input bytes an inference job may name at most. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024

/** A job on a model asset: the chain admits only inference on those (computeright 29). */
export const isInferenceJob = (v: Pick<JobView, 'assets'>): boolean =>
  v.assets.length === 1 && v.assets[0]!.kind === AssetKind.ASSET_KIND_MODEL

function runnable(v: JobView, grants: Grants): { params: InferenceParams } | { why: string } {
  const asset = v.assets[0]!
  if (v.pinnedVersions.get(asset.id) !== asset.version)
    return { why: `asset ${asset.id} moved past the pinned version` }
  if (!grants.has(asset.id)) return { why: `no data-key grant on chain for model ${asset.id}` }
  if (!asset.lineage?.modelDigest) return { why: `model ${asset.id} has no lineage` }
  if (v.job.outputKey.length !== 33) return { why: 'job has no compressed secp256k1 output key' }
  if (v.job.featureModuleHash) return { why: 'inference takes no feature module' }
  try {
    return { params: parseInferenceParams(v.job.algorithm!) }
  } catch (e) {
    return { why: (e as Error).message }
  }
}

/** Why this daemon cannot run the inference job at all (checked before accepting). */
export function inferenceRefusal(v: JobView, grants: Grants): string | undefined {
  const r = runnable(v, grants)
  return 'why' in r ? r.why : undefined
}

async function fetchSealedInput(uri: string): Promise<Uint8Array> {
  if (uri.startsWith('file://')) return new Uint8Array(await readFile(fileURLToPath(uri)))
  const res = await fetch(uri, { signal: AbortSignal.timeout(120_000) })
  if (!res.ok) throw new Error(`input ${uri} answered ${res.status}`)
  const bytes = new Uint8Array(await res.arrayBuffer())
  if (bytes.length > MAX_INPUT_BYTES) throw new JobFault('ALGORITHM', `input ${uri} is over 64 MiB`)
  return bytes
}

export interface InferenceDeps extends ComputeDeps {
  /** This executor's registered secret key: the buyer's input is sealed to it. */
  secretKey: Uint8Array
  /** The job on chain that trained the model (its lineage's job id). */
  trainingJob(id: bigint): Promise<Job>
}

export async function runInference(v: JobView, deps: InferenceDeps): Promise<PreparedResult> {
  const r = runnable(v, deps.grants)
  if ('why' in r) throw new Error(r.why)
  const asset = v.assets[0]!
  const attested = asset.lineage!.modelDigest
  const readers = await readerKeys(v, deps)
  const dataKey = deps.grants.dataKey(asset.id)
  const sealed = await fetchSealedInput(r.params.input.uri)
  if (sha256Hex(sealed) !== r.params.input.sha256)
    throw new JobFault('ALGORITHM', `input at ${r.params.input.uri} is not the one the job pins`)
  let csv: string
  try {
    csv = new TextDecoder().decode(openWith(deps.secretKey, sealed).payload)
  } catch (e) {
    if (e instanceof EciesError) throw new JobFault('ALGORITHM', `input: ${e.message}`)
    throw e
  }
  const ref = { contentHash: asset.contentHash, storageUri: asset.storage?.uri ?? '' }
  const { bin, info } = await deps.datasets.withPackage(ref, dataKey, async (dir, files) => {
    const has = (name: string) => files.some((f) => f.path === name)
    if (!has('model.bin') || !has('model.json'))
      throw new JobFault('DATA', `model ${asset.id}: package lacks model.bin or model.json`)
    return {
      bin: new Uint8Array(await readFile(join(dir, 'model.bin'))),
      info: await readFile(join(dir, 'model.json'), 'utf8'),
    }
  })
  if (sha256Hex(bin) !== attested)
    throw new JobFault('DATA', `model ${asset.id}: model.bin is not the attested model ${attested}`)
  // the attested bytes parse; model.json is the owner's (DATA), the rows are the buyer's (ALGORITHM)
  const { model, weights } = parseModelBytes(bin)
  const asFault = <T>(faultClass: 'DATA' | 'ALGORITHM', f: () => T): T => {
    try {
      return f()
    } catch (e) {
      if (e instanceof InferenceError) throw new JobFault(faultClass, e.message)
      throw e
    }
  }
  const modelInfo = asFault('DATA', () => parseModelInfo(info, model))
  const lineageJob = asset.lineage!.jobId
  const training = (await deps.trainingJob(lineageJob)).training
  // the chain registers a model only from a finalized training job; a job without a spec is a chain fault
  if (!training) throw new Error(`model ${asset.id}: lineage job ${lineageJob} has no training spec`)
  asFault('DATA', () => checkModelInfo(modelInfo, training))
  const { featureColumns } = modelInfo
  const predictions = asFault('ALGORITHM', () => predictCsv(model, weights, featureColumns, csv))
  const result: InferenceResult = {
    algorithm: MODEL_INFERENCE,
    modelDigest: attested,
    predictions: predictions.map((p) => p.toString()),
  }
  return prepareResult(v.job.id, result, readers, resultSecret(dataKey, deps.chainId, v.job.id))
}
