// The mechanism's distribution, sampled: empirical frequencies at a fixed, printed seed against the exact
// discrete Laplace pmf (a chi-square test that rejects a wrong scale), plus determinism of the keyed stream.
import { describe, expect, it } from 'vitest'
import { bernoulliExp, discreteLaplace, noiseTail } from './discrete-laplace.js'
import { seededSource } from './job-noise.js'

const SEED_BYTE = 42
const seed = () => new Uint8Array(32).fill(SEED_BYTE)

/** P[Z = z] for scale t/s: (1 − a)/(1 + a) · a^|z|, a = exp(−s/t). */
const pmf = (z: number, s: number, t: number): number => {
  const a = Math.exp(-s / t)
  return ((1 - a) / (1 + a)) * a ** Math.abs(z)
}

/** Chi-square of counts in bins z = −K..K plus the two tails against the pmf of scale t/s. */
function chiSquare(samples: bigint[], s: number, t: number, K: number): number {
  const n = samples.length
  const counts = new Map<number, number>()
  for (const x of samples) {
    const z = Math.max(-K - 1, Math.min(K + 1, Number(x)))
    counts.set(z, (counts.get(z) ?? 0) + 1)
  }
  let inside = 0
  for (let z = -K; z <= K; z++) inside += pmf(z, s, t)
  let chi = 0
  for (let z = -K - 1; z <= K + 1; z++) {
    const p = Math.abs(z) === K + 1 ? (1 - inside) / 2 : pmf(z, s, t)
    const expected = n * p
    chi += ((counts.get(z) ?? 0) - expected) ** 2 / expected
  }
  return chi
}

// 2K + 3 = 17 bins, 16 degrees of freedom: P(χ² > 39.25) = 0.001
const CRITICAL_16_DF = 39.25

describe('discrete Laplace (exact sampling)', () => {
  const N = 20_000
  // scale t/s = 5/2 = 2.5 grid steps
  const s = 2n
  const t = 5n
  console.log(`discrete Laplace distribution test: seed = 32 bytes of ${SEED_BYTE}, ${N} samples, scale 2.5`)
  const rng = seededSource(seed())
  const samples = Array.from({ length: N }, () => discreteLaplace(rng, s, t))

  it('matches the exact pmf (chi-square), and the same test rejects a wrong scale', () => {
    const right = chiSquare(samples, 2, 5, 7)
    console.log(
      `chi-square ${right.toFixed(2)} (scale 2.5), ${chiSquare(samples, 1, 2.2, 7).toFixed(2)} (2.2), ${chiSquare(samples, 1, 2.8, 7).toFixed(2)} (2.8)`,
    )
    expect(right).toBeLessThan(CRITICAL_16_DF)
    // the test has power: the same samples against scale 2.2 or 2.8 fail it
    expect(chiSquare(samples, 1, 2.2, 7)).toBeGreaterThan(CRITICAL_16_DF)
    expect(chiSquare(samples, 1, 2.8, 7)).toBeGreaterThan(CRITICAL_16_DF)
    const mean = samples.reduce((a, x) => a + Number(x), 0) / N
    expect(Math.abs(mean)).toBeLessThan(0.1) // symmetric: sd of the mean ≈ 3.5/√N ≈ 0.025
  })

  it('is deterministic for a seed and differs for another', () => {
    const again = seededSource(seed())
    expect(Array.from({ length: 200 }, () => discreteLaplace(again, s, t))).toEqual(samples.slice(0, 200))
    const other = seededSource(new Uint8Array(32).fill(SEED_BYTE + 1))
    expect(Array.from({ length: 200 }, () => discreteLaplace(other, s, t))).not.toEqual(samples.slice(0, 200))
  })

  it('draws Bernoulli(exp(−γ)) at its probability, for γ below and above 1', () => {
    const r = seededSource(new Uint8Array(32).fill(9))
    for (const [num, den] of [
      [1n, 3n],
      [7n, 2n],
    ] as const) {
      let hits = 0
      for (let i = 0; i < 20_000; i++) if (bernoulliExp(r, num, den)) hits++
      const p = Math.exp(-Number(num) / Number(den))
      // 5 standard errors
      expect(Math.abs(hits / 20_000 - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / 20_000))
    }
  })

  it('stays within the reader bound noiseTail except with about the stated probability', () => {
    const bound = noiseTail(2.5, 1, 1e-3)
    const outside = samples.filter((x) => Math.abs(Number(x)) >= bound).length
    expect(outside / N).toBeLessThan(2e-3)
    expect(() => discreteLaplace(rng, 0n, 1n)).toThrow(RangeError)
  })
})
