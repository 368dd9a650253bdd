// The chain's integer RDP accountant against (1) TF Privacy's published ε for DP-SGD on MNIST (subsampled
// Gaussian), (2) a float64 evaluation of the same formula, and (3) the executor library's integer accountant
// (client/executor/train/accountant.ts `declaredTrainingCost`). Tolerance: the chain's micro-ε is never below
// either reference and at most 1 micro-ε above it (the round-up and the 2^−40 margin).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { declaredTrainingCost } from '../../client/executor/train/accountant.js'
import { propertySeed } from '../../node/testing/property-seed.js'
import { epsilonFromCurve, ORDERS, rdpCurve } from './rdp-accountant.js'

interface Case {
  steps: bigint
  qPpm: number
  sigmaMicro: bigint
  deltaNano: bigint
}

const MICRO = 1_000_000n

function chainMicro(c: Case): bigint {
  const curve = rdpCurve(c.steps, { num: BigInt(c.qPpm), den: MICRO }, { num: c.sigmaMicro, den: MICRO })
  return epsilonFromCurve(curve, { num: c.deltaNano, den: 1_000_000_000n }).microEpsilon
}

/** The same formula in float64 (log-sum-exp with lgamma-free binomials by recurrence), in micro-ε, unrounded. */
function floatMicro(c: Case): number {
  const q = c.qPpm / 1e6
  const sigma = Number(c.sigmaMicro) / 1e6
  const delta = Number(c.deltaNano) / 1e9
  let best = Number.POSITIVE_INFINITY
  for (const alpha of ORDERS) {
    let rdp: number
    if (q === 1) rdp = alpha / (2 * sigma * sigma)
    else {
      const terms: number[] = []
      let logBinom = 0
      for (let k = 0; k <= alpha; k++) {
        if (k > 0) logBinom += Math.log(alpha - k + 1) - Math.log(k)
        terms.push(
          logBinom + k * Math.log(q) + (alpha - k) * Math.log1p(-q) + (k * k - k) / (2 * sigma * sigma),
        )
      }
      const max = Math.max(...terms)
      rdp = (max + Math.log(terms.reduce((s, t) => s + Math.exp(t - max), 0))) / (alpha - 1)
    }
    best = Math.min(best, Number(c.steps) * rdp + Math.log(1 / delta) / (alpha - 1))
  }
  return best * 1e6
}

function libraryMicro(c: Case): bigint {
  return declaredTrainingCost({
    rounds: c.steps,
    samplingRate: { num: BigInt(c.qPpm), den: MICRO },
    noiseMultiplier: { num: c.sigmaMicro, den: MICRO },
    clipping: { num: 1n, den: 1n },
    delta: { num: c.deltaNano, den: 1_000_000_000n },
  }).microEpsilon
}

function expectConservative(c: Case): bigint {
  const chain = chainMicro(c)
  const f = floatMicro(c)
  const lib = libraryMicro(c)
  expect(Number(chain), `float ${f}`).toBeGreaterThanOrEqual(f)
  expect(Number(chain) - f).toBeLessThanOrEqual(1.000001)
  expect(chain >= lib && chain - lib <= 1n, `chain ${chain} library ${lib}`).toBe(true)
  return chain
}

describe('the chain charges ε by the subsampled Gaussian RDP accountant', () => {
  // TF Privacy tutorials README (MNIST, N = 60000, batch 256, δ = 1e-5): q = 256/60000 ≈ 4267 ppm (rounded up,
  // so ε can only be a hair higher), steps = ⌈epochs · 60000 / 256⌉.
  it.each([
    { sigma: 1_300_000n, epochs: 15n, published: 1.19 },
    { sigma: 1_100_000n, epochs: 60n, published: 3.01 },
    { sigma: 700_000n, epochs: 45n, published: 7.1 },
  ])('σ $sigma µ, $epochs epochs → published ε $published', ({ sigma, epochs, published }) => {
    const steps = (epochs * 60000n + 255n) / 256n
    const micro = expectConservative({ steps, qPpm: 4267, sigmaMicro: sigma, deltaNano: 10_000n })
    const eps = Number(micro) / 1e6
    expect(eps).toBeGreaterThanOrEqual(published - 0.005)
    expect(eps).toBeLessThanOrEqual(published + 0.04)
  })

  it('q = 1 is the plain Gaussian mechanism: T·α/(2σ²) + log(1/δ)/(α − 1) minimised', () => {
    expectConservative({ steps: 10n, qPpm: 1_000_000, sigmaMicro: 5_000_000n, deltaNano: 1_000n })
  })

  it('ε rises with steps and sampling rate and falls with σ and δ', () => {
    const base: Case = { steps: 100n, qPpm: 50_000, sigmaMicro: 3_000_000n, deltaNano: 1_000n }
    const e = chainMicro(base)
    expect(chainMicro({ ...base, steps: 200n })).toBeGreaterThan(e)
    expect(chainMicro({ ...base, qPpm: 100_000 })).toBeGreaterThan(e)
    expect(chainMicro({ ...base, sigmaMicro: 4_000_000n })).toBeLessThan(e)
    expect(chainMicro({ ...base, deltaNano: 100_000n })).toBeLessThan(e)
  })

  it('never below the float or the executor library on random hyperparameters (seed printed)', () => {
    const seed = propertySeed('modules/computeright/rdp-accountant.test.ts')
    fc.assert(
      fc.property(
        fc.record({
          steps: fc.bigInt(1n, 5_000n),
          qPpm: fc.integer({ min: 100, max: 300_000 }),
          sigmaMicro: fc.bigInt(500_000n, 20_000_000n),
          deltaNano: fc.bigInt(1n, 100_000n),
        }),
        (c) => {
          expectConservative(c)
        },
      ),
      { numRuns: 25, seed },
    )
  })
})
