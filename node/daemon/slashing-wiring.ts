// Joins slashing to staking: the adapter behind slashing's expected staking keeper (slash, jail and unjail by
// consensus address run staking's own functions).
import type { SlashingStakingKeeper } from '../../modules/slashing/index.js'
import { jailByConsAddr, type StakingKeeper, slash, unjailByConsAddr } from '../../modules/staking/index.js'

export function slashingStakingAdapter(staking: StakingKeeper): SlashingStakingKeeper {
  return {
    getValidator: (ctx, val) => staking.getValidator(ctx, val),
    getValidatorByConsAddr: (ctx, cons) => staking.getValidatorByConsAddr(ctx, cons),
    getDelegation: (ctx, del, val) => staking.getDelegation(ctx, del, val),
    slash: (ctx, cons, height, power, fraction) => slash(staking, ctx, cons, height, power, fraction),
    jail: (ctx, cons) => jailByConsAddr(staking, ctx, cons),
    unjail: (ctx, cons) => unjailByConsAddr(staking, ctx, cons),
  }
}
