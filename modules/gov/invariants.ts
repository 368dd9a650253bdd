// Gov invariants: every deposit belongs to a proposal still collecting or voting, and each proposal's
// total_deposit equals the sum of its deposit records.
import { ProposalStatus } from 'cosmjs-types/cosmos/gov/v1/gov'
import { addCoins, type Coin, coinsToString, type Invariant, parseAmount } from '../sdk/index.js'
import type { GovKeeper } from './keeper.js'

const coins = (cs: { denom: string; amount: string }[]): Coin[] =>
  cs.map((c) => ({ denom: c.denom, amount: parseAmount(c.amount) }))

export function govInvariants(keeper: GovKeeper): Invariant[] {
  return [
    {
      name: 'deposits',
      check(ctx) {
        for (const p of keeper.proposals(ctx)) {
          let sum: Coin[] = []
          for (const d of keeper.deposits(ctx, p.id)) sum = addCoins(sum, coins(d.amount))
          const open =
            p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD ||
            p.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD
          if (!open && sum.length > 0)
            return `proposal ${p.id} is closed but holds deposits ${coinsToString(sum)}`
          if (open && coinsToString(sum) !== coinsToString(coins(p.totalDeposit)))
            return `proposal ${p.id} total_deposit ${coinsToString(coins(p.totalDeposit))} != sum of deposits ${coinsToString(sum)}`
        }
        return undefined
      },
    },
  ]
}
