// Auth invariant: account numbers are unique and all below the global counter, because signatures bind
// the number and a reused one would let old signatures verify for a new account.
import type { Context, Invariant } from '../sdk/index.js'
import type { AccountKeeper } from './keeper.js'

export function authInvariants(keeper: AccountKeeper): Invariant[] {
  return [
    {
      name: 'auth/account-numbers',
      check(ctx: Context) {
        const next = keeper.peekAccountNumber(ctx)
        const seen = new Map<bigint, string>()
        const problems: string[] = []
        keeper.iterateAccounts(ctx, (a) => {
          const other = seen.get(a.accountNumber)
          if (other) problems.push(`${a.address} and ${other} share account number ${a.accountNumber}`)
          if (a.accountNumber >= next)
            problems.push(`${a.address} has number ${a.accountNumber} >= counter ${next}`)
          seen.set(a.accountNumber, a.address)
          return false
        })
        return problems.length > 0 ? problems.join('; ') : undefined
      },
    },
  ]
}
