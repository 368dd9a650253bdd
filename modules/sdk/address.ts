// Bech32 account addresses: bech32(prefix, ripemd160(sha256(pubkey33))), as cosmos-sdk derives them.
import { ripemd160 } from '@noble/hashes/legacy.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bech32 } from '@scure/base'
import { sdkErrors } from './errors.js'

export const ACCOUNT_PREFIX = 'datum'
export const VALOPER_PREFIX = 'datumvaloper'
export const VALCONS_PREFIX = 'datumvalcons'
const BECH32_LIMIT = 90

export function addressFromPubkey(pubkey33: Uint8Array): Uint8Array {
  return ripemd160(sha256(pubkey33))
}

export function toBech32(bytes: Uint8Array, prefix = ACCOUNT_PREFIX): string {
  return bech32.encode(prefix, bech32.toWords(bytes), BECH32_LIMIT)
}

// Every tx decodes the same few addresses many times (signers, validateBasic, store keys); bech32 decoding
// is a large share of tx cost, so valid results are memoised (bounded; callers get a copy).
const DECODED_LIMIT = 50_000
/** By prefix, then address: no key string is built per lookup. */
const decodedCache = new Map<string, Map<string, Uint8Array>>()
let decodedCount = 0

/** Decodes and checks the prefix and length (20 or 32 bytes); throws sdk code 7 (invalid address). */
export function fromBech32(address: string, prefix = ACCOUNT_PREFIX): Uint8Array {
  let byAddress = decodedCache.get(prefix)
  const hit = byAddress?.get(address)
  if (hit) return hit.slice()
  const bytes = decodeBech32(address, prefix)
  if (decodedCount >= DECODED_LIMIT) {
    decodedCache.clear()
    decodedCount = 0
    byAddress = undefined
  }
  if (!byAddress) {
    byAddress = new Map()
    decodedCache.set(prefix, byAddress)
  }
  byAddress.set(address, bytes)
  decodedCount++
  return bytes.slice()
}

function decodeBech32(address: string, prefix: string): Uint8Array {
  if (typeof address !== 'string' || address.length === 0)
    throw sdkErrors.invalidAddress.wrap('empty address string is not allowed')
  let decoded: { prefix: string; words: number[] }
  try {
    decoded = bech32.decode(address as `${string}1${string}`, BECH32_LIMIT)
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(
      `invalid bech32 address ${JSON.stringify(address)}: ${(e as Error).message}`,
    )
  }
  if (decoded.prefix !== prefix) {
    throw sdkErrors.invalidAddress.wrap(`invalid Bech32 prefix; expected ${prefix}, got ${decoded.prefix}`)
  }
  const bytes = bech32.fromWords(decoded.words)
  if (bytes.length !== 20 && bytes.length !== 32)
    throw sdkErrors.invalidAddress.wrap(`address length ${bytes.length} is not 20 or 32`)
  return bytes
}

/** Validates and returns the canonical (lower-case) form. */
export function normalizeAddress(address: string, prefix = ACCOUNT_PREFIX): string {
  return toBech32(fromBech32(address, prefix), prefix)
}

/** A module account's address: the first 20 bytes of sha256(module name), as cosmos `authtypes.NewModuleAddress`. */
export function moduleAddress(name: string): Uint8Array {
  return sha256(new TextEncoder().encode(name)).subarray(0, 20)
}
