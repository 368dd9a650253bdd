// The algorithm a job carries: for the built-in DP aggregates, a code hash (sha256 of the algorithm's name
// and version), one image digest for the built-in executor, and the parameters as canonical JSON pinned by
// params_hash. The requester builds it with `builtinAlgorithm`; the executor reads it back with
// `parseBuiltinParams`, which refuses anything it would not run exactly as asked.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { codeHashOf, type DpAlgorithm } from './dp-aggregates.js'
import { canonicalJson } from './result.js'

const ALGORITHMS: readonly DpAlgorithm[] = ['dp-count', 'dp-sum', 'dp-mean', 'dp-histogram']

/** The image digest of the built-in executor (the same code runs every built-in algorithm). */
export const BUILTIN_IMAGE_DIGEST = `sha256:${bytesToHex(sha256(new TextEncoder().encode('datum-executor/builtin-v1')))}`

export interface BuiltinParams {
  algorithm: DpAlgorithm
  column: string
  lower?: number
  upper?: number
  buckets?: string[]
  /** Which CSV file of the dataset (its manifest path); optional when the dataset holds one CSV. */
  file?: string
}

export interface JobAlgorithm {
  codeHash: string
  imageDigest: string
  params: string
  paramsHash: string
}

export class JobParamsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JobParamsError'
  }
}

const hashOf = (s: string): string => bytesToHex(sha256(new TextEncoder().encode(s)))

/** The allowlist entry an owner adds for a built-in algorithm. */
export const builtinAllowlistEntry = (algorithm: DpAlgorithm) => ({
  codeHash: codeHashOf(algorithm),
  imageDigest: BUILTIN_IMAGE_DIGEST,
  label: algorithm,
})

export function builtinAlgorithm(p: BuiltinParams): JobAlgorithm {
  const params = canonicalJson(checkParams(p))
  return {
    codeHash: codeHashOf(p.algorithm),
    imageDigest: BUILTIN_IMAGE_DIGEST,
    params,
    paramsHash: hashOf(params),
  }
}

function checkParams(p: BuiltinParams): BuiltinParams {
  if (!ALGORITHMS.includes(p.algorithm)) throw new JobParamsError(`unknown algorithm ${String(p.algorithm)}`)
  if (typeof p.column !== 'string' || p.column === '') throw new JobParamsError('column is required')
  const numeric = p.algorithm === 'dp-sum' || p.algorithm === 'dp-mean'
  if (numeric) {
    if (!Number.isFinite(p.lower) || !Number.isFinite(p.upper) || !(p.lower! < p.upper!))
      throw new JobParamsError(`${p.algorithm} needs finite lower < upper`)
  }
  if (p.algorithm === 'dp-histogram') {
    if (!Array.isArray(p.buckets) || p.buckets.length === 0 || p.buckets.length > 256)
      throw new JobParamsError('dp-histogram needs 1..256 buckets')
    if (new Set(p.buckets).size !== p.buckets.length) throw new JobParamsError('buckets must be distinct')
  }
  if (p.file !== undefined && (typeof p.file !== 'string' || p.file === ''))
    throw new JobParamsError('file must be a manifest path')
  const out: BuiltinParams = { algorithm: p.algorithm, column: p.column }
  if (numeric) Object.assign(out, { lower: p.lower, upper: p.upper })
  if (p.algorithm === 'dp-histogram') out.buckets = [...p.buckets!]
  if (p.file !== undefined) out.file = p.file
  return out
}

/** The executor's side: the job's algorithm must be a built-in, and its params exactly canonical. */
export function parseBuiltinParams(a: JobAlgorithm): BuiltinParams {
  if (a.imageDigest !== BUILTIN_IMAGE_DIGEST)
    throw new JobParamsError(`image ${a.imageDigest} is not built in`)
  let raw: unknown
  try {
    raw = JSON.parse(a.params)
  } catch {
    throw new JobParamsError('params are not JSON')
  }
  const p = checkParams(raw as BuiltinParams)
  if (codeHashOf(p.algorithm) !== a.codeHash)
    throw new JobParamsError(`code hash ${a.codeHash} is not that of ${p.algorithm}`)
  if (canonicalJson(p) !== a.params) throw new JobParamsError('params are not in canonical form')
  if (hashOf(a.params) !== a.paramsHash) throw new JobParamsError('params_hash does not match params')
  return p
}
