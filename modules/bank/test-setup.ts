// Test support for the bank tests: real auth + bank keepers over in-memory stores.
import { AccountKeeper } from '../auth/keeper.js'
import { MemoryStores, testContext } from '../auth/test-context.js'
import { type Coin, type Context, type ExecMode, moduleAddress, toBech32 } from '../sdk/index.js'
import { BankKeeper, type BankKeeperOptions } from './keeper.js'

export const addr = (seed: number): string => toBech32(new Uint8Array(20).fill(seed))
export const moduleAddr = (name: string): string => toBech32(moduleAddress(name))
export const udatum = (amount: bigint | number): Coin[] => [{ denom: 'udatum', amount: BigInt(amount) }]

export interface BankEnv {
  stores: MemoryStores
  accounts: AccountKeeper
  bank: BankKeeper
  ctx(mode?: ExecMode): Context
  /** Mints through the `mint` module and pays `to`. */
  fund(to: string, coins: Coin[]): void
}

export function bankEnv(options: BankKeeperOptions = {}): BankEnv {
  const stores = new MemoryStores()
  const accounts = new AccountKeeper({
    moduleAccountPermissions: { mint: ['minter'], burn: ['burner'], plain: [] },
  })
  const bank = new BankKeeper(accounts, options)
  const env: BankEnv = {
    stores,
    accounts,
    bank,
    ctx: (mode = 'deliver') => testContext({ stores, mode }),
    fund(to, coins) {
      const ctx = env.ctx()
      bank.mintCoins(ctx, 'mint', coins)
      bank.sendCoinsFromModuleToAccount(ctx, 'mint', to, coins)
    },
  }
  return env
}

/** Events as [type, [key, value]...] tuples, easy to compare with cosmos output. */
export const eventTuples = (ctx: Context): [string, string[][]][] =>
  ctx.events.events().map((e) => [e.type, e.attributes.map((a) => [a.key, a.value])])
