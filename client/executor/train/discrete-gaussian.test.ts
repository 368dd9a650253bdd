// The discrete Gaussian sampler against the exact pmf ∝ exp(−z²/2σ²) (chi-square, fixed seed) and its
// variance at the large σ the trainer uses (σ ≈ 2^32 grid steps); plus determinism of the keyed stream.
import { describe, expect, it } from 'vitest'
import { seededSource } from '../job-noise.js'
import { discreteGaussian } from './discrete-gaussian.js'

const seed = (b: number) => new Uint8Array(32).fill(b)

describe('discrete Gaussian (exact sampling)', () => {
  it('matches the pmf at σ² = 9/2 (chi-square, 12 bins + 2 tails, P(χ² > 34.5 | 13 df) ≈ 0.001)', () => {
    const rng = seededSource(seed(21))
    console.log('discrete Gaussian seed 0x15…')
    const n = 20_000
    const K = 6
    const sigma2 = 4.5
    const weight = (z: number) => Math.exp(-(z * z) / (2 * sigma2))
    let norm = 0
    for (let z = -60; z <= 60; z++) norm += weight(z)
    const counts = new Map<number, number>()
    for (let i = 0; i < n; i++) {
      const z = Math.max(-K - 1, Math.min(K + 1, Number(discreteGaussian(rng, 9n, 2n))))
      counts.set(z, (counts.get(z) ?? 0) + 1)
    }
    let inside = 0
    for (let z = -K; z <= K; z++) inside += weight(z) / norm
    let chi = 0
    for (let z = -K - 1; z <= K + 1; z++) {
      const p = Math.abs(z) === K + 1 ? (1 - inside) / 2 : weight(z) / norm
      chi += ((counts.get(z) ?? 0) - n * p) ** 2 / (n * p)
    }
    expect(chi).toBeLessThan(34.5)
  })

  it('has the requested variance at σ = 1.5 · 2^32 (sample variance within 3.5% over 20000 draws: 3.5 standard errors)', () => {
    const rng = seededSource(seed(22))
    const s = 3n << 31n
    let sum = 0
    const n = 20_000
    for (let i = 0; i < n; i++) sum += (Number(discreteGaussian(rng, s * s, 1n)) / 2 ** 32) ** 2
    expect(Math.abs(sum / n / 2.25 - 1)).toBeLessThan(0.035)
  })

  it('is a function of the stream, and refuses a non-positive variance', () => {
    const a = Array.from(
      { length: 50 },
      (
        (r) => () =>
          discreteGaussian(r, 100n, 3n)
      )(seededSource(seed(1))),
    )
    const b = Array.from(
      { length: 50 },
      (
        (r) => () =>
          discreteGaussian(r, 100n, 3n)
      )(seededSource(seed(1))),
    )
    expect(a).toEqual(b)
    expect(() => discreteGaussian(seededSource(seed(1)), 0n, 1n)).toThrow(RangeError)
  })
})
