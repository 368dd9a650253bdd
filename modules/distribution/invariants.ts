// x/distribution crisis invariants: outstanding rewards never negative, the module account covers every
// validator's outstanding rewards plus the community pool, and reference counts match their users.
import {
  addDecCoins,
  type Context,
  decCoinsFromCoins,
  type Invariant,
  isAnyNegative,
  subDecCoins,
} from '../sdk/index.js'
import type { DistributionKeeper } from './keeper.js'
import { MODULE_NAME } from './keys.js'

export function distributionInvariants(k: DistributionKeeper): Invariant[] {
  return [
    {
      name: 'distribution/nonnegative-outstanding',
      check(ctx: Context) {
        for (const v of k.validatorsWithRecords(ctx))
          if (isAnyNegative(k.getOutstanding(ctx, v))) return `negative outstanding rewards for ${v}`
        return undefined
      },
    },
    {
      name: 'distribution/module-account',
      check(ctx: Context) {
        let expected = k.getCommunityPool(ctx)
        for (const v of k.validatorsWithRecords(ctx))
          expected = addDecCoins(expected, k.getOutstanding(ctx, v))
        const balance = decCoinsFromCoins(
          k.bank.getAllBalances(ctx, k.accounts.getModuleAddress(MODULE_NAME)!),
        )
        try {
          const slack = subDecCoins(balance, expected)
          // Only fractions below one whole coin per denom may be unaccounted (truncation of payouts).
          if (slack.every((c) => c.amount < 10n ** 18n)) return undefined
          return `module account holds more than outstanding + community pool: slack ${JSON.stringify(slack, (_k, x) => (typeof x === 'bigint' ? x.toString() : x))}`
        } catch {
          return 'module account holds less than outstanding rewards + community pool'
        }
      },
    },
  ]
}
