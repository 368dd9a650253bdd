// Test support for the bank tests: real auth + bank keepers over the real store (node/testing).
import { makeTestContext } from '../../node/testing/test-context.js'
import { AccountKeeper } from '../auth/keeper.js'

export { expectAbciError, expectQueryError } from '../auth/test-env.js'

import { type Coin, type Context, type ExecMode, moduleAddress, toBech32 } from '../sdk/index.js'
import { BankKeeper, type BankKeeperOptions } from './keeper.js'

export const addr = (seed: number): string => toBech32(new Uint8Array(20).fill(seed))
export const moduleAddr = (name: string): string => toBech32(moduleAddress(name))
export const udatum = (amount: bigint | number): Coin[] => [{ denom: 'udatum', amount: BigInt(amount) }]

export interface BankEnv {
  accounts: AccountKeeper
  bank: BankKeeper
  /** Flushes the previous context and opens a new one (own events and gas meter) over everything so far. */
  ctx(mode?: ExecMode): Context
  /** Mints through the `mint` module and pays `to`. */
  fund(to: string, coins: Coin[]): void
  cleanup(): Promise<void>
}

const open: BankEnv[] = []

/** Closes every env opened so far (call in afterEach / afterAll). */
export async function cleanupBankEnvs(): Promise<void> {
  await Promise.all(open.splice(0).map((e) => e.cleanup()))
}

export async function bankEnv(options: BankKeeperOptions = {}): Promise<BankEnv> {
  const tc = await makeTestContext({ storeKeys: ['acc', 'bank'] })
  const accounts = new AccountKeeper({
    moduleAccountPermissions: { mint: ['minter'], burn: ['burner'], plain: [] },
  })
  const bank = new BankKeeper(accounts, options)
  const env: BankEnv = {
    accounts,
    bank,
    ctx: (mode = 'deliver') => tc.fresh({ mode }),
    fund(to, coins) {
      const ctx = env.ctx()
      bank.mintCoins(ctx, 'mint', coins)
      bank.sendCoinsFromModuleToAccount(ctx, 'mint', to, coins)
    },
    cleanup: () => tc.cleanup(),
  }
  open.push(env)
  return env
}

/** Events as [type, [key, value]...] tuples, easy to compare with cosmos output. */
export const eventTuples = (ctx: Context): [string, string[][]][] =>
  ctx.events.events().map((e) => [e.type, e.attributes.map((a) => [a.key, a.value])])
