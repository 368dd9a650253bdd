// Inference on a registered MODEL asset (issue 16): the built-in `model-inference` algorithm applies the
// model's attested weights to the buyer's rows and returns one prediction per row on the 2^−32 grid.
//   - The model package (encrypted like a dataset, its data key granted to executors) holds `model.bin`, the
//     exact bytes the training job attested (model-digest.ts: its sha256 is the lineage's model digest), and
//     `model.json` naming the feature columns in the order the weights expect (and optionally the label). The
//     attested digest covers only `model.bin`, so the names are checked against the training job the
//     lineage names (`checkModelInfo`): a model.json naming other columns is the owner's DATA fault.
//   - The buyer's rows never go on chain: a CSV sealed (envelope.ts) to the executors granted the model, stored
//     at a URI; the job's params pin that URI and the sealed bytes' sha256.
//   - Prediction is fixed-point (models.ts), so every executor of the quorum commits the same result.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { CsvError, parseCsv } from './csv.js'
import { sealFor } from './envelope.js'
import { BUILTIN_IMAGE_DIGEST, type JobAlgorithm } from './job-params.js'
import { canonicalJson } from './result.js'
import { decodeVector, FixedPointError, parseFixed } from './train/fixed-point.js'
import { linearRegression, logisticRegression, type Model, mlp } from './train/models.js'

export const MODEL_INFERENCE = 'model-inference'
/** Rows one inference job may score (the result is sealed whole, so it stays small). */
export const MAX_INFERENCE_ROWS = 10_000

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const hashOf = (b: Uint8Array | string): string => bytesToHex(sha256(typeof b === 'string' ? utf8(b) : b))

export const INFERENCE_CODE_HASH = hashOf('datum-executor/model-inference-v1')

/** The allowlist entry a model owner adds so buyers may run the built-in inference on the model. */
export const inferenceAllowlistEntry = () => ({
  codeHash: INFERENCE_CODE_HASH,
  imageDigest: BUILTIN_IMAGE_DIGEST,
  label: MODEL_INFERENCE,
})

export class InferenceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InferenceError'
  }
}

/** What an inference job's executors commit to and seal to the buyer. */
export interface InferenceResult {
  algorithm: typeof MODEL_INFERENCE
  /** The model's attested digest (its lineage), so the buyer knows which weights answered. */
  modelDigest: string
  /** One per input row, in order: raw values on the 2^−32 grid, as decimal integers. */
  predictions: string[]
}

export interface InferenceParams {
  algorithm: typeof MODEL_INFERENCE
  /** Where the sealed input CSV is (file:// or http(s)://) and the sha256 of its sealed bytes. */
  input: { uri: string; sha256: string }
}

function checkParams(p: InferenceParams): InferenceParams {
  if (p?.algorithm !== MODEL_INFERENCE) throw new InferenceError(`unknown algorithm ${String(p?.algorithm)}`)
  const uri = p.input?.uri
  if (typeof uri !== 'string' || !/^(file|https?):\/\//.test(uri))
    throw new InferenceError('input.uri must be file:// or http(s)://')
  if (typeof p.input.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(p.input.sha256))
    throw new InferenceError('input.sha256 must be 64 lowercase hex digits')
  return { algorithm: MODEL_INFERENCE, input: { uri, sha256: p.input.sha256 } }
}

/** The job algorithm a buyer requests: the built-in inference with its input pinned by hash. */
export function inferenceAlgorithm(p: InferenceParams): JobAlgorithm {
  const params = canonicalJson(checkParams(p))
  return {
    codeHash: INFERENCE_CODE_HASH,
    imageDigest: BUILTIN_IMAGE_DIGEST,
    params,
    paramsHash: hashOf(params),
  }
}

/** The executor's side: exactly the built-in inference, params canonical and pinned. */
export function parseInferenceParams(a: JobAlgorithm): InferenceParams {
  if (a.codeHash !== INFERENCE_CODE_HASH) throw new InferenceError(`code hash ${a.codeHash} is not inference`)
  if (a.imageDigest !== BUILTIN_IMAGE_DIGEST)
    throw new InferenceError(`image ${a.imageDigest} is not built in`)
  let raw: unknown
  try {
    raw = JSON.parse(a.params)
  } catch {
    throw new InferenceError('params are not JSON')
  }
  const p = checkParams(raw as InferenceParams)
  if (canonicalJson(p) !== a.params) throw new InferenceError('params are not in canonical form')
  if (hashOf(a.params) !== a.paramsHash) throw new InferenceError('params_hash does not match params')
  return p
}

/** The buyer's side: the input CSV sealed to the executors' registered keys, and its pin for the params. */
export function sealInferenceInput(
  executorKeys: Uint8Array[],
  csv: string,
): { sealed: Uint8Array; sha256: string } {
  const sealed = sealFor(executorKeys, utf8(csv))
  return { sealed, sha256: hashOf(sealed) }
}

export const sha256Hex = (b: Uint8Array): string => hashOf(b)

const HEAD = utf8('datum-model-v1|')
const TASK_HASH_BYTES = 32

/** The model and weights in `model.bin` (the attested encoding of model-digest.ts). */
export function parseModelBytes(bytes: Uint8Array): { model: Model; weights: bigint[] } {
  const fail = (why: string): never => {
    throw new InferenceError(`model.bin: ${why}`)
  }
  if (!HEAD.every((b, i) => bytes[i] === b)) fail('not a datum-model-v1 encoding')
  let at = HEAD.length + TASK_HASH_BYTES
  if (bytes[at] !== 0x7c) fail('no separator after the task hash')
  // "|<family>|<inputs>|<hidden>|<size>|": five separators, ASCII
  const fields: string[] = []
  let start = at + 1
  for (at = start; at < bytes.length && fields.length < 4; at++)
    if (bytes[at] === 0x7c) {
      fields.push(new TextDecoder().decode(bytes.subarray(start, at)))
      start = at + 1
    }
  if (fields.length !== 4) fail('truncated header')
  const [kind, inputsText, hiddenText, sizeText] = fields as [string, string, string, string]
  const int = (t: string) => (/^\d{1,6}$/.test(t) ? Number(t) : fail(`${JSON.stringify(t)} is not a count`))
  const inputs = int(inputsText)
  const hidden = int(hiddenText)
  const model =
    kind === 'linear'
      ? linearRegression(inputs)
      : kind === 'logistic'
        ? logisticRegression(inputs)
        : kind === 'mlp'
          ? mlp(inputs, hidden)
          : fail(`unknown family ${JSON.stringify(kind)}`)
  const body = bytes.subarray(start)
  if (int(sizeText) !== model.size || body.length !== model.size * 8)
    fail(`${body.length / 8} weights, a ${kind} model of ${inputs}×${hidden} has ${model.size}`)
  return { model, weights: decodeVector(body) }
}

export interface ModelInfo {
  readonly featureColumns: string[]
  /** The label the model predicts, if model.json names it. */
  readonly labelColumn?: string
}

/** `model.json`: the feature columns, in the order of the model's inputs, and optionally the label column. */
export function parseModelInfo(text: string, model: Model): ModelInfo {
  let raw: { featureColumns?: unknown; labelColumn?: unknown }
  try {
    raw = JSON.parse(text)
  } catch {
    throw new InferenceError('model.json is not JSON')
  }
  const cols = raw.featureColumns
  if (!Array.isArray(cols) || cols.length !== model.inputs || !cols.every((c) => typeof c === 'string'))
    throw new InferenceError(`model.json must name ${model.inputs} feature columns`)
  if (raw.labelColumn !== undefined && typeof raw.labelColumn !== 'string')
    throw new InferenceError('model.json labelColumn must be a string')
  return {
    featureColumns: cols as string[],
    ...(raw.labelColumn !== undefined ? { labelColumn: raw.labelColumn as string } : {}),
  }
}

/**
 * The names model.json gives must be the training job's: its `feature_columns` in order (the weights were
 * trained on exactly those) and, if named, its `label_column`. Otherwise the model would be applied to other
 * columns than it learned from, silently.
 */
export function checkModelInfo(
  info: ModelInfo,
  training: { readonly featureColumns: readonly string[]; readonly labelColumn: string },
): void {
  const same =
    info.featureColumns.length === training.featureColumns.length &&
    info.featureColumns.every((c, i) => c === training.featureColumns[i])
  if (!same)
    throw new InferenceError(
      `model.json feature columns [${info.featureColumns}] are not the training job's [${training.featureColumns}]`,
    )
  if (info.labelColumn !== undefined && info.labelColumn !== training.labelColumn)
    throw new InferenceError(
      `model.json label ${JSON.stringify(info.labelColumn)} is not the training job's ${JSON.stringify(training.labelColumn)}`,
    )
}

/** One prediction per row of `csv` (raw 2^−32 grid values): the value (linear) or P(label 1). */
export function predictCsv(
  model: Model,
  weights: readonly bigint[],
  featureColumns: readonly string[],
  csv: string,
): bigint[] {
  try {
    const { header, rows } = parseCsv(csv)
    if (rows.length === 0 || rows.length > MAX_INFERENCE_ROWS)
      throw new InferenceError(`input has ${rows.length} rows, 1..${MAX_INFERENCE_ROWS} allowed`)
    const idx = featureColumns.map((c) => {
      const i = header.indexOf(c)
      if (i < 0) throw new InferenceError(`input has no column ${JSON.stringify(c)}`)
      return i
    })
    return rows.map((r) =>
      model.predict(
        weights,
        idx.map((i) => parseFixed(r[i]!)),
      ),
    )
  } catch (e) {
    if (e instanceof CsvError || e instanceof FixedPointError) throw new InferenceError(`input: ${e.message}`)
    throw e
  }
}
