import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertySeed } from '../../node/testing/property-seed.js'
import { AbciError } from '../sdk/index.js'
import {
  type BudgetAmounts,
  budgetProblem,
  lowerTotal,
  microEpsilonCeil,
  release,
  remainingMicro,
  reserve,
  spend,
} from './budget.js'
import { LIMITS } from './limits.js'

const SEED = propertySeed('modules/dataasset/budget.test.ts')

type Op =
  | { kind: 'reserve'; amount: bigint }
  | { kind: 'release'; amount: bigint }
  | { kind: 'spend'; reserved: bigint; actual: bigint }
  | { kind: 'lower'; total: bigint }

const amount = fc.bigInt({ min: -5n, max: 2_000_000n })
const op: fc.Arbitrary<Op> = fc.oneof(
  amount.map((a) => ({ kind: 'reserve', amount: a }) as const),
  amount.map((a) => ({ kind: 'release', amount: a }) as const),
  fc.tuple(amount, amount).map(([r, a]) => ({ kind: 'spend', reserved: r, actual: a }) as const),
  amount.map((t) => ({ kind: 'lower', total: t }) as const),
)

function apply(b: BudgetAmounts, o: Op): BudgetAmounts {
  switch (o.kind) {
    case 'reserve':
      return reserve(b, o.amount)
    case 'release':
      return release(b, o.amount)
    case 'spend':
      return spend(b, o.reserved, o.actual)
    case 'lower':
      return lowerTotal(b, o.total)
  }
}

describe('privacy budget arithmetic', () => {
  it('never goes negative, never increases the total, never decreases spent, keeps spent + reserved ≤ total', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2_000_000n }), fc.array(op, { maxLength: 40 }), (total, ops) => {
        let b: BudgetAmounts = { totalMicro: total, reservedMicro: 0n, spentMicro: 0n }
        for (const o of ops) {
          let next: BudgetAmounts
          try {
            next = apply(b, o)
          } catch (e) {
            // every rejection is a registered dataasset error, and leaves the account unchanged
            expect(e).toBeInstanceOf(AbciError)
            expect((e as AbciError).codespace).toBe('dataasset')
            continue
          }
          expect(budgetProblem(next)).toBeUndefined()
          expect(next.totalMicro <= b.totalMicro).toBe(true)
          expect(next.spentMicro >= b.spentMicro).toBe(true)
          expect(remainingMicro(next) >= 0n).toBe(true)
          b = next
        }
      }),
      { numRuns: 500, seed: SEED },
    )
  })

  it('rounds fractional ε up to the next micro-ε, and exactly when already whole', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (x, unit) => {
          const micro = microEpsilonCeil(x, unit)
          // smallest micro amount whose value is at least x / unit ε
          expect(micro * unit >= x * 1_000_000n).toBe(true)
          expect(micro === 0n || (micro - 1n) * unit < x * 1_000_000n).toBe(true)
        },
      ),
      { seed: SEED },
    )
    expect(microEpsilonCeil(1n, 1_000_000_000n)).toBe(1n) // 1 nano-ε costs a whole micro-ε
    expect(microEpsilonCeil(3_000n, 1_000_000_000n)).toBe(3n)
    expect(microEpsilonCeil(500_000n, 1_000_000n)).toBe(500_000n)
  })

  it('names the failure: overdraw, over-release, raise, below committed, bad amounts', () => {
    const b = { totalMicro: 100n, reservedMicro: 30n, spentMicro: 20n }
    expect(() => reserve(b, 51n)).toThrow(/only 50 remain: insufficient privacy budget/)
    expect(() => release(b, 31n)).toThrow(/only 30 are reserved/)
    expect(() => spend(b, 10n, 11n)).toThrow(/exceeds its reservation/)
    expect(() => lowerTotal(b, 101n)).toThrow(/may only decrease/)
    expect(() => lowerTotal(b, 49n)).toThrow(/below spent plus reserved/)
    expect(() => reserve(b, 0n)).toThrow(/invalid epsilon amount/)
    expect(() => reserve(b, -1n)).toThrow(/invalid epsilon amount/)
    expect(() => reserve(b, LIMITS.epsilonMaxMicro + 1n)).toThrow(/invalid epsilon amount/)
    expect(spend(b, 30n, 7n)).toEqual({ totalMicro: 100n, reservedMicro: 0n, spentMicro: 27n })
    expect(lowerTotal(b, 50n).totalMicro).toBe(50n)
  })
})
