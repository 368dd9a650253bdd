// What mint needs of bank (supply, minting into its module account, paying the fee collector) and of
// staking (bonded tokens, for the bonded ratio).
import type { Coin, Context } from '../sdk/index.js'

export interface MintBankKeeper {
  getSupply(ctx: Context, denom: string): Coin
  mintCoins(ctx: Context, module: string, amount: Coin[]): void
  sendCoinsFromModuleToModule(ctx: Context, from: string, to: string, amount: Coin[]): void
}

export interface MintStakingKeeper {
  bondedTokens(ctx: Context): bigint
}
