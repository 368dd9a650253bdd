// AccountKeeper: accounts by address, the global account-number counter, module accounts and params.
// Other modules reach it only through expected-keeper interfaces declared in their own folders.
import {
  type Context,
  type KVStore,
  moduleAddress,
  PrefixStore,
  readUint64BE,
  toBech32,
  uint64BE,
} from '../sdk/index.js'
import { type Account, decodeAccount, encodeAccount } from './account.js'
import { authErrors } from './errors.js'
import {
  ACCOUNTS_PREFIX,
  accountKey,
  FEE_COLLECTOR_NAME,
  GLOBAL_ACCOUNT_NUMBER_KEY,
  PARAMS_KEY,
  STORE_KEY,
} from './keys.js'
import { type AuthParams, decodeAuthParams, defaultAuthParams, encodeAuthParams } from './params.js'

export interface AccountKeeperOptions {
  /** Module name -> permissions (`minter`, `burner`, `staking`); only these names get module accounts. */
  moduleAccountPermissions?: Record<string, readonly string[]>
  bech32Prefix?: string
}

export class AccountKeeper {
  readonly bech32Prefix: string
  private readonly permissions: Map<string, string[]>
  private readonly moduleAddresses: Map<string, string>
  /** The last params decoded, by their stored bytes: every tx reads them, they change rarely. */
  private paramsMemo: { raw: Uint8Array; params: Readonly<AuthParams> } | undefined

  constructor(options: AccountKeeperOptions = {}) {
    this.bech32Prefix = options.bech32Prefix ?? 'datum'
    const perms = { [FEE_COLLECTOR_NAME]: [], ...options.moduleAccountPermissions }
    this.permissions = new Map(Object.entries(perms).map(([name, p]) => [name, [...p]]))
    this.moduleAddresses = new Map(
      [...this.permissions.keys()].map((name) => [name, toBech32(moduleAddress(name), this.bech32Prefix)]),
    )
  }

  private store(ctx: Context): KVStore {
    return ctx.kvStore(STORE_KEY)
  }

  getParams(ctx: Context): AuthParams {
    // The read stays (it charges the same gas in every mode); only the decode is skipped when the bytes match.
    const raw = this.store(ctx).get(PARAMS_KEY)
    if (!raw) return defaultAuthParams()
    const memo = this.paramsMemo
    if (memo && Buffer.compare(memo.raw, raw) === 0) return memo.params
    const params = Object.freeze(decodeAuthParams(raw))
    this.paramsMemo = { raw: raw.slice(), params }
    return params
  }

  setParams(ctx: Context, params: AuthParams): void {
    this.store(ctx).set(PARAMS_KEY, encodeAuthParams(params))
  }

  getAccount(ctx: Context, address: string): Account | undefined {
    const raw = this.store(ctx).get(accountKey(address, this.bech32Prefix))
    return raw ? decodeAccount(raw) : undefined
  }

  hasAccount(ctx: Context, address: string): boolean {
    return this.store(ctx).has(accountKey(address, this.bech32Prefix))
  }

  setAccount(ctx: Context, account: Account): void {
    this.store(ctx).set(accountKey(account.address, this.bech32Prefix), encodeAccount(account))
  }

  /** Takes the next account number (cosmos `NextAccountNumber`): numbers are never reused. */
  nextAccountNumber(ctx: Context): bigint {
    const n = this.peekAccountNumber(ctx)
    this.store(ctx).set(GLOBAL_ACCOUNT_NUMBER_KEY, uint64BE(n + 1n))
    return n
  }

  /** The number the next new account will get, without taking it (for read-only queries). */
  peekAccountNumber(ctx: Context): bigint {
    const raw = this.store(ctx).get(GLOBAL_ACCOUNT_NUMBER_KEY)
    return raw ? readUint64BE(raw) : 0n
  }

  /** Moves the counter past `used` (genesis import of accounts that already carry numbers). */
  advanceAccountNumberPast(ctx: Context, used: bigint): void {
    if (this.peekAccountNumber(ctx) <= used)
      this.store(ctx).set(GLOBAL_ACCOUNT_NUMBER_KEY, uint64BE(used + 1n))
  }

  /** A fresh BaseAccount with the next account number; not stored until `setAccount`. */
  newAccountWithAddress(ctx: Context, address: string): Account {
    return { address, accountNumber: this.nextAccountNumber(ctx), sequence: 0n }
  }

  /** Creates and stores an account for `address` when none exists (bank calls this for new recipients). */
  ensureAccount(ctx: Context, address: string): Account {
    const existing = this.getAccount(ctx, address)
    if (existing) return existing
    const acc = this.newAccountWithAddress(ctx, address)
    this.setAccount(ctx, acc)
    return acc
  }

  /** Accounts in address-byte order; stop early by returning true from `fn`. */
  iterateAccounts(ctx: Context, fn: (a: Account) => boolean | undefined): void {
    for (const { value } of new PrefixStore(this.store(ctx), ACCOUNTS_PREFIX).iterator()) {
      if (fn(decodeAccount(value))) return
    }
  }

  accountsStore(ctx: Context): KVStore {
    return new PrefixStore(this.store(ctx), ACCOUNTS_PREFIX)
  }

  /** The address of a registered module account, or undefined for an unknown module name. */
  getModuleAddress(name: string): string | undefined {
    return this.moduleAddresses.get(name)
  }

  moduleAccountNames(): string[] {
    return [...this.permissions.keys()].sort()
  }

  modulePermissions(name: string): readonly string[] | undefined {
    return this.permissions.get(name)
  }

  /**
   * The module account of `name`, created (with the next account number) when missing, as cosmos
   * `GetModuleAccountAndPermissions` does. Throws for a module that was never registered.
   */
  getModuleAccount(ctx: Context, name: string): Account {
    const { stored, ...acc } = this.peekModuleAccount(ctx, name)
    if (stored) return acc
    if (acc.accountNumber < 0n) acc.accountNumber = this.nextAccountNumber(ctx)
    this.setAccount(ctx, acc)
    return acc
  }

  /**
   * The module account as stored, or as it would be created (account number -1 when not yet stored).
   * A plain account at the module address (someone sent coins there before the module first used it)
   * becomes the module account, keeping its number: nobody holds a key for a hash-derived address, so
   * it never signed anything. `stored` is false until that conversion is written.
   */
  peekModuleAccount(ctx: Context, name: string): Account & { stored: boolean } {
    const address = this.moduleAddresses.get(name)
    const permissions = this.permissions.get(name)
    if (address === undefined || permissions === undefined)
      throw authErrors.unknownModuleAccount.wrap(`module account ${name} does not exist`)
    const module = { name, permissions: [...permissions] }
    const stored = this.getAccount(ctx, address)
    if (stored?.module) return { ...stored, stored: true }
    if (stored) {
      if (stored.pubKey) throw authErrors.invalidType.wrap(`account ${address} is not a module account`)
      return { ...stored, module, stored: false }
    }
    return { address, accountNumber: -1n, sequence: 0n, module, stored: false }
  }
}
