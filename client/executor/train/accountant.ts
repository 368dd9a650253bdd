// Privacy accounting for DP-SGD / DP-FedAvg: the Rényi-DP accountant of the Poisson-subsampled Gaussian
// mechanism (Mironov, "Rényi Differential Privacy", CSF 2017; Mironov, Talwar, Zhang, "Rényi Differential
// Privacy of the Sampled Gaussian Mechanism", 2019). For an integer order α ≥ 2, sampling rate q and noise
// multiplier σ (noise std / clipping bound), one step is (α, ε_α)-RDP with
//   ε_α = log(A_α) / (α − 1),   A_α = Σ_{k=0}^{α} C(α, k) (1 − q)^{α−k} q^k exp((k² − k) / (2σ²)),
// T steps compose to T·ε_α, and (α, ρ)-RDP implies (ρ + log(1/δ)/(α − 1), δ)-DP (Mironov 2017, prop. 3);
// ε is the minimum over the orders. This is the conversion TensorFlow Privacy's compute_dp_sgd_privacy used
// for its published figures; the tighter conversion of Balle et al. 2020 is deliberately not used (ours is
// never smaller, so a charge computed here is never an under-charge).
//
// Determinism: the chain must charge the same micro-ε on every validator, with integers only. So everything
// here is bigint: q, σ and δ are rationals, each log and exp is the integer series of fixed-point.ts at 64
// fraction bits, the sum is a log-sum-exp on that grid, and the result is rounded UP to whole micro-ε. The
// same function can run inside a module unchanged (it imports nothing but fixed-point.ts). Only integer
// orders are used (no fractional orders), which can only make ε larger than an accountant that also tries
// fractional ones (by 0.3% at most on the published examples, see accountant.test.ts).
import { exp, log, roundDiv } from './fixed-point.js'

/** A non-negative rational num/den. */
export interface Rational {
  readonly num: bigint
  readonly den: bigint
}

export class AccountantError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AccountantError'
  }
}

/** Fraction bits of the accountant's internal grid. */
const P = 64
const ONE = 1n << BigInt(P)
/** The integer orders tried (those of TF Privacy's integer list: 2..64 and the large ones). */
export const ORDERS: readonly number[] = [...Array.from({ length: 63 }, (_, i) => i + 2), 128, 256, 512]
/** Terms more than 70·ln 2 below the largest add < 2^−70 each (at most 513 of them): skipped. */
const NEGLIGIBLE = 70n * log(2n << BigInt(P), P)

/** A decimal string ("1.1", "1e-5", "0.00427") as an exact rational. */
export function rational(text: string): Rational {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim())
  if (!m || (m[1] === '' && (m[2] ?? '') === ''))
    throw new AccountantError(`${JSON.stringify(text)} is not a decimal`)
  const frac = m[2] ?? ''
  const e = Number(m[3] ?? '0') - frac.length
  const digits = BigInt(`${m[1] || '0'}${frac}`)
  return e >= 0 ? { num: digits * 10n ** BigInt(e), den: 1n } : { num: digits, den: 10n ** BigInt(-e) }
}

const logCache = new Map<bigint, bigint>()
/** ln n on the grid for an integer n ≥ 1 (cached: the binomials reuse them). */
function logInt(n: bigint): bigint {
  let v = logCache.get(n)
  if (v === undefined) {
    v = log(n << BigInt(P), P)
    logCache.set(n, v)
  }
  return v
}

const logRational = (r: Rational): bigint => logInt(r.num) - logInt(r.den)

function checkRational(name: string, r: Rational): void {
  if (r.den < 1n || r.num < 0n)
    throw new AccountantError(`${name} ${r.num}/${r.den} is not a non-negative rational`)
}

/** log A_α on the grid for one step of the subsampled Gaussian (0 < q < 1). */
function logA(alpha: number, q: Rational, sigma: Rational): bigint {
  const a = BigInt(alpha)
  const logQ = logRational(q)
  const log1mQ = logRational({ num: q.den - q.num, den: q.den })
  const twoSigma2 = 2n * sigma.num * sigma.num
  const sigmaDen2 = sigma.den * sigma.den
  const terms: bigint[] = []
  let logBinom = 0n // log C(α, 0)
  for (let k = 0n; k <= a; k++) {
    if (k > 0n) logBinom += logInt(a - k + 1n) - logInt(k)
    const quad = roundDiv((k * k - k) * sigmaDen2 * ONE, twoSigma2)
    terms.push(logBinom + k * logQ + (a - k) * log1mQ + quad)
  }
  const max = terms.reduce((m, t) => (t > m ? t : m))
  let sum = 0n
  for (const t of terms) if (max - t < NEGLIGIBLE) sum += exp(t - max, P)
  return max + log(sum, P)
}

/** RDP ε_α of one step, on the grid (raw · 2^−64). */
export function stepRdp(alpha: number, q: Rational, sigma: Rational): bigint {
  if (!Number.isInteger(alpha) || alpha < 2)
    throw new AccountantError(`order ${alpha} must be an integer ≥ 2`)
  checkRational('sampling rate', q)
  checkRational('noise multiplier', sigma)
  if (q.num > q.den) throw new AccountantError('sampling rate above 1')
  if (sigma.num === 0n) throw new AccountantError('noise multiplier must be positive')
  if (q.num === 0n) return 0n
  // q = 1: the plain Gaussian mechanism, α/(2σ²) exactly
  if (q.num === q.den)
    return roundDiv(BigInt(alpha) * sigma.den * sigma.den * ONE, 2n * sigma.num * sigma.num)
  return roundDiv(logA(alpha, q, sigma), BigInt(alpha - 1))
}

/** The hyperparameters a training job declares; ε depends on all but the clipping bound. */
export interface PrivacyParams {
  /** Steps (DP-FedAvg rounds) the data set takes part in. */
  readonly steps: bigint
  /** Poisson sampling rate of a row per step (expected batch / rows). */
  readonly samplingRate: Rational
  /** Noise standard deviation divided by the clipping bound. */
  readonly noiseMultiplier: Rational
  readonly delta: Rational
}

export interface PrivacySpent {
  /** ε rounded up to whole millionths. */
  readonly microEpsilon: bigint
  /** The order that achieved the minimum. */
  readonly order: number
}

/** (ε, δ) of the whole training: min over integer orders of T·ε_α + log(1/δ)/(α − 1), rounded up to micro-ε. */
export function privacySpent(params: PrivacyParams, orders: readonly number[] = ORDERS): PrivacySpent {
  checkRational('delta', params.delta)
  if (params.delta.num === 0n || params.delta.num >= params.delta.den)
    throw new AccountantError('delta must lie in (0, 1)')
  if (params.steps < 0n) throw new AccountantError('steps must be non-negative')
  const logInvDelta = logInt(params.delta.den) - logInt(params.delta.num)
  let best: { eps: bigint; order: number } | undefined
  for (const alpha of orders) {
    const rdp = params.steps * stepRdp(alpha, params.samplingRate, params.noiseMultiplier)
    const eps = rdp + roundDiv(logInvDelta, BigInt(alpha - 1))
    if (!best || eps < best.eps) best = { eps, order: alpha }
  }
  if (!best) throw new AccountantError('no orders given')
  const micro = best.eps * 1_000_000n
  return { microEpsilon: micro <= 0n ? 0n : (micro + ONE - 1n) >> BigInt(P), order: best.order }
}

/**
 * The smallest noise multiplier on the grid 1/`resolution` whose ε does not exceed `targetMicroEpsilon` (by
 * bisection; ε is decreasing in σ). Used by a requester to choose σ; the chain recomputes ε from the result.
 */
export function noiseMultiplierFor(
  targetMicroEpsilon: bigint,
  base: Omit<PrivacyParams, 'noiseMultiplier'>,
  resolution = 1000n,
  maxSigma = 100n,
): Rational {
  const fits = (n: bigint) =>
    privacySpent({ ...base, noiseMultiplier: { num: n, den: resolution } }).microEpsilon <= targetMicroEpsilon
  let hi = maxSigma * resolution
  if (!fits(hi)) throw new AccountantError(`no noise multiplier up to ${maxSigma} reaches the target ε`)
  let lo = 0n // never fits (σ = 0 is infinite ε)
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n
    if (fits(mid)) hi = mid
    else lo = mid
  }
  return { num: hi, den: resolution }
}

/** The privacy-relevant hyperparameters a training job declares (as the chain will store them). */
export interface DeclaredTraining {
  readonly rounds: bigint
  readonly samplingRate: Rational
  readonly noiseMultiplier: Rational
  /** Per-example L2 bound. It scales the noise (σ·C) but cancels out of ε; it must still be positive. */
  readonly clipping: Rational
  readonly delta: Rational
  /**
   * The job asks for attribution: the executors release one more noised score per input after the last
   * round (federated/attribution.ts), a step of the same subsampled Gaussian, so it counts as one more step.
   */
  readonly attribution?: boolean
}

/** The ε a declared training job costs each data set in it: the chain's charge, in micro-ε (rounded up). */
export function declaredTrainingCost(job: DeclaredTraining): PrivacySpent {
  checkRational('clipping bound', job.clipping)
  if (job.clipping.num === 0n) throw new AccountantError('clipping bound must be positive')
  return privacySpent({
    steps: job.rounds + (job.attribution ? 1n : 0n),
    samplingRate: job.samplingRate,
    noiseMultiplier: job.noiseMultiplier,
    delta: job.delta,
  })
}
