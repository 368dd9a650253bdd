// Read side of bank state plus the raw balance/supply setters the send keeper builds on
// (cosmos BaseViewKeeper). Balances are decimal strings; a zero balance is deleted, never stored.
import type { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank'
import { Metadata as MetadataProto } from 'cosmjs-types/cosmos/bank/v1beta1/bank'
import {
  type Coin,
  type Context,
  type KVStore,
  PrefixStore,
  prefixIterator,
  sdkErrors,
  utf8,
} from '../sdk/index.js'
import {
  accountBalancesPrefix,
  BALANCES_PREFIX,
  balanceKey,
  DENOM_METADATA_PREFIX,
  denomMetadataKey,
  denomOwnerKey,
  denomOwnersPrefix,
  PARAMS_KEY,
  SEND_ENABLED_PREFIX,
  STORE_KEY,
  SUPPLY_PREFIX,
  sendEnabledKey,
  supplyKey,
} from './keys.js'
import { type BankParams, decodeBankParams, defaultBankParams, encodeBankParams } from './params.js'

const amountBytes = (n: bigint): Uint8Array => utf8.encode(n.toString())
const readAmount = (b: Uint8Array | undefined): bigint => (b ? BigInt(utf8.decode(b)) : 0n)

export class BankViewKeeper {
  protected store(ctx: Context): KVStore {
    return ctx.kvStore(STORE_KEY)
  }

  getBalance(ctx: Context, address: string, denom: string): Coin {
    return { denom, amount: readAmount(this.store(ctx).get(balanceKey(address, denom))) }
  }

  /** Every non-zero balance of `address`, sorted by denom. */
  getAllBalances(ctx: Context, address: string): Coin[] {
    const out: Coin[] = []
    for (const { key, value } of this.balancesStore(ctx, address).iterator())
      out.push({ denom: utf8.decode(key), amount: readAmount(value) })
    return out
  }

  /** Balances with nothing locked: Datum has no vesting accounts, so everything is spendable. */
  spendableCoins(ctx: Context, address: string): Coin[] {
    return this.getAllBalances(ctx, address)
  }

  hasBalance(ctx: Context, address: string, coin: Coin): boolean {
    return this.getBalance(ctx, address, coin.denom).amount >= coin.amount
  }

  /** The balances of one account as a store keyed by denom (for paginated queries). */
  balancesStore(ctx: Context, address: string): KVStore {
    return new PrefixStore(this.store(ctx), accountBalancesPrefix(address))
  }

  protected setBalance(ctx: Context, address: string, coin: Coin): void {
    if (coin.amount < 0n)
      throw sdkErrors.insufficientFunds.wrap(`negative balance ${coin.amount}${coin.denom}`)
    const store = this.store(ctx)
    if (coin.amount === 0n) {
      store.delete(balanceKey(address, coin.denom))
      store.delete(denomOwnerKey(coin.denom, address))
      return
    }
    store.set(balanceKey(address, coin.denom), amountBytes(coin.amount))
    store.set(denomOwnerKey(coin.denom, address), new Uint8Array())
  }

  /** Holders of `denom` as a store keyed by address bytes (for DenomOwners). */
  denomOwnersStore(ctx: Context, denom: string): KVStore {
    return new PrefixStore(this.store(ctx), denomOwnersPrefix(denom))
  }

  getSupply(ctx: Context, denom: string): Coin {
    return { denom, amount: readAmount(this.store(ctx).get(supplyKey(denom))) }
  }

  protected setSupply(ctx: Context, coin: Coin): void {
    if (coin.amount === 0n) this.store(ctx).delete(supplyKey(coin.denom))
    else this.store(ctx).set(supplyKey(coin.denom), amountBytes(coin.amount))
  }

  getTotalSupply(ctx: Context): Coin[] {
    const out: Coin[] = []
    for (const { key, value } of this.supplyStore(ctx).iterator())
      out.push({ denom: utf8.decode(key), amount: readAmount(value) })
    return out
  }

  supplyStore(ctx: Context): KVStore {
    return new PrefixStore(this.store(ctx), SUPPLY_PREFIX)
  }

  getDenomMetadata(ctx: Context, denom: string): Metadata | undefined {
    const raw = this.store(ctx).get(denomMetadataKey(denom))
    return raw ? MetadataProto.decode(raw) : undefined
  }

  setDenomMetadata(ctx: Context, metadata: Metadata): void {
    this.store(ctx).set(denomMetadataKey(metadata.base), MetadataProto.encode(metadata).finish())
  }

  denomMetadataStore(ctx: Context): KVStore {
    return new PrefixStore(this.store(ctx), DENOM_METADATA_PREFIX)
  }

  getParams(ctx: Context): BankParams {
    const raw = this.store(ctx).get(PARAMS_KEY)
    return raw ? decodeBankParams(raw) : defaultBankParams()
  }

  setParams(ctx: Context, params: BankParams): void {
    this.store(ctx).set(PARAMS_KEY, encodeBankParams(params))
  }

  /** The per-denom override, or undefined when the denom follows the default. */
  getSendEnabledEntry(ctx: Context, denom: string): boolean | undefined {
    const raw = this.store(ctx).get(sendEnabledKey(denom))
    return raw ? raw[0] === 1 : undefined
  }

  setSendEnabled(ctx: Context, denom: string, enabled: boolean): void {
    this.store(ctx).set(sendEnabledKey(denom), Uint8Array.of(enabled ? 1 : 0))
  }

  isSendEnabledDenom(ctx: Context, denom: string): boolean {
    return this.getSendEnabledEntry(ctx, denom) ?? this.getParams(ctx).defaultSendEnabled
  }

  sendEnabledStore(ctx: Context): KVStore {
    return new PrefixStore(this.store(ctx), SEND_ENABLED_PREFIX)
  }

  /** Every (address, coins) pair, grouped by account in address-byte order. */
  iterateAllBalances(ctx: Context, fn: (addressBytes: Uint8Array, coin: Coin) => void): void {
    for (const { key, value } of prefixIterator(this.store(ctx), BALANCES_PREFIX)) {
      const len = key[1]!
      fn(key.subarray(2, 2 + len), { denom: utf8.decode(key.subarray(2 + len)), amount: readAmount(value) })
    }
  }
}
