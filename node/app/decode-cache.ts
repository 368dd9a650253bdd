// A bounded cache of decode outcomes by tx hash. Decoding is a pure function of the bytes (and the
// routes, fixed at startup), and a tx is decoded by CheckTx, PrepareProposal, ProcessProposal, FinalizeBlock
// and every recheck; caching saves all but the first. FinalizeBlock takes its entry out (`take`), so the
// message objects a handler receives are never handed to anyone again; simulate never uses the cache.
// DecodedTx is read-only for the ante handler.
import { sha256 } from '@noble/hashes/sha2.js'
import { AbciError, type DecodedTx, toHex } from '../../modules/sdk/index.js'

export const DEFAULT_DECODE_CACHE_SIZE = 20_000

export class DecodeCache {
  private readonly entries = new Map<string, DecodedTx | AbciError>()

  constructor(private readonly limit = DEFAULT_DECODE_CACHE_SIZE) {}

  /** The decoded tx (or rethrows the cached refusal); `take` removes the entry. */
  decode(raw: Uint8Array, decode: (raw: Uint8Array) => DecodedTx, take = false): DecodedTx {
    if (this.limit === 0) return decode(raw)
    const key = toHex(sha256(raw))
    let entry = this.entries.get(key)
    if (entry === undefined) {
      try {
        entry = decode(raw)
      } catch (e) {
        if (!(e instanceof AbciError)) throw e
        entry = e
      }
      if (!take) this.remember(key, entry)
    } else if (take) {
      this.entries.delete(key)
    }
    if (entry instanceof AbciError) throw entry
    return entry
  }

  private remember(key: string, entry: DecodedTx | AbciError): void {
    this.entries.set(key, entry)
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!)
  }

  get size(): number {
    return this.entries.size
  }
}
