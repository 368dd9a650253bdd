// What staking needs from bank and auth, and the hooks other modules (distribution, slashing) attach to.

import type { Dec } from '../sdk/dec.js'
import type { Coin, Context } from '../sdk/index.js'

export interface StakingBankKeeper {
  getBalance(ctx: Context, address: string, denom: string): Coin
  sendCoinsFromAccountToModule(ctx: Context, sender: string, module: string, amount: Coin[]): void
  sendCoinsFromModuleToAccount(ctx: Context, module: string, recipient: string, amount: Coin[]): void
  sendCoinsFromModuleToModule(ctx: Context, from: string, to: string, amount: Coin[]): void
  burnCoins(ctx: Context, module: string, amount: Coin[]): void
}

export interface StakingAccountKeeper {
  getModuleAddress(name: string): string | undefined
}

/** cosmos `StakingHooks`; every method optional. Addresses are bech32 (valoper / account). */
export interface StakingHooks {
  afterValidatorCreated?(ctx: Context, val: string): void
  beforeValidatorModified?(ctx: Context, val: string): void
  afterValidatorRemoved?(ctx: Context, consAddr: Uint8Array, val: string): void
  afterValidatorBonded?(ctx: Context, consAddr: Uint8Array, val: string): void
  afterValidatorBeginUnbonding?(ctx: Context, consAddr: Uint8Array, val: string): void
  beforeDelegationCreated?(ctx: Context, del: string, val: string): void
  beforeDelegationSharesModified?(ctx: Context, del: string, val: string): void
  beforeDelegationRemoved?(ctx: Context, del: string, val: string): void
  afterDelegationModified?(ctx: Context, del: string, val: string): void
  beforeValidatorSlashed?(ctx: Context, val: string, fraction: Dec): void
}
