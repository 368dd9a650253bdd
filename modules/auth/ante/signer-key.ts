// The keys a signer can verify with: a secp256k1 key, or a k-of-n `LegacyAminoPubKey` (cosmos multisig) whose
// members are keys again (nesting allowed, as the SDK allows it). Parsed from the tx's or the account's Any;
// every malformed key is code 8. A multisig's address is sha256 of its amino encoding, first 20 bytes
// (the SDK's `LegacyAminoPubKey.Address`, CosmJS `pubkeyToRawAddress`).
import { sha256 } from '@noble/hashes/sha2.js'
import { LegacyAminoPubKey } from 'cosmjs-types/cosmos/crypto/multisig/keys'
import { PubKey as Secp256k1PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { addressFromPubkey, sdkErrors } from '../../sdk/index.js'
import { TYPE_URL } from '../keys.js'
import { isValidCompressedPubKey } from './secp256k1.js'

export const MULTISIG_TYPE_URL = '/cosmos.crypto.multisig.LegacyAminoPubKey'

export type SignerKey =
  | { type: 'secp256k1'; key: Uint8Array }
  | { type: 'multisig'; threshold: number; keys: SignerKey[]; any: Any }

/** Nesting bound for multisig inside multisig (the tx decoder bounds Any nesting at 64 already). */
const MAX_MULTISIG_DEPTH = 8

function secp256k1Key(any: Any): SignerKey {
  let key: Uint8Array
  try {
    key = Secp256k1PubKey.decode(any.value).key
  } catch (e) {
    throw sdkErrors.invalidPubKey.wrap(`malformed secp256k1 public key: ${(e as Error).message}`)
  }
  if (!isValidCompressedPubKey(key))
    throw sdkErrors.invalidPubKey.wrap('secp256k1 public key must be a 33-byte compressed curve point')
  return { type: 'secp256k1', key }
}

function multisigKey(any: Any, depth: number): SignerKey {
  if (depth >= MAX_MULTISIG_DEPTH) throw sdkErrors.invalidPubKey.wrap('multisig public keys nest too deep')
  let decoded: LegacyAminoPubKey
  try {
    decoded = LegacyAminoPubKey.decode(any.value)
  } catch (e) {
    throw sdkErrors.invalidPubKey.wrap(`malformed multisig public key: ${(e as Error).message}`)
  }
  const keys = decoded.publicKeys.map((k) => signerKeyFromAny(k, depth + 1))
  // A threshold of 0 would accept no signatures at all; more than n could never be met.
  if (decoded.threshold < 1 || decoded.threshold > keys.length)
    throw sdkErrors.invalidPubKey.wrap(
      `multisig threshold ${decoded.threshold} must be between 1 and the number of keys (${keys.length})`,
    )
  return { type: 'multisig', threshold: decoded.threshold, keys, any }
}

/**
 * Parsed keys by (type, bytes): every tx parses its signer's key up to four times (tx and account key, sig
 * count, sig gas), and the curve-point check is ~10 µs. Parsing is a pure function of the bytes, so a hit is
 * the same answer; only successes are kept (a refusal is rebuilt with its error). Keys are read-only.
 */
const parsed = new Map<string, SignerKey>()
const PARSED_LIMIT = 50_000

/** Parses a pubkey Any; ed25519 and unknown types are refused with code 8, as the SDK's ante does. */
export function signerKeyFromAny(any: Any, depth = 0): SignerKey {
  const memo = `${any.typeUrl}\u0000${Buffer.from(any.value.buffer, any.value.byteOffset, any.value.byteLength).toString('latin1')}`
  const hit = parsed.get(memo)
  if (hit) return hit
  const key = parseSignerKey(any, depth)
  if (parsed.size >= PARSED_LIMIT) parsed.clear()
  parsed.set(memo, key)
  return key
}

function parseSignerKey(any: Any, depth: number): SignerKey {
  if (any.typeUrl === TYPE_URL.secp256k1PubKey) return secp256k1Key(any)
  if (any.typeUrl === MULTISIG_TYPE_URL) return multisigKey(any, depth)
  if (any.typeUrl === TYPE_URL.ed25519PubKey)
    throw sdkErrors.invalidPubKey.wrap('ED25519 public keys are unsupported')
  throw sdkErrors.invalidPubKey.wrap(`unsupported public key type ${any.typeUrl}`)
}

function uvarint(n: number): number[] {
  const out: number[] = []
  let v = n
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80)
    v = Math.floor(v / 128)
  }
  out.push(v)
  return out
}

const AMINO_PREFIX_SECP256K1 = [0xeb, 0x5a, 0xe9, 0x87]
const AMINO_PREFIX_MULTISIG = [0x22, 0xc1, 0xf7, 0xe2]

/** The amino binary encoding the SDK hashes into a multisig address (prefix, threshold, each key). */
export function aminoPubKeyBytes(k: SignerKey): Uint8Array {
  if (k.type === 'secp256k1') return Uint8Array.from([...AMINO_PREFIX_SECP256K1, 33, ...k.key])
  const out = [...AMINO_PREFIX_MULTISIG, 0x08, ...uvarint(k.threshold)]
  for (const sub of k.keys) {
    const bytes = aminoPubKeyBytes(sub)
    out.push(0x12, ...uvarint(bytes.length), ...bytes)
  }
  return Uint8Array.from(out)
}

/** Addresses of parsed keys (the keys are memoized above, so the same object comes back for the same bytes). */
const addresses = new WeakMap<SignerKey, Uint8Array>()

/** The key's address; read-only (it is shared by every caller with the same key). */
export function signerKeyAddress(k: SignerKey): Uint8Array {
  let address = addresses.get(k)
  if (!address) {
    address = k.type === 'secp256k1' ? addressFromPubkey(k.key) : sha256(aminoPubKeyBytes(k)).subarray(0, 20)
    addresses.set(k, address)
  }
  return address
}

/** How many secp256k1 keys a key holds (the SDK's `CountSubKeys`, capped by `tx_sig_limit`). */
export function countSubKeys(k: SignerKey): number {
  return k.type === 'secp256k1' ? 1 : k.keys.reduce((n, sub) => n + countSubKeys(sub), 0)
}
