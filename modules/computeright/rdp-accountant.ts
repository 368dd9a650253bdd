// The chain's ε charge for a training job: the Rényi-DP accountant of the Poisson-subsampled Gaussian
// mechanism, in integers only, so every validator charges the same micro-ε.
//
// Method (Mironov, "Rényi Differential Privacy", CSF 2017; Mironov, Talwar, Zhang, "Rényi Differential Privacy
// of the Sampled Gaussian Mechanism", arXiv:1908.10530, 2019, §3.3 integer orders): one step with sampling
// rate q and noise multiplier σ (noise std / clipping bound) is (α, ε_α)-RDP for every integer order α ≥ 2 with
//   ε_α = log(A_α) / (α − 1),   A_α = Σ_{k=0}^{α} C(α, k) (1 − q)^{α−k} q^k exp((k² − k) / (2σ²)).
// T steps compose to T·ε_α, and (α, ρ)-RDP gives (ρ + log(1/δ)/(α − 1), δ)-DP (Mironov 2017, prop. 3); ε is the
// minimum over α ∈ {2..64, 128, 256, 512} (TF Privacy's integer orders; the executor library uses the same).
// This conversion is never smaller than the tighter ones (Balle et al. 2020), so it never under-charges.
//
// Integers only: q, σ and δ are exact rationals; each log and exp is the fixed-point series of fixed-point.ts at
// 64 fraction bits; A_α is a log-sum-exp on that grid (terms more than 70·ln 2 below the largest are dropped:
// each adds < 2^−70 relative, at most 513 of them). The grid value is within far less than 2^−40 of the exact
// real ε for every admitted input (a few ulps per operation, times at most 10^5 steps), so the charge adds
// 2^−40 before rounding UP to whole micro-ε: it is never below the real ε, nor below the executor library's
// `declaredTrainingCost` (same arithmetic, no margin), and exceeds them by at most one micro-ε.
import { exp, log, roundDiv } from './fixed-point.js'

export interface Rational {
  readonly num: bigint
  readonly den: bigint
}

const P = 64
const ONE = 1n << BigInt(P)
/** The integer RDP orders tried. */
export const ORDERS: readonly number[] = [...Array.from({ length: 63 }, (_, i) => i + 2), 128, 256, 512]
/** Log-sum-exp terms this far below the largest are negligible (< 2^−70 each). */
const NEGLIGIBLE = 70n * log(2n << BigInt(P), P)
/** Safety margin added before rounding up: covers the grid's rounding error (see the header). */
const MARGIN = 1n << BigInt(P - 40)
/** Terms evaluated for one RDP curve: Σ (α + 1) over the orders, for gas. */
export const ACCOUNTANT_TERMS = ORDERS.reduce((s, a) => s + a + 1, 0)

/** ln n on the grid for small integers (binomial coefficients), cached: a pure function, same on every node. */
const smallLogs = new Map<bigint, bigint>()
function logInt(n: bigint): bigint {
  if (n > 1024n) return log(n << BigInt(P), P)
  let v = smallLogs.get(n)
  if (v === undefined) {
    v = log(n << BigInt(P), P)
    smallLogs.set(n, v)
  }
  return v
}

const logRational = (r: Rational): bigint => logInt(r.num) - logInt(r.den)

/** log A_α on the grid for one step (0 < q < 1, σ > 0). */
function logA(alpha: number, q: Rational, sigma: Rational): bigint {
  const a = BigInt(alpha)
  const logQ = logRational(q)
  const log1mQ = logRational({ num: q.den - q.num, den: q.den })
  const twoSigma2 = 2n * sigma.num * sigma.num
  const sigmaDen2 = sigma.den * sigma.den
  const terms: bigint[] = []
  let logBinom = 0n
  for (let k = 0n; k <= a; k++) {
    if (k > 0n) logBinom += logInt(a - k + 1n) - logInt(k)
    const quad = roundDiv((k * k - k) * sigmaDen2 * ONE, twoSigma2)
    terms.push(logBinom + k * logQ + (a - k) * log1mQ + quad)
  }
  let max = terms[0]!
  for (const t of terms) if (t > max) max = t
  let sum = 0n
  for (const t of terms) if (max - t < NEGLIGIBLE) sum += exp(t - max, P)
  return max + log(sum, P)
}

/** RDP ε_α of one step on the grid (raw · 2^−64); q in [0, 1], σ > 0 (callers validate). */
export function stepRdp(alpha: number, q: Rational, sigma: Rational): bigint {
  if (q.num === 0n) return 0n
  if (q.num === q.den)
    return roundDiv(BigInt(alpha) * sigma.den * sigma.den * ONE, 2n * sigma.num * sigma.num)
  return roundDiv(logA(alpha, q, sigma), BigInt(alpha - 1))
}

/** The RDP curve of the whole training: T·ε_α per order (the part every input shares). */
export function rdpCurve(steps: bigint, q: Rational, sigma: Rational): bigint[] {
  return ORDERS.map((alpha) => steps * stepRdp(alpha, q, sigma))
}

export interface EpsilonCharge {
  /** ε rounded up to whole micro-ε (with the safety margin). */
  microEpsilon: bigint
  /** The order that achieved the minimum. */
  order: number
}

/** (ε, δ) from an RDP curve: min over orders of T·ε_α + log(1/δ)/(α − 1), margin added, rounded up. */
export function epsilonFromCurve(curve: readonly bigint[], delta: Rational): EpsilonCharge {
  const logInvDelta = logInt(delta.den) - logInt(delta.num)
  let best = -1n
  let order = 0
  for (const [i, alpha] of ORDERS.entries()) {
    const eps = curve[i]! + roundDiv(logInvDelta, BigInt(alpha - 1))
    if (best < 0n || eps < best) {
      best = eps
      order = alpha
    }
  }
  const micro = (best + MARGIN) * 1_000_000n
  return { microEpsilon: (micro + ONE - 1n) >> BigInt(P), order }
}
