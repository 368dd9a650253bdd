// What slashing needs from staking.
import type { Context, Dec } from '../sdk/index.js'

export interface SlashingValidator {
  operator: string
  consPubKey: Uint8Array
  jailed: boolean
  status: number
  tokens: bigint
  delegatorShares: Dec
  minSelfDelegation: bigint
}

export interface SlashingStakingKeeper {
  getValidator(ctx: Context, val: string): SlashingValidator | undefined
  getValidatorByConsAddr(ctx: Context, consAddr: Uint8Array): SlashingValidator | undefined
  getDelegation(ctx: Context, del: string, val: string): { shares: Dec } | undefined
  /** Burns fraction × power's tokens for an infraction at `height`; returns the validator's burned tokens. */
  slash(ctx: Context, consAddr: Uint8Array, height: bigint, power: bigint, fraction: Dec): bigint
  jail(ctx: Context, consAddr: Uint8Array): void
  unjail(ctx: Context, consAddr: Uint8Array): void
}
