// Slashing's staking hook: a validator that bonds gets (or restarts) its signing info.
import type { Context } from '../sdk/index.js'
import type { SlashingKeeper } from './keeper.js'

export function slashingHooks(k: SlashingKeeper) {
  return {
    afterValidatorBonded: (ctx: Context, consAddr: Uint8Array) => k.afterValidatorBonded(ctx, consAddr),
  }
}
