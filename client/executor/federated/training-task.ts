// What a federated training job asks of its participants: the same object at every participant (the daemon
// will fill it from the chain's training job; until then it is handed over whole). One participant per input
// asset, run by an executor granted that asset; the participant number is the 1-based position in
// `participants`. Hyperparameters are decimal strings, read as exact rationals or onto the 2^−32 grid, so the
// task means the same thing in every process.
import { sha256 } from '@noble/hashes/sha2.js'
import { type Rational, rational } from '../train/accountant.js'
import { parseFixed } from '../train/fixed-point.js'
import { linearRegression, logisticRegression, type Model, mlp } from '../train/models.js'
import { TrainingError } from './errors.js'

export type ModelFamily = 'linear' | 'logistic' | 'mlp'

export interface TrainingParticipant {
  /** The input asset whose rows this participant trains on. */
  readonly assetId: bigint
  /** The executor running it (bech32 address). */
  readonly executor: string
  /** The executor's registered secp256k1 key (compressed, hex): every message it sends is signed by it. */
  readonly pubKey: string
  /** Base URL of its federated endpoint, e.g. http://127.0.0.1:8711. */
  readonly endpoint: string
  /** The asset's declared row count (public: it sets the expected batch q·ΣN). */
  readonly rows: bigint
}

export interface TrainingHyperparameters {
  readonly rounds: number
  /** Poisson sampling rate q of a row per round, e.g. "0.01". */
  readonly samplingRate: string
  /** σ: the noise standard deviation over the clipping bound, e.g. "1.1". */
  readonly noiseMultiplier: string
  /** Per-example L2 clipping bound C, e.g. "1". */
  readonly clip: string
  readonly learningRate: string
  /** δ of the (ε, δ) guarantee, e.g. "1e-6" (ε itself is the chain's to compute from these). */
  readonly delta: string
}

/** How long a participant waits for its peers before treating them as dropped (ms). */
export interface TrainingTimeouts {
  /** For every peer's first message (processes start at different times). */
  readonly startMs: number
  /** For a peer's advertisement of a round (covers its local pass over its rows). */
  readonly roundMs: number
  /** For the other messages of a round. */
  readonly phaseMs: number
}

export const DEFAULT_TIMEOUTS: TrainingTimeouts = { startMs: 120_000, roundMs: 120_000, phaseMs: 30_000 }

export interface TrainingTask {
  readonly chainId: string
  readonly jobId: bigint
  readonly family: ModelFamily
  /** Hidden units (mlp only). */
  readonly hidden?: number
  /** Feature columns, in model order, and the label column, as named in the assets' shared schema. */
  readonly features: readonly string[]
  readonly label: string
  readonly hyper: TrainingHyperparameters
  /** Secure-aggregation threshold t in (n/2, n]: rounds go on while at least t participants remain. */
  readonly threshold: number
  readonly participants: readonly TrainingParticipant[]
  readonly timeouts?: TrainingTimeouts
  /** Measure and release each participant's contribution score after the last round (attribution.ts). */
  readonly attribution?: boolean
}

/** The task's numbers in the form the training code uses. */
export interface TrainingPlan {
  readonly model: Model
  readonly samplingRate: Rational
  readonly noiseMultiplier: Rational
  readonly clip: bigint
  readonly learningRate: bigint
  readonly delta: Rational
  readonly timeouts: TrainingTimeouts
  /** sha256 of the canonical task: binds every message, mask and the model digest to this exact task. */
  readonly taskHash: Uint8Array
}

const bad = (message: string): never => {
  throw new TrainingError('BAD_TASK', message)
}

function positiveRational(name: string, text: string, atMostOne = false): Rational {
  let r: Rational
  try {
    r = rational(text)
  } catch {
    return bad(`${name} ${JSON.stringify(text)} is not a decimal`)
  }
  if (r.num <= 0n) bad(`${name} must be positive`)
  if (atMostOne && r.num > r.den) bad(`${name} must not exceed 1`)
  return r
}

function positiveFixed(name: string, text: string): bigint {
  let v: bigint
  try {
    v = parseFixed(text)
  } catch {
    return bad(`${name} ${JSON.stringify(text)} is not a decimal`)
  }
  if (v <= 0n) bad(`${name} must be positive`)
  return v
}

/** Checks the task and reads its numbers; a task the participants could not all run the same way is BAD_TASK. */
export function planOf(task: TrainingTask): TrainingPlan {
  const n = task.participants.length
  if (n < 2) bad('federated training needs at least 2 participants')
  if (!Number.isInteger(task.threshold) || 2 * task.threshold <= n || task.threshold > n)
    bad(`threshold ${task.threshold} must be in (n/2, n] for n = ${n}`)
  if (!Number.isInteger(task.hyper.rounds) || task.hyper.rounds < 1) bad('rounds must be a positive integer')
  if (task.features.length < 1) bad('no feature columns')
  if (new Set([...task.features, task.label]).size !== task.features.length + 1)
    bad('feature and label columns must be distinct')
  const assets = new Set(task.participants.map((p) => p.assetId))
  if (assets.size !== n) bad('one participant per input asset')
  for (const p of task.participants) {
    if (!/^0[23][0-9a-f]{64}$/.test(p.pubKey)) bad(`participant key ${p.pubKey} is not a compressed key`)
    if (!/^https?:\/\/[^/]+$/.test(p.endpoint)) bad(`endpoint ${p.endpoint} is not a base URL`)
    if (p.rows < 1n) bad(`asset ${p.assetId} declares no rows`)
  }
  const d = task.features.length
  let model: Model
  if (task.family === 'linear') model = linearRegression(d)
  else if (task.family === 'logistic') model = logisticRegression(d)
  else if (task.family === 'mlp') {
    if (!Number.isInteger(task.hidden) || (task.hidden ?? 0) < 1) bad('an mlp needs hidden ≥ 1')
    model = mlp(d, task.hidden!)
  } else return bad(`unknown model family ${JSON.stringify(task.family)}`)
  const delta = positiveRational('delta', task.hyper.delta)
  if (delta.num >= delta.den) bad('delta must be below 1')
  return {
    model,
    samplingRate: positiveRational('sampling rate', task.hyper.samplingRate, true),
    noiseMultiplier: positiveRational('noise multiplier', task.hyper.noiseMultiplier),
    clip: positiveFixed('clipping bound', task.hyper.clip),
    learningRate: positiveFixed('learning rate', task.hyper.learningRate),
    delta,
    timeouts: task.timeouts ?? DEFAULT_TIMEOUTS,
    taskHash: taskHash(task),
  }
}

/**
 * The canonical text of everything that determines the trained weights (fixed field order, bigints in
 * decimal). Endpoints and timeouts are transport, not meaning, and are left out.
 */
export function canonicalTask(task: TrainingTask): string {
  return JSON.stringify([
    'datum-training-task-v1',
    task.chainId,
    task.jobId.toString(),
    task.family,
    task.hidden ?? 0,
    task.features,
    task.label,
    [
      task.hyper.rounds,
      task.hyper.samplingRate,
      task.hyper.noiseMultiplier,
      task.hyper.clip,
      task.hyper.learningRate,
      task.hyper.delta,
    ],
    task.threshold,
    task.participants.map((p) => [p.assetId.toString(), p.executor, p.pubKey, p.rows.toString()]),
    // appended only when asked, so a task without attribution keeps its hash (and its model digest)
    ...(task.attribution ? ['attribution'] : []),
  ])
}

export const taskHash = (task: TrainingTask): Uint8Array =>
  sha256(new TextEncoder().encode(canonicalTask(task)))

/** JSON form (bigints as decimal strings), for handing a task to another process. */
export function taskToJson(task: TrainingTask): string {
  return JSON.stringify(task, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))
}

type JsonParticipant = Omit<TrainingParticipant, 'assetId' | 'rows'> & { assetId: string; rows: string }
type JsonTask = Omit<TrainingTask, 'jobId' | 'participants'> & {
  jobId: string
  participants: JsonParticipant[]
}

export function taskFromJson(text: string): TrainingTask {
  const o = JSON.parse(text) as JsonTask
  return {
    ...o,
    jobId: BigInt(o.jobId),
    participants: o.participants.map((p) => ({ ...p, assetId: BigInt(p.assetId), rows: BigInt(p.rows) })),
  }
}
