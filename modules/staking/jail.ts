// Jailing takes a validator out of the power index (so end-block unbonds it) without touching its tokens;
// unjailing puts it back. Kept apart from the set update so delegation and slashing can jail without a cycle.
import type { Context } from '../sdk/index.js'
import type { StakingKeeper } from './keeper.js'
import type { Validator } from './records.js'

export function jailValidator(k: StakingKeeper, ctx: Context, v: Validator): void {
  if (v.jailed) throw new Error(`cannot jail already jailed validator, validator: ${v.operator}`)
  v.jailed = true
  k.setValidator(ctx, v)
  k.deleteValidatorByPowerIndex(ctx, v)
}

export function unjailValidator(k: StakingKeeper, ctx: Context, v: Validator): void {
  if (!v.jailed) throw new Error(`cannot unjail already unjailed validator, validator: ${v.operator}`)
  v.jailed = false
  k.setValidator(ctx, v)
  k.setValidatorByPowerIndex(ctx, v)
}
