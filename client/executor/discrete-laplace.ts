// The discrete Laplace mechanism, sampled exactly in integer arithmetic (Canonne, Kamath, Steinke, "The
// Discrete Gaussian for Differential Privacy", NeurIPS 2020, algorithms 1 and 2). Floating-point Laplace
// leaves gaps in its low bits that reveal the true value (Mironov, CCS 2012); here every draw is an exact
// uniform integer and every probability a ratio of integers, so the output distribution is exactly
//   P[Z = z] = (1 − a) / (1 + a) · a^|z|,  a = exp(−s/t),  i.e. scale t/s,
// and an integer statistic of L1 sensitivity Δ plus Z with t/s = Δ/ε is ε-differentially private.
import type { RandomSource } from './random-source.js'

/** Bernoulli(num/den) for 0 ≤ num ≤ den, exactly. */
export function bernoulli(rng: RandomSource, num: bigint, den: bigint): boolean {
  if (den < 1n || num < 0n || num > den) throw new RangeError(`Bernoulli(${num}/${den}) is not a probability`)
  return rng.below(den) < num
}

/** Bernoulli(exp(−num/den)) for num/den ≥ 0, exactly (CKS algorithm 1). */
export function bernoulliExp(rng: RandomSource, num: bigint, den: bigint): boolean {
  if (den < 1n || num < 0n) throw new RangeError(`exp(−${num}/${den}) needs num ≥ 0, den ≥ 1`)
  if (num > den) {
    // exp(−γ) = exp(−1)^⌊γ⌋ · exp(−(γ − ⌊γ⌋))
    for (let i = 0n; i < num / den; i++) if (!bernoulliExp(rng, 1n, 1n)) return false
    return bernoulliExp(rng, num % den, den)
  }
  // γ ≤ 1: the first K with a failed Bernoulli(γ/K) is odd with probability exp(−γ)
  let k = 1n
  while (bernoulli(rng, num, den * k)) k++
  return k % 2n === 1n
}

/** One sample of the discrete Laplace distribution of scale t/s (CKS algorithm 2), s, t ≥ 1. */
export function discreteLaplace(rng: RandomSource, s: bigint, t: bigint): bigint {
  if (s < 1n || t < 1n) throw new RangeError(`discrete Laplace needs s, t ≥ 1 (got ${s}, ${t})`)
  for (;;) {
    const u = rng.below(t)
    if (!bernoulliExp(rng, u, t)) continue
    let v = 0n
    while (bernoulliExp(rng, 1n, 1n)) v++
    const y = (u + t * v) / s
    const negative = bernoulli(rng, 1n, 2n)
    if (negative && y === 0n) continue
    return negative ? -y : y
  }
}

/**
 * A bound on the noise a reader can use: with Z discrete Laplace of scale b = scale/grid grid steps,
 * P(|Z| ≥ k) = 2a^k/(1 + a) ≤ 2·exp(−k/b), so |Z·grid| < grid·⌈b·ln(2/p)⌉ except with probability p.
 * (A float is fine here: it is a reader's estimate, not part of the mechanism.)
 */
export const noiseTail = (scale: number, grid: number, p: number): number =>
  grid * Math.ceil((scale / grid) * Math.log(2 / p))
