// Distribution's staking hooks (cosmos x/distribution/keeper/hooks.go): keep F1 periods in step with every
// validator and delegation change.
import type { Context, Dec } from '../sdk/index.js'
import type { DistributionKeeper } from './keeper.js'

export function distributionHooks(k: DistributionKeeper) {
  const validator = (ctx: Context, val: string) => k.staking.getValidator(ctx, val)
  return {
    afterValidatorCreated: (ctx: Context, val: string) => k.initializeValidator(ctx, val),
    afterValidatorRemoved: (ctx: Context, _cons: Uint8Array, val: string) =>
      k.afterValidatorRemoved(ctx, val),
    beforeDelegationCreated: (ctx: Context, _del: string, val: string) => {
      const v = validator(ctx, val)
      if (v) k.incrementValidatorPeriod(ctx, v)
    },
    beforeDelegationSharesModified: (ctx: Context, del: string, val: string) => {
      k.withdrawDelegationRewards(ctx, val, del)
    },
    afterDelegationModified: (ctx: Context, del: string, val: string) =>
      k.initializeDelegation(ctx, val, del),
    beforeValidatorSlashed: (ctx: Context, val: string, fraction: Dec) =>
      k.beforeValidatorSlashed(ctx, val, fraction),
  }
}
