import { describe, expect, it } from 'vitest'
import { parseCsv } from './csv.js'
import { noiseTail } from './discrete-laplace.js'
import { codeHashOf, GRID_BITS, gridOf, runDp } from './dp-aggregates.js'
import { JobFault } from './faults.js'
import { seededSource } from './job-noise.js'

const AGES = Array.from({ length: 200 }, (_, i) => 20 + (i % 41))
const CSV = ['age,city', ...AGES.map((a, i) => `${a},${i % 3 === 0 ? 'Berlin' : 'Paris'}`)].join('\n')
const TRUE_MEAN = AGES.reduce((a, b) => a + b) / 200
// ε = 10^9: the noise scale is ~10^-9 grid steps (~10^-3 for a sum), so P(noise ≠ 0) is below e^-1000
const HUGE_EPS = 10n ** 15n
const rng = () => seededSource(new Uint8Array(32).fill(5))

describe('DP aggregates', () => {
  it('with negligible noise they return the exact bounded statistics on the grid', () => {
    expect(runDp(CSV, { algorithm: 'dp-count', column: 'age', epsilonMicro: HUGE_EPS }, rng()).value).toBe(
      200,
    )
    const sum = runDp(
      CSV,
      { algorithm: 'dp-sum', column: 'age', epsilonMicro: HUGE_EPS, lower: 0, upper: 30 },
      rng(),
    )
    expect(sum.value).toBe(AGES.reduce((a, v) => a + Math.min(30, v), 0))
    expect(sum.grid).toBe(2 ** (5 - GRID_BITS)) // 30 ≤ 2^5
    const mean = runDp(
      CSV,
      { algorithm: 'dp-mean', column: 'age', epsilonMicro: HUGE_EPS, lower: 0, upper: 100 },
      rng(),
    )
    expect(mean.value).toBeCloseTo(TRUE_MEAN, 10)
    const h = runDp(
      CSV,
      { algorithm: 'dp-histogram', column: 'city', epsilonMicro: HUGE_EPS, buckets: ['Berlin', 'Paris'] },
      rng(),
    )
    expect(h.value).toEqual({ Berlin: 67, Paris: 133 })
  })

  it('puts values on an exact power-of-two grid, clamped to [lower, upper]', () => {
    expect(gridOf(0, 100)).toEqual({
      step: 2 ** (7 - GRID_BITS),
      lo: 0n,
      hi: 100n * 2n ** BigInt(GRID_BITS - 7),
    })
    expect(gridOf(-1, 0.5).step).toBe(2 ** -GRID_BITS)
    expect(gridOf(0, 0.3).step).toBe(2 ** (-1 - GRID_BITS))
    const frac = runDp(
      'x\n0.1\n0.2\n7\n',
      { algorithm: 'dp-sum', column: 'x', epsilonMicro: HUGE_EPS, lower: 0, upper: 1 },
      rng(),
    )
    expect(Math.abs((frac.value as number) - 1.3)).toBeLessThanOrEqual(2 * frac.grid)
  })

  it('with keyed noise the mean stays within the reader bound of its noise', () => {
    const r = runDp(
      CSV,
      { algorithm: 'dp-mean', column: 'age', epsilonMicro: 1_000_000n, lower: 0, upper: 100 },
      rng(),
    )
    // sum noise bound over a count of at least 150 (the count's noise at ε/2 is under 30 with p 1e-6)
    const bound = noiseTail(r.scale, r.grid, 1e-6) / 150 + TRUE_MEAN * (noiseTail(2, 1, 1e-6) / 150)
    expect(Math.abs((r.value as number) - TRUE_MEAN)).toBeLessThan(bound)
  })

  it('enforces the output policy: too few rows refused, small histogram bins suppressed', () => {
    const policy = { minAggregationK: 201, maxBytes: 0n }
    for (const algorithm of ['dp-count', 'dp-sum', 'dp-mean'] as const) {
      const req = { algorithm, column: 'age', epsilonMicro: HUGE_EPS, lower: 0, upper: 100 }
      expect(() => runDp(CSV, req, rng(), policy)).toThrow(/fewer than the asset's minimum aggregation 201/)
      expect(runDp(CSV, req, rng(), { ...policy, minAggregationK: 200 }).algorithm).toBe(algorithm)
    }
    const h = runDp(
      CSV,
      {
        algorithm: 'dp-histogram',
        column: 'city',
        epsilonMicro: HUGE_EPS,
        buckets: ['Berlin', 'Paris', 'Rome'],
      },
      rng(),
      { minAggregationK: 100, maxBytes: 0n },
    )
    expect(h.value).toEqual({ Paris: 133 })
    expect(h.suppressed).toEqual(['Berlin', 'Rome'])
    const none = runDp(
      CSV,
      { algorithm: 'dp-histogram', column: 'city', epsilonMicro: HUGE_EPS, buckets: ['Rome'] },
      rng(),
    )
    expect(none.value).toEqual({ Rome: 0 }) // k = 0: nothing suppressed
  })

  it('code hashes are stable and distinct; what cannot run as asked is an ALGORITHM fault', () => {
    expect(codeHashOf('dp-mean')).toMatch(/^[0-9a-f]{64}$/)
    expect(codeHashOf('dp-mean')).not.toBe(codeHashOf('dp-sum'))
    const fault = (csv: string, req: Parameters<typeof runDp>[1], why: RegExp) => {
      let caught: unknown
      try {
        runDp(csv, req, rng())
      } catch (e) {
        caught = e
      }
      expect(caught).toBeInstanceOf(JobFault)
      expect((caught as JobFault).faultClass).toBe('ALGORITHM')
      expect((caught as JobFault).reason).toMatch(why)
    }
    fault(CSV, { algorithm: 'dp-sum', column: 'age', epsilonMicro: 1n }, /lower < upper/)
    fault(CSV, { algorithm: 'dp-count', column: 'nope', epsilonMicro: 1n }, /no column/)
    fault(CSV, { algorithm: 'dp-sum', column: 'city', epsilonMicro: 1n, lower: 0, upper: 1 }, /not a number/)
    fault('a\n"x', { algorithm: 'dp-count', column: 'a', epsilonMicro: 1n }, /unterminated/)
    fault('a,b\n1', { algorithm: 'dp-count', column: 'a', epsilonMicro: 1n }, /fields/)
    fault(CSV, { algorithm: 'dp-count', column: 'age', epsilonMicro: 0n }, /epsilon/)
    expect(parseCsv('a,b\n"x,""y""",2\n').rows).toEqual([['x,"y"', '2']])
  })
})
