// What distribution needs from staking, bank and auth.
import type { Coin, Context, Dec } from '../sdk/index.js'

/** The parts of a validator distribution reads. */
export interface DistrValidator {
  operator: string
  tokens: bigint
  delegatorShares: Dec
  commission: { rate: Dec }
}

export interface DistrStakingKeeper {
  getValidator(ctx: Context, val: string): DistrValidator | undefined
  getValidatorByConsAddr(ctx: Context, consAddr: Uint8Array): DistrValidator | undefined
  getDelegation(ctx: Context, del: string, val: string): { shares: Dec } | undefined
  delegatorDelegations(ctx: Context, del: string): Iterable<{ validator: string; shares: Dec }>
}

export interface DistrBankKeeper {
  getAllBalances(ctx: Context, address: string): Coin[]
  sendCoinsFromModuleToModule(ctx: Context, from: string, to: string, amount: Coin[]): void
  sendCoinsFromModuleToAccount(ctx: Context, module: string, recipient: string, amount: Coin[]): void
  sendCoinsFromAccountToModule(ctx: Context, sender: string, module: string, amount: Coin[]): void
  blockedAddr(address: string): boolean
}

export interface DistrAccountKeeper {
  getModuleAddress(name: string): string | undefined
}
