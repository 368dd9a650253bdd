// The discrete Gaussian N_Z(0, σ²), sampled exactly (Canonne, Kamath, Steinke, "The Discrete Gaussian for
// Differential Privacy", NeurIPS 2020, algorithm 3): propose Y from the discrete Laplace of scale t = ⌊σ⌋ + 1
// and accept with probability exp(−(|Y| − σ²/t)² / (2σ²)). σ² is a rational, every probability a ratio of
// integers and every draw an exact uniform integer, so the same stream gives the same noise everywhere and the
// distribution is exactly P[Z = z] ∝ exp(−z²/(2σ²)) — no floating-point gaps to leak the true value.
import { bernoulliExp, discreteLaplace } from '../discrete-laplace.js'
import type { RandomSource } from '../random-source.js'
import { isqrt } from './fixed-point.js'

/** One draw of N_Z(0, σ²) with σ² = varianceNum / varianceDen > 0. */
export function discreteGaussian(rng: RandomSource, varianceNum: bigint, varianceDen: bigint): bigint {
  if (varianceNum < 1n || varianceDen < 1n)
    throw new RangeError(`discrete Gaussian variance ${varianceNum}/${varianceDen} must be positive`)
  const t = isqrt(varianceNum / varianceDen) + 1n
  for (;;) {
    const y = discreteLaplace(rng, 1n, t)
    const a = y < 0n ? -y : y
    const d = a * t * varianceDen - varianceNum
    if (bernoulliExp(rng, d * d, 2n * varianceNum * varianceDen * t * t)) return y
  }
}
