// The account model: a BaseAccount, or a ModuleAccount (a BaseAccount with a name and permissions).
// Stored and queried as the cosmjs-types `Any` CosmJS's `accountFromAny` decodes.
import { BaseAccount, ModuleAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth'
import { PubKey as Secp256k1PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys'
import { Any } from 'cosmjs-types/google/protobuf/any'
import { TYPE_URL } from './keys.js'

export interface Account {
  address: string
  /** The signer's public key as an Any (`/cosmos.crypto.secp256k1.PubKey`); unset until the first tx. */
  pubKey?: Any
  accountNumber: bigint
  sequence: bigint
  /** Set for module accounts only. */
  module?: { name: string; permissions: string[] }
}

export function isModuleAccount(a: Account): boolean {
  return a.module !== undefined
}

export function hasPermission(a: Account, permission: string): boolean {
  return a.module?.permissions.includes(permission) ?? false
}

export function toBaseAccount(a: Account): BaseAccount {
  return { address: a.address, pubKey: a.pubKey, accountNumber: a.accountNumber, sequence: a.sequence }
}

export function accountToAny(a: Account): Any {
  const base = toBaseAccount(a)
  if (a.module) {
    const value = ModuleAccount.encode({
      baseAccount: base,
      name: a.module.name,
      permissions: a.module.permissions,
    }).finish()
    return { typeUrl: TYPE_URL.moduleAccount, value }
  }
  return { typeUrl: TYPE_URL.baseAccount, value: BaseAccount.encode(base).finish() }
}

export function accountFromAny(any: Any): Account {
  if (any.typeUrl === TYPE_URL.baseAccount) {
    const b = BaseAccount.decode(any.value)
    return { address: b.address, pubKey: b.pubKey, accountNumber: b.accountNumber, sequence: b.sequence }
  }
  if (any.typeUrl === TYPE_URL.moduleAccount) {
    const m = ModuleAccount.decode(any.value)
    const b = m.baseAccount ?? BaseAccount.fromPartial({})
    return {
      address: b.address,
      pubKey: b.pubKey,
      accountNumber: b.accountNumber,
      sequence: b.sequence,
      module: { name: m.name, permissions: m.permissions },
    }
  }
  throw new Error(`unsupported account type ${any.typeUrl}`)
}

export function encodeAccount(a: Account): Uint8Array {
  return Any.encode(accountToAny(a)).finish()
}

/**
 * Decoded accounts by their stored bytes: the ante reads the signer's account four or five times per tx (each
 * read charged, as the SDK charges it) and the fee collector's once; decoding is pure, so only the decode is
 * saved. Each call gets its own copy, since callers change the account they get (sequence, pubkey).
 */
const decoded = new Map<string, Account>()
const DECODED_LIMIT = 20_000

export function decodeAccount(b: Uint8Array): Account {
  const memo = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')
  let acc = decoded.get(memo)
  if (!acc) {
    acc = accountFromAny(Any.decode(b))
    if (decoded.size >= DECODED_LIMIT) decoded.clear()
    decoded.set(memo, acc)
  }
  return copyAccount(acc)
}

/** A copy with the shape `accountFromAny` returns; the key bytes are shared (nothing writes into them). */
function copyAccount(a: Account): Account {
  const pubKey = a.pubKey && { typeUrl: a.pubKey.typeUrl, value: a.pubKey.value }
  const copy: Account = { address: a.address, pubKey, accountNumber: a.accountNumber, sequence: a.sequence }
  if (a.module) copy.module = { name: a.module.name, permissions: [...a.module.permissions] }
  return copy
}

/** Wraps 33 compressed secp256k1 bytes as the pubkey Any wallets send in SignerInfo. */
export function secp256k1PubKeyAny(key: Uint8Array): Any {
  return { typeUrl: TYPE_URL.secp256k1PubKey, value: Secp256k1PubKey.encode({ key }).finish() }
}
