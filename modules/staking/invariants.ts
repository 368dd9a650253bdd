// The x/staking crisis invariants: pools match the tokens they back, power index sane, delegations
// positive, and each validator's shares equal the sum of its delegations' shares.

import { decToString } from '../sdk/dec.js'
import type { Context, Invariant } from '../sdk/index.js'
import { consensusPower, type StakingKeeper } from './keeper.js'
import { BondStatus } from './records.js'

export function stakingInvariants(k: StakingKeeper): Invariant[] {
  return [
    {
      name: 'staking/module-accounts',
      check(ctx: Context) {
        let bonded = 0n
        let notBonded = 0n
        for (const v of k.allValidators(ctx)) {
          if (v.status === BondStatus.BOND_STATUS_BONDED) bonded += v.tokens
          else notBonded += v.tokens
        }
        for (const u of k.allUbds(ctx)) for (const e of u.entries) notBonded += e.balance
        const poolBonded = k.bondedTokens(ctx)
        const poolNotBonded = k.notBondedTokens(ctx)
        if (poolBonded === bonded && poolNotBonded === notBonded) return undefined
        return `bonded pool ${poolBonded} vs bonded validators ${bonded}; not-bonded pool ${poolNotBonded} vs unbonded validators + unbonding entries ${notBonded}`
      },
    },
    {
      name: 'staking/nonnegative-power',
      check(ctx: Context) {
        let previous: bigint | undefined
        for (const op of k.validatorsByPower(ctx)) {
          const v = k.mustGetValidator(ctx, op)
          const power = consensusPower(v.tokens)
          if (v.jailed) return `jailed validator ${op} is in the power index`
          if (previous !== undefined && power > previous) return `power index out of order at ${op}`
          if (v.tokens < 0n || v.delegatorShares < 0n) return `validator ${op} has negative tokens or shares`
          previous = power
        }
        return undefined
      },
    },
    {
      name: 'staking/positive-delegation',
      check(ctx: Context) {
        for (const d of k.allDelegations(ctx))
          if (d.shares <= 0n)
            return `delegation ${d.delegator} → ${d.validator} has shares ${decToString(d.shares)}`
        return undefined
      },
    },
    {
      name: 'staking/delegator-shares',
      check(ctx: Context) {
        const sums = new Map<string, bigint>()
        for (const d of k.allDelegations(ctx)) sums.set(d.validator, (sums.get(d.validator) ?? 0n) + d.shares)
        for (const v of k.allValidators(ctx)) {
          const sum = sums.get(v.operator) ?? 0n
          if (sum !== v.delegatorShares)
            return `validator ${v.operator} shares ${decToString(v.delegatorShares)} ≠ delegations' ${decToString(sum)}`
        }
        return undefined
      },
    },
  ]
}
