// Slashing a validator for an infraction at `infractionHeight` (cosmos x/staking keeper/slash.go): the slash
// amount is fraction × the power it had then; unbonding delegations and redelegations that started at or after
// the infraction pay their share first, the validator's tokens the rest. Burned coins leave the pool they sat in.
import {
  type Context,
  DEC_ONE,
  type Dec,
  decFromInt,
  decMul,
  decMulInt,
  decQuoRoundUp,
  decTruncateInt,
} from '../sdk/index.js'
import { unbond } from './delegation.js'
import { jailValidator, unjailValidator } from './jail.js'
import type { StakingKeeper } from './keeper.js'
import { BONDED_POOL, NOT_BONDED_POOL } from './keys.js'
import { POWER_REDUCTION } from './params.js'
import { BondStatus, compareTime, type Redelegation, type UnbondingDelegation } from './records.js'

const mature = (ctx: Context, t: { seconds: bigint; nanos: number }) => compareTime(t, ctx.time) <= 0

/** Slashes unbonding entries created at or after the infraction; returns the amount they were due to pay. */
function slashUnbondingDelegation(
  k: StakingKeeper,
  ctx: Context,
  ubd: UnbondingDelegation,
  infractionHeight: bigint,
  fraction: Dec,
): bigint {
  let total = 0n
  let burned = 0n
  for (const e of ubd.entries) {
    if (e.creationHeight < infractionHeight || mature(ctx, e.completionTime)) continue
    const amount = decTruncateInt(decMulInt(fraction, e.initialBalance))
    total += amount
    const take = amount < e.balance ? amount : e.balance
    if (take === 0n) continue
    burned += take
    e.balance -= take
  }
  k.setUbd(ctx, ubd)
  k.burnFromPool(ctx, NOT_BONDED_POOL, burned)
  return total
}

/** Slashes redelegation entries by unbonding the redelegated shares at the destination and burning them. */
function slashRedelegation(
  k: StakingKeeper,
  ctx: Context,
  red: Redelegation,
  infractionHeight: bigint,
  fraction: Dec,
): bigint {
  let total = 0n
  let bondedBurned = 0n
  let notBondedBurned = 0n
  for (const e of red.entries) {
    if (e.creationHeight < infractionHeight || mature(ctx, e.completionTime)) continue
    total += decTruncateInt(decMulInt(fraction, e.initialBalance))
    let shares = decMul(fraction, e.sharesDst)
    if (shares === 0n) continue
    const d = k.getDelegation(ctx, red.delegator, red.dst)
    if (!d) continue
    if (shares > d.shares) shares = d.shares
    const tokens = unbond(k, ctx, red.delegator, red.dst, shares)
    const dst = k.getValidator(ctx, red.dst)
    if (!dst || dst.status !== BondStatus.BOND_STATUS_BONDED) notBondedBurned += tokens
    else bondedBurned += tokens
  }
  k.burnFromPool(ctx, BONDED_POOL, bondedBurned)
  k.burnFromPool(ctx, NOT_BONDED_POOL, notBondedBurned)
  return total
}

/** cosmos `Slash`; returns the tokens burned from the validator itself. */
export function slash(
  k: StakingKeeper,
  ctx: Context,
  consAddr: Uint8Array,
  infractionHeight: bigint,
  power: bigint,
  fraction: Dec,
): bigint {
  if (fraction < 0n || fraction > DEC_ONE)
    throw new Error(`attempted to slash with a negative slash factor: ${fraction}`)
  const amount = decTruncateInt(decMul(decFromInt(power * POWER_REDUCTION), fraction))
  const found = k.getValidatorByConsAddr(ctx, consAddr)
  // Already unbonded and removed: nothing to slash (the SDK logs and returns).
  if (!found) return 0n
  if (found.status === BondStatus.BOND_STATUS_UNBONDED)
    throw new Error('should not be slashing unbonded validator')
  if (infractionHeight > ctx.height)
    throw new Error(
      `impossible attempt to slash future infraction at height ${infractionHeight} but we are at height ${ctx.height}`,
    )
  let remaining = amount
  if (infractionHeight < ctx.height) {
    for (const ubd of [...k.validatorUbds(ctx, found.operator)])
      remaining -= slashUnbondingDelegation(k, ctx, ubd, infractionHeight, fraction)
    for (const red of [...k.redelegationsFromSrc(ctx, found.operator)])
      remaining -= slashRedelegation(k, ctx, red, infractionHeight, fraction)
  }
  const v = k.mustGetValidator(ctx, found.operator)
  let burn = remaining < v.tokens ? remaining : v.tokens
  if (burn < 0n) burn = 0n
  if (burn === 0n) return 0n
  const effective = decQuoRoundUp(decFromInt(burn), decFromInt(v.tokens))
  k.hook('beforeValidatorSlashed', ctx, v.operator, effective > DEC_ONE ? DEC_ONE : effective)
  k.deleteValidatorByPowerIndex(ctx, v)
  v.tokens -= burn
  k.setValidator(ctx, v)
  k.setValidatorByPowerIndex(ctx, v)
  k.burnFromPool(ctx, v.status === BondStatus.BOND_STATUS_BONDED ? BONDED_POOL : NOT_BONDED_POOL, burn)
  return burn
}

export function jailByConsAddr(k: StakingKeeper, ctx: Context, consAddr: Uint8Array): void {
  const v = k.getValidatorByConsAddr(ctx, consAddr)
  if (v && !v.jailed) jailValidator(k, ctx, v)
}

export function unjailByConsAddr(k: StakingKeeper, ctx: Context, consAddr: Uint8Array): void {
  const v = k.getValidatorByConsAddr(ctx, consAddr)
  if (v?.jailed) unjailValidator(k, ctx, v)
}
