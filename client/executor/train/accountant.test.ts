// The accountant against the figures TensorFlow Privacy publishes (tutorials/README.md of
// tensorflow/privacy: MNIST, N = 60000, batch 256, δ = 1e-5, steps = ⌈epochs·N/batch⌉):
//   σ = 1.3, 15 epochs → ε = 1.19;  σ = 1.1, 60 epochs → ε = 3.01;  σ = 0.7, 45 epochs → ε = 7.10.
// TF tried fractional orders too; ours are integer only, so ours may only be larger: the tolerance is
// [published − 0.005 (their rounding to 2 decimals), published + 0.03]. Also: an independent float64
// evaluation of the same formula agrees to 1e-9, the result is pinned in micro-ε (determinism), and the
// inverse (σ for a target ε) brackets the target.
import { describe, expect, it } from 'vitest'
import {
  AccountantError,
  declaredTrainingCost,
  noiseMultiplierFor,
  ORDERS,
  type PrivacyParams,
  privacySpent,
  type Rational,
  rational,
  stepRdp,
} from './accountant.js'

const MNIST_Q: Rational = { num: 256n, den: 60000n }
const DELTA = rational('1e-5')
const steps = (epochs: number) => BigInt(Math.ceil((epochs * 60000) / 256))

/** log A_α in float64, log-space sum (the reference evaluation; the accountant itself never uses floats). */
function floatLogA(alpha: number, q: number, sigma: number): number {
  const logBinom = (n: number, k: number) => {
    let s = 0
    for (let i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i)
    return s
  }
  const terms: number[] = []
  for (let k = 0; k <= alpha; k++)
    terms.push(
      logBinom(alpha, k) +
        k * Math.log(q) +
        (alpha - k) * Math.log(1 - q) +
        (k * k - k) / (2 * sigma * sigma),
    )
  const m = Math.max(...terms)
  return m + Math.log(terms.reduce((s, t) => s + Math.exp(t - m), 0))
}

describe('RDP accountant: published values', () => {
  const cases: [string, number, number][] = [
    ['1.3', 15, 1.19],
    ['1.1', 60, 3.01],
    ['0.7', 45, 7.1],
  ]
  for (const [sigma, epochs, published] of cases)
    it(`σ = ${sigma}, ${epochs} epochs → ε ≈ ${published}`, () => {
      const got = privacySpent({
        steps: steps(epochs),
        samplingRate: MNIST_Q,
        noiseMultiplier: rational(sigma),
        delta: DELTA,
      })
      const eps = Number(got.microEpsilon) / 1e6
      expect(eps).toBeGreaterThanOrEqual(published - 0.005)
      expect(eps).toBeLessThanOrEqual(published + 0.03)
    })
})

describe('RDP accountant: the integer evaluation', () => {
  it('agrees with a float64 evaluation of the same formula to 1e-9 (relative)', () => {
    for (const [alpha, q, sigma] of [
      [2, '0.01', '1.0'],
      [8, '0.004266', '1.1'],
      [32, '0.1', '2.5'],
      [64, '0.5', '4'],
      [256, '0.001', '0.8'],
    ] as const) {
      const got = Number(stepRdp(alpha, rational(q), rational(sigma))) / 2 ** 64
      const want = floatLogA(alpha, Number(q), Number(sigma)) / (alpha - 1)
      expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.abs(want) + 1e-15)
    }
  })

  it('is pinned in micro-ε (any change in the arithmetic shows here)', () => {
    const p: PrivacyParams = {
      steps: steps(60),
      samplingRate: MNIST_Q,
      noiseMultiplier: rational('1.1'),
      delta: DELTA,
    }
    expect(privacySpent(p)).toEqual({ microEpsilon: 3009212n, order: 9 })
  })

  it('q = 1 is the Gaussian mechanism α/(2σ²); q = 0 costs only the δ term', () => {
    expect(stepRdp(4, { num: 1n, den: 1n }, rational('2'))).toBe(1n << 63n)
    const free = privacySpent({
      steps: 100n,
      samplingRate: { num: 0n, den: 1n },
      noiseMultiplier: rational('1'),
      delta: DELTA,
    })
    // log(1e5)/(512 − 1) ≈ 0.02253
    expect(Number(free.microEpsilon)).toBe(Math.ceil((Math.log(1e5) / 511) * 1e6))
  })

  it('ε grows with steps and sampling rate and shrinks with noise', () => {
    const base: PrivacyParams = {
      steps: 1000n,
      samplingRate: rational('0.01'),
      noiseMultiplier: rational('1'),
      delta: DELTA,
    }
    const e = (p: Partial<PrivacyParams>) => privacySpent({ ...base, ...p }).microEpsilon
    expect(e({ steps: 2000n }) > e({})).toBe(true)
    expect(e({ samplingRate: rational('0.02') }) > e({})).toBe(true)
    expect(e({ noiseMultiplier: rational('2') }) < e({})).toBe(true)
  })

  it('refuses malformed parameters with a typed error', () => {
    const base: PrivacyParams = {
      steps: 10n,
      samplingRate: rational('0.1'),
      noiseMultiplier: rational('1'),
      delta: DELTA,
    }
    expect(() => privacySpent({ ...base, delta: rational('1') })).toThrow(AccountantError)
    expect(() => privacySpent({ ...base, samplingRate: { num: 2n, den: 1n } })).toThrow(AccountantError)
    expect(() => privacySpent({ ...base, noiseMultiplier: { num: 0n, den: 1n } })).toThrow(AccountantError)
    expect(() => privacySpent({ ...base, steps: -1n })).toThrow(AccountantError)
    expect(() => stepRdp(1, base.samplingRate, base.noiseMultiplier)).toThrow(AccountantError)
    expect(() => rational('-1')).toThrow(AccountantError)
    expect(ORDERS[0]).toBe(2)
  })
})

describe('RDP accountant: the charge of a declared training job', () => {
  it('is privacySpent of its rounds, rate, σ and δ, independent of the clipping bound (which must be > 0)', () => {
    const job = {
      rounds: 100n,
      samplingRate: rational('0.05'),
      noiseMultiplier: rational('2.77'),
      clipping: rational('1'),
      delta: DELTA,
    }
    const cost = declaredTrainingCost(job)
    expect(cost).toEqual(
      privacySpent({
        steps: 100n,
        samplingRate: job.samplingRate,
        noiseMultiplier: job.noiseMultiplier,
        delta: DELTA,
      }),
    )
    expect(cost.microEpsilon).toBe(995942n)
    expect(declaredTrainingCost({ ...job, clipping: rational('0.1') })).toEqual(cost)
    expect(() => declaredTrainingCost({ ...job, clipping: rational('0') })).toThrow(AccountantError)
  })
})

describe('RDP accountant: the inverse', () => {
  it('finds the smallest σ (to 1/1000) whose ε fits the target', () => {
    const base = { steps: 200n, samplingRate: rational('0.05'), delta: DELTA }
    const sigma = noiseMultiplierFor(1_000_000n, base)
    expect(privacySpent({ ...base, noiseMultiplier: sigma }).microEpsilon <= 1_000_000n).toBe(true)
    const below = { num: sigma.num - 1n, den: sigma.den }
    expect(privacySpent({ ...base, noiseMultiplier: below }).microEpsilon > 1_000_000n).toBe(true)
    expect(() => noiseMultiplierFor(1n, base, 1000n, 1n)).toThrow(AccountantError)
  })
})
