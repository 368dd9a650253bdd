// The flow's own arithmetic, which its checks compare the chain against: payout splits, amounts as shown,
// and the DP noise bound (an honest mean must fall inside it, an absurd one outside).
import { describe, expect, it } from 'vitest'
import { runDp } from '../../client/executor/dp-aggregates.js'
import { meanNoiseBound } from './dataset.js'
import { expectedComputeShares, expectedDataFee } from './expected.js'
import { datum, epsilon, feeFor } from './money.js'
import { shellWords } from './narrator.js'

describe('expected payouts', () => {
  it('takes the protocol fee, splits the rest by weight and gives the dust to the owner', () => {
    const r = expectedDataFee(2_000_001n, 200, 'o', [
      { address: 'o', bps: 6000 },
      { address: 'c', bps: 4000 },
    ])
    expect(r.protocolFee).toBe(40_000n)
    expect(r.payouts.get('c')).toBe(784_000n)
    expect(r.payouts.get('o')).toBe(1_176_001n)
    expect(r.protocolFee + r.payouts.get('o')! + r.payouts.get('c')!).toBe(2_000_001n)
  })

  it('splits the compute fee in equal bps (3334/3333/3333), rounding dust to the first executor', () => {
    const s = expectedComputeShares(600_001n, ['a', 'b', 'c'])
    expect([s.get('a'), s.get('b'), s.get('c')]).toEqual([200_041n, 199_980n, 199_980n])
    expect(s.get('a')! + s.get('b')! + s.get('c')!).toBe(600_001n)
    expect(expectedComputeShares(600_000n, ['a', 'b']).get('b')).toBe(300_000n)
  })
})

describe('how amounts read', () => {
  it('shows DATUM with its micro-units, ε, fees rounded up and quoted shell words', () => {
    expect(datum(2_605_000n)).toBe('2.605 DATUM (2605000 udatum)')
    expect(datum(-5_000_000n)).toBe('-5 DATUM (-5000000 udatum)')
    expect(epsilon(1_500_000n)).toBe('1.5 ε')
    expect(feeFor(81_711n)).toBe(205n)
    expect(shellWords(['asset', 'publish', '--name', 'Clinic visits'])).toBe(
      "asset publish --name 'Clinic visits'",
    )
  })
})

describe('the DP mean noise bound', () => {
  const ages = Array.from({ length: 500 }, (_, i) => 18 + ((i * 37) % 70))
  const csv = `age\n${ages.join('\n')}\n`
  const d = {
    file: '',
    column: 'age',
    rows: 500,
    lower: 0,
    upper: 100,
    trueMean: ages.reduce((a, b) => a + b, 0) / 500,
  }
  const req = { algorithm: 'dp-mean' as const, column: 'age', epsilonMicro: 1_000_000n, lower: 0, upper: 100 }

  it('holds for noisy means drawn as the executor draws them (discrete Laplace on the grid)', () => {
    const first = runDp(csv, req)
    expect(first.scale).toBe((2 * 100) / 1) // dp-mean at ε 1: the sum's scale, 2·sensitivity/ε
    const bound = meanNoiseBound(d, first.scale, first.grid)
    for (let i = 0; i < 1000; i++) {
      const noisy = runDp(csv, req).value as number
      expect(Math.abs(noisy - d.trueMean)).toBeLessThanOrEqual(bound)
    }
  })

  it('is tight enough to reject a result far from the truth', () => {
    const bound = meanNoiseBound(d, 200, 2 ** -13)
    expect(bound).toBeLessThan(10)
    expect(15).toBeGreaterThan(bound) // a mean 15 off the truth is refused
  })
})
