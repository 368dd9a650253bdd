// Store layout of the bank module (store key `bank`), the cosmos x/bank prefixes.
import { concatBytes, fromBech32, lengthPrefixed, utf8 } from '../sdk/index.js'

export const MODULE_NAME = 'bank'
export const STORE_KEY = 'bank'

export const SUPPLY_PREFIX = Uint8Array.of(0x00)
export const DENOM_METADATA_PREFIX = Uint8Array.of(0x01)
export const BALANCES_PREFIX = Uint8Array.of(0x02)
export const DENOM_ADDRESS_PREFIX = Uint8Array.of(0x03)
export const SEND_ENABLED_PREFIX = Uint8Array.of(0x04)
export const PARAMS_KEY = Uint8Array.of(0x05)

/** 0x00 | denom -> decimal amount. */
export const supplyKey = (denom: string): Uint8Array => concatBytes(SUPPLY_PREFIX, utf8.encode(denom))

/** 0x01 | denom -> Metadata proto. */
export const denomMetadataKey = (denom: string): Uint8Array =>
  concatBytes(DENOM_METADATA_PREFIX, utf8.encode(denom))

/** 0x02 | len(addr) | addr: every balance of one account sits under this prefix, ordered by denom. */
export const accountBalancesPrefix = (address: string): Uint8Array =>
  concatBytes(BALANCES_PREFIX, lengthPrefixed(fromBech32(address)))

/** 0x02 | len(addr) | addr | denom -> decimal amount (never zero: zero balances are deleted). */
export const balanceKey = (address: string, denom: string): Uint8Array =>
  concatBytes(accountBalancesPrefix(address), utf8.encode(denom))

/** 0x03 | denom | 0x00: the reverse index of holders of one denom. */
export const denomOwnersPrefix = (denom: string): Uint8Array =>
  concatBytes(DENOM_ADDRESS_PREFIX, utf8.encode(denom), Uint8Array.of(0))

/** 0x03 | denom | 0x00 | addr -> empty. */
export const denomOwnerKey = (denom: string, address: string): Uint8Array =>
  concatBytes(denomOwnersPrefix(denom), fromBech32(address))

/** 0x04 | denom -> 0x01 enabled / 0x00 disabled. */
export const sendEnabledKey = (denom: string): Uint8Array =>
  concatBytes(SEND_ENABLED_PREFIX, utf8.encode(denom))

export const DEFAULT_DENOM = 'udatum'

/**
 * Whether a bank key holds part of `address`'s balance: a balance, or its entry in a denom's holder index.
 * The node treats the fee collector's as a CheckTx accumulator (node/app BaseApp.rebaseCheckState).
 */
export function isBalanceKeyOf(address: string): (key: Uint8Array) => boolean {
  const balances = accountBalancesPrefix(address)
  const ownerSuffix = concatBytes(Uint8Array.of(0), fromBech32(address))
  const startsWith = (key: Uint8Array, p: Uint8Array) =>
    key.length >= p.length && p.every((b, i) => key[i] === b)
  const endsWith = (key: Uint8Array, p: Uint8Array) =>
    key.length >= p.length + 1 && p.every((b, i) => key[key.length - p.length + i] === b)
  return (key) =>
    startsWith(key, balances) || (key[0] === DENOM_ADDRESS_PREFIX[0] && endsWith(key, ownerSuffix))
}
