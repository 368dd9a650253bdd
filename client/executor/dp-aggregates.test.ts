import { describe, expect, it } from 'vitest'
import { parseCsv } from './csv.js'
import { codeHashOf, runDp } from './dp-aggregates.js'
import { laplace, laplaceTail } from './laplace.js'

const CSV = [
  'age,city',
  ...Array.from({ length: 200 }, (_, i) => `${20 + (i % 41)},${i % 3 === 0 ? 'Berlin' : 'Paris'}`),
].join('\n')
const TRUE_MEAN = Array.from({ length: 200 }, (_, i) => 20 + (i % 41)).reduce((a, b) => a + b) / 200
const zeroNoise = () => 0.5

describe('DP aggregates', () => {
  it('without noise (u = 0.5) they return the exact bounded statistics', () => {
    expect(
      runDp(CSV, { algorithm: 'dp-count', column: 'age', epsilonMicro: 1_000_000n }, zeroNoise).value,
    ).toBe(200)
    const sum = runDp(
      CSV,
      { algorithm: 'dp-sum', column: 'age', epsilonMicro: 1n, lower: 0, upper: 30 },
      zeroNoise,
    )
    expect(sum.value).toBe(
      Array.from({ length: 200 }, (_, i) => Math.min(30, 20 + (i % 41))).reduce((a, b) => a + b),
    )
    const mean = runDp(
      CSV,
      { algorithm: 'dp-mean', column: 'age', epsilonMicro: 1n, lower: 0, upper: 100 },
      zeroNoise,
    )
    expect(mean.value).toBeCloseTo(TRUE_MEAN, 10)
    const h = runDp(
      CSV,
      { algorithm: 'dp-histogram', column: 'city', epsilonMicro: 1n, buckets: ['Berlin', 'Paris'] },
      zeroNoise,
    )
    expect(h.value).toEqual({ Berlin: 67, Paris: 133 })
  })

  it('with CSPRNG noise the mean stays within the 1e-6 tail bound of its noise', () => {
    const r = runDp(CSV, {
      algorithm: 'dp-mean',
      column: 'age',
      epsilonMicro: 1_000_000n,
      lower: 0,
      upper: 100,
    })
    // Sum noise bound divided by a count of at least ~150 (count noise tail at ε/2 is < 30 with p 1e-6).
    const bound = laplaceTail(r.scale, 1e-6) / 150 + TRUE_MEAN * (laplaceTail(2, 1e-6) / 150)
    expect(Math.abs((r.value as number) - TRUE_MEAN)).toBeLessThan(bound)
  })

  it('Laplace samples have the right spread (mean |x| ≈ b over many draws)', () => {
    const n = 20_000
    let s = 0
    for (let i = 0; i < n; i++) s += Math.abs(laplace(2))
    // E|X| = b = 2; the standard error of the mean is 2/sqrt(n) ≈ 0.014, so 0.2 is a 14-sigma margin.
    expect(Math.abs(s / n - 2)).toBeLessThan(0.2)
  })

  it('code hashes are stable and distinct; bad input is a typed error', () => {
    expect(codeHashOf('dp-mean')).toMatch(/^[0-9a-f]{64}$/)
    expect(codeHashOf('dp-mean')).not.toBe(codeHashOf('dp-sum'))
    expect(() => runDp(CSV, { algorithm: 'dp-sum', column: 'age', epsilonMicro: 1n })).toThrow(
      /lower < upper/,
    )
    expect(() => runDp(CSV, { algorithm: 'dp-count', column: 'nope', epsilonMicro: 1n })).toThrow(/no column/)
    expect(() => runDp('a\n"x', { algorithm: 'dp-count', column: 'a', epsilonMicro: 1n })).toThrow(
      /unterminated/,
    )
    expect(() => runDp('a,b\n1', { algorithm: 'dp-count', column: 'a', epsilonMicro: 1n })).toThrow(/fields/)
    expect(parseCsv('a,b\n"x,""y""",2\n').rows).toEqual([['x,"y"', '2']])
  })
})
