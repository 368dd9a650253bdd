// Bank invariants (cosmos x/bank keeper/invariants.go): no negative balance, and the stored supply of
// every denom equals the sum of all balances of it.
import { addCoins, type Coin, type Context, coinsToString, type Invariant } from '../sdk/index.js'
import type { BankViewKeeper } from './view-keeper.js'

export function bankInvariants(keeper: BankViewKeeper): Invariant[] {
  return [
    {
      name: 'bank/nonnegative-outstanding',
      check(ctx: Context) {
        const bad: string[] = []
        keeper.iterateAllBalances(ctx, (addr, coin) => {
          if (coin.amount <= 0n) bad.push(`${Buffer.from(addr).toString('hex')}: ${coin.amount}${coin.denom}`)
        })
        return bad.length > 0 ? `non-positive balances stored: ${bad.join('; ')}` : undefined
      },
    },
    {
      name: 'bank/total-supply',
      check(ctx: Context) {
        let sum: Coin[] = []
        keeper.iterateAllBalances(ctx, (_addr, coin) => {
          sum = addCoins(sum, [coin])
        })
        const supply = coinsToString(keeper.getTotalSupply(ctx))
        const balances = coinsToString(sum)
        return supply === balances ? undefined : `total supply ${supply} != sum of balances ${balances}`
      },
    },
  ]
}
