// Property: any sequence of sends, multi-sends, mints and burns keeps supply = sum of balances and no
// balance negative; an operation that fails (overspend, bad coins, missing permission) changes nothing.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { propertySeed } from '../../node/testing/property-seed.js'
import { AbciError, type Coin } from '../sdk/index.js'
import { bankInvariants } from './invariants.js'
import { addr, bankEnv, cleanupBankEnvs, moduleAddr } from './test-env.js'

const SEED = propertySeed('modules/bank/invariants.test.ts')

afterEach(cleanupBankEnvs)

const DENOMS = ['uaaa', 'udatum'] as const
const PEOPLE = [1, 2, 3].map(addr)
const holders = [...PEOPLE, moduleAddr('mint'), moduleAddr('burn')]

const coinsArb = fc
  .uniqueArray(fc.constantFrom(...DENOMS), { minLength: 1, maxLength: 2 })
  .chain((denoms) =>
    fc.tuple(
      ...denoms.sort().map((d) => fc.bigInt({ min: -1n, max: 60n }).map((amount) => ({ denom: d, amount }))),
    ),
  )

const opArb = fc.oneof(
  fc.record({ kind: fc.constant('send' as const), from: fc.nat(2), to: fc.nat(2), coins: coinsArb }),
  fc.record({
    kind: fc.constant('multi' as const),
    from: fc.nat(2),
    a: fc.nat(2),
    b: fc.nat(2),
    coins: coinsArb,
  }),
  fc.record({ kind: fc.constant('mint' as const), module: fc.constantFrom('mint', 'burn'), coins: coinsArb }),
  fc.record({ kind: fc.constant('burn' as const), module: fc.constantFrom('mint', 'burn'), coins: coinsArb }),
  fc.record({ kind: fc.constant('toModule' as const), from: fc.nat(2), coins: coinsArb }),
)

describe('bank invariants under random operations', () => {
  it('hold after every operation, and failed operations change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        const env = await bankEnv()
        env.fund(PEOPLE[0]!, [
          { denom: 'uaaa', amount: 100n },
          { denom: 'udatum', amount: 100n },
        ])
        const snapshot = (): string =>
          JSON.stringify(
            holders.map((h) => env.bank.getAllBalances(env.ctx(), h)),
            (_k, v) => (typeof v === 'bigint' ? v.toString() : v),
          )
        for (const op of ops) {
          const before = snapshot()
          const ctx = env.ctx()
          const coins: Coin[] = op.coins
          try {
            if (op.kind === 'send') env.bank.sendCoins(ctx, PEOPLE[op.from]!, PEOPLE[op.to]!, coins)
            else if (op.kind === 'multi') {
              const half = coins.map((c) => ({ denom: c.denom, amount: c.amount / 2n }))
              const rest = coins.map((c, i) => ({ denom: c.denom, amount: c.amount - half[i]!.amount }))
              env.bank.inputOutputCoins(ctx, { address: PEOPLE[op.from]!, coins }, [
                { address: PEOPLE[op.a]!, coins: half },
                { address: PEOPLE[op.b]!, coins: rest },
              ])
            } else if (op.kind === 'mint') env.bank.mintCoins(ctx, op.module, coins)
            else if (op.kind === 'burn') env.bank.burnCoins(ctx, op.module, coins)
            else env.bank.sendCoinsFromAccountToModule(ctx, PEOPLE[op.from]!, 'burn', coins)
          } catch (e) {
            expect(e).toBeInstanceOf(AbciError)
            expect(snapshot()).toBe(before)
          }
          for (const inv of bankInvariants(env.bank)) expect(inv.check(env.ctx())).toBeUndefined()
        }
        await env.cleanup()
      }),
      { numRuns: 40, seed: SEED },
    )
  })
})
