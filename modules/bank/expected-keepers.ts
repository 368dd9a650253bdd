// What bank needs from the auth module's AccountKeeper, declared here so bank depends on an interface.
import type { Context } from '../sdk/index.js'

export interface BankModuleAccount {
  address: string
  module?: { name: string; permissions: readonly string[] }
}

export interface BankAccountKeeper {
  hasAccount(ctx: Context, address: string): boolean
  /** Creates an account with the next account number when none exists (new recipients). */
  ensureAccount(ctx: Context, address: string): unknown
  /** The address of a registered module account, or undefined. */
  getModuleAddress(name: string): string | undefined
  /** The module account, created if missing; throws for an unregistered module name. */
  getModuleAccount(ctx: Context, name: string): BankModuleAccount
}
