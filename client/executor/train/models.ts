// The model families a training job may request, in fixed point (fixed-point.ts): linear regression, logistic
// regression and a one-hidden-layer ReLU MLP for binary classification. Each model is a flat parameter vector
// plus pure functions (forward, loss, per-example gradient); the DP machinery only ever sees per-example
// gradients clipped to L2 norm ≤ C, which is what bounds one example's influence (the sensitivity).
import type { RandomSource } from '../random-source.js'
import { dot, FixedPointError, isqrt, log, mul, ONE, sigmoid } from './fixed-point.js'

/** One row: features and label on the 2^−32 grid (labels 0 or ONE for the classifiers). */
export interface Example {
  readonly x: readonly bigint[]
  readonly y: bigint
}

export type ModelKind = 'linear' | 'logistic' | 'mlp'

export interface Model {
  readonly kind: ModelKind
  readonly inputs: number
  /** Hidden units (0 for the linear models). */
  readonly hidden: number
  /** Number of parameters. */
  readonly size: number
  /** The prediction: a value (linear) or a probability of label 1 (logistic, mlp). */
  predict(w: readonly bigint[], x: readonly bigint[]): bigint
  loss(w: readonly bigint[], ex: Example): bigint
  /** ∂loss/∂w for one example (unclipped). */
  gradient(w: readonly bigint[], ex: Example): bigint[]
}

export class ModelError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ModelError'
  }
}

function checkShape(model: Model, w: readonly bigint[], x: readonly bigint[]): void {
  if (w.length !== model.size)
    throw new ModelError(`${model.kind}: ${w.length} parameters, expected ${model.size}`)
  if (x.length !== model.inputs)
    throw new ModelError(`${model.kind}: ${x.length} features, expected ${model.inputs}`)
}

/** A probability kept one grid step inside (0, 1) so that its log is finite. */
const inside = (p: bigint): bigint => (p < 1n ? 1n : p > ONE - 1n ? ONE - 1n : p)

/** Binary cross-entropy −y·ln p − (1 − y)·ln(1 − p). */
const crossEntropy = (p: bigint, y: bigint): bigint => {
  const q = inside(p)
  return -(mul(y, log(q)) + mul(ONE - y, log(ONE - q)))
}

/** Parameters w₀..w_{d−1}, bias b: ŷ = w·x + b, loss (ŷ − y)²/2. */
export function linearRegression(inputs: number): Model {
  const model: Model = {
    kind: 'linear',
    inputs,
    hidden: 0,
    size: inputs + 1,
    predict(w, x) {
      checkShape(model, w, x)
      return dot(w.slice(0, inputs), x) + w[inputs]!
    },
    loss(w, ex) {
      const r = model.predict(w, ex.x) - ex.y
      return mul(r, r) >> 1n
    },
    gradient(w, ex) {
      const r = model.predict(w, ex.x) - ex.y
      return [...ex.x.map((xi) => mul(r, xi)), r]
    },
  }
  return model
}

/** Parameters w, b: P(y = 1) = σ(w·x + b), loss = cross-entropy, gradient (p − y)·[x, 1]. */
export function logisticRegression(inputs: number): Model {
  const model: Model = {
    kind: 'logistic',
    inputs,
    hidden: 0,
    size: inputs + 1,
    predict(w, x) {
      checkShape(model, w, x)
      return sigmoid(dot(w.slice(0, inputs), x) + w[inputs]!)
    },
    loss(w, ex) {
      return crossEntropy(model.predict(w, ex.x), ex.y)
    },
    gradient(w, ex) {
      const r = model.predict(w, ex.x) - ex.y
      return [...ex.x.map((xi) => mul(r, xi)), r]
    },
  }
  return model
}

/**
 * One hidden ReLU layer of `hidden` units, sigmoid output. Layout: W₁ (hidden × inputs, row-major), b₁
 * (hidden), w₂ (hidden), b₂.
 */
export function mlp(inputs: number, hidden: number): Model {
  if (hidden < 1) throw new ModelError('an MLP needs at least one hidden unit')
  const offB1 = hidden * inputs
  const offW2 = offB1 + hidden
  const offB2 = offW2 + hidden
  const forward = (w: readonly bigint[], x: readonly bigint[]) => {
    checkShape(model, w, x)
    const pre: bigint[] = []
    for (let j = 0; j < hidden; j++) pre.push(dot(w.slice(j * inputs, (j + 1) * inputs), x) + w[offB1 + j]!)
    const h = pre.map((v) => (v > 0n ? v : 0n))
    const p = sigmoid(dot(w.slice(offW2, offB2), h) + w[offB2]!)
    return { pre, h, p }
  }
  const model: Model = {
    kind: 'mlp',
    inputs,
    hidden,
    size: offB2 + 1,
    predict: (w, x) => forward(w, x).p,
    loss: (w, ex) => crossEntropy(forward(w, ex.x).p, ex.y),
    gradient(w, ex) {
      const { pre, h, p } = forward(w, ex.x)
      const dz = p - ex.y
      const g = new Array<bigint>(model.size).fill(0n)
      for (let j = 0; j < hidden; j++) {
        g[offW2 + j] = mul(dz, h[j]!)
        if (pre[j]! <= 0n) continue // ReLU′ = 0 (and 0 at 0, a fixed convention)
        const dh = mul(dz, w[offW2 + j]!)
        g[offB1 + j] = dh
        for (let i = 0; i < inputs; i++) g[j * inputs + i] = mul(dh, ex.x[i]!)
      }
      g[offB2] = dz
      return g
    },
  }
  return model
}

/**
 * Initial parameters: zeros for the convex models; for the MLP, weights uniform on the grid in ±1/√fan-in
 * drawn from `rng` (a keyed job stream makes the start reproducible), biases zero.
 */
export function initialParameters(model: Model, rng: RandomSource): bigint[] {
  const w = new Array<bigint>(model.size).fill(0n)
  if (model.kind !== 'mlp') return w
  const hidden = model.hidden
  const bound = (limit: bigint) => rng.below(2n * limit + 1n) - limit
  const invSqrt = (n: number) => (ONE * ONE) / isqrt(BigInt(n) * ONE * ONE)
  const l1 = invSqrt(model.inputs)
  const l2 = invSqrt(hidden)
  for (let j = 0; j < hidden * model.inputs; j++) w[j] = bound(l1)
  for (let j = 0; j < hidden; j++) w[hidden * model.inputs + hidden + j] = bound(l2)
  return w
}

/** ⌈‖v‖₂⌉ on the grid (the ceiling, so that scaling by C/⌈‖v‖⌉ never overshoots C). */
export function normCeil(v: readonly bigint[]): bigint {
  const s = v.reduce((acc, x) => acc + x * x, 0n)
  const r = isqrt(s)
  return r * r === s ? r : r + 1n
}

/**
 * Per-example L2 clipping: v · min(1, C/‖v‖). Each coordinate is scaled with truncation toward zero and the
 * norm taken as a ceiling, so the result's norm is ≤ C exactly, not just approximately.
 */
export function clip(v: readonly bigint[], c: bigint): bigint[] {
  if (c <= 0n) throw new FixedPointError(`clipping bound ${c} must be positive`)
  const n = normCeil(v)
  if (n <= c) return [...v]
  return v.map((x) => (x * c) / n)
}

/** w − η·g. */
export const sgdStep = (w: readonly bigint[], g: readonly bigint[], lr: bigint): bigint[] =>
  w.map((wi, i) => wi - mul(lr, g[i]!))

/** Fraction of examples classified correctly (threshold ½), as a double for reporting. */
export function accuracy(model: Model, w: readonly bigint[], data: readonly Example[]): number {
  let right = 0
  for (const ex of data) if (model.predict(w, ex.x) >= ONE / 2n === ex.y >= ONE / 2n) right++
  return right / data.length
}

/** Mean loss on the grid (rounded down). */
export function meanLoss(model: Model, w: readonly bigint[], data: readonly Example[]): bigint {
  let s = 0n
  for (const ex of data) s += model.loss(w, ex)
  return s / BigInt(data.length)
}
