// What auth's ante chain needs from the bank module, and nothing more (cosmos `types.BankKeeper`).
import type { Coin, Context } from '../sdk/index.js'

export interface AnteBankKeeper {
  /** Moves `amount` from an account to a module account; throws sdk code 5 on insufficient funds. */
  sendCoinsFromAccountToModule(ctx: Context, sender: string, recipientModule: string, amount: Coin[]): void
  /** The account's balance of one denom (zero when absent). */
  getBalance(ctx: Context, address: string, denom: string): Coin
}
