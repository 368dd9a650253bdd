// Bech32 decoding is a large share of per-tx CPU (every store key is built from an address), so decoded
// addresses are memoised. Decoding is a pure function of (prefix, string), so the cache cannot change
// results; only successful decodes are kept, and the map is cleared when it reaches its bound.
import { ACCOUNT_PREFIX, fromBech32 } from '../sdk/index.js'

const cache = new Map<string, Uint8Array>()
const LIMIT = 65_536

/** The bytes of a bech32 address (throws sdk code 7 when invalid). The result must not be mutated. */
export function addressBytes(address: string, prefix = ACCOUNT_PREFIX): Uint8Array {
  const key = `${prefix}:${address}`
  const hit = cache.get(key)
  if (hit) return hit
  const bytes = fromBech32(address, prefix)
  if (cache.size >= LIMIT) cache.clear()
  cache.set(key, bytes)
  return bytes
}
