// A bounded cache of decode outcomes by tx hash. Decoding is a pure function of the bytes (and the
// routes, fixed at startup), and a tx is decoded by CheckTx, PrepareProposal, ProcessProposal, FinalizeBlock
// and every recheck; caching saves all but the first. FinalizeBlock takes its entry out (`take`), so the
// message objects a handler receives are never handed to anyone again; simulate never uses the cache.
// DecodedTx is read-only for the ante handler.
import { AbciError, type DecodedTx } from '../../modules/sdk/index.js'
import { toHexUpper, txHash } from '../types/hash.js'

export const DEFAULT_DECODE_CACHE_SIZE = 20_000
/** Decoded txs hold their raw bytes (up to max_tx_bytes each), so the cache is bounded in bytes too. */
export const DEFAULT_DECODE_CACHE_BYTES = 64 * 1024 * 1024

export class DecodeCache {
  private readonly entries = new Map<string, DecodedTx | AbciError>()
  private bytes = 0

  constructor(
    private readonly limit = DEFAULT_DECODE_CACHE_SIZE,
    private readonly maxBytes = DEFAULT_DECODE_CACHE_BYTES,
  ) {}

  /** The decoded tx (or rethrows the cached refusal); `take` removes the entry; `known` = the tx's hash. */
  decode(
    raw: Uint8Array,
    decode: (raw: Uint8Array, hash?: Uint8Array) => DecodedTx,
    take = false,
    known?: Uint8Array,
  ): DecodedTx {
    if (this.limit === 0) return decode(raw, known)
    const hash = known ?? txHash(raw)
    // Keyed by the hash in the one form the node uses everywhere (mempool, index, events, RPC).
    const key = toHexUpper(hash)
    let entry = this.entries.get(key)
    if (entry === undefined) {
      try {
        entry = decode(raw, hash)
      } catch (e) {
        if (!(e instanceof AbciError)) throw e
        entry = e
      }
      if (!take) this.remember(key, entry)
    } else if (take) {
      this.forget(key, entry)
    }
    if (entry instanceof AbciError) throw entry
    return entry
  }

  private remember(key: string, entry: DecodedTx | AbciError): void {
    const size = sizeOf(entry)
    if (size > this.maxBytes) return
    this.entries.set(key, entry)
    this.bytes += size
    while (this.entries.size > this.limit || this.bytes > this.maxBytes) {
      const [oldest, value] = this.entries.entries().next().value!
      this.forget(oldest, value)
    }
  }

  private forget(key: string, entry: DecodedTx | AbciError): void {
    this.entries.delete(key)
    this.bytes -= sizeOf(entry)
  }

  get size(): number {
    return this.entries.size
  }

  get sizeBytes(): number {
    return this.bytes
  }
}

/** Bytes an entry keeps alive (the raw tx dominates a decoded one). */
function sizeOf(entry: DecodedTx | AbciError): number {
  return entry instanceof AbciError ? 256 : entry.raw.length + 1024
}
