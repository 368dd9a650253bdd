// The only view of state a module ever gets: a synchronous, ordered key-value store.
// The node backs it with an IAVL tree behind a cache layer; modules never see the tree.
import { concatBytes, prefixEnd } from './bytes.js'

export interface KVPair {
  key: Uint8Array
  value: Uint8Array
}

export interface KVStore {
  get(key: Uint8Array): Uint8Array | undefined
  has(key: Uint8Array): boolean
  set(key: Uint8Array, value: Uint8Array): void
  delete(key: Uint8Array): void
  /** Keys in [start, end) ascending (or descending when reverse). Undefined bounds are open. */
  iterator(start?: Uint8Array, end?: Uint8Array, reverse?: boolean): IterableIterator<KVPair>
}

/** A view of `parent` restricted to keys under `prefix`; keys are seen without the prefix. */
export class PrefixStore implements KVStore {
  constructor(
    private readonly parent: KVStore,
    private readonly prefix: Uint8Array,
  ) {}

  private full(key: Uint8Array): Uint8Array {
    return concatBytes(this.prefix, key)
  }

  get(key: Uint8Array): Uint8Array | undefined {
    return this.parent.get(this.full(key))
  }

  has(key: Uint8Array): boolean {
    return this.parent.has(this.full(key))
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.parent.set(this.full(key), value)
  }

  delete(key: Uint8Array): void {
    this.parent.delete(this.full(key))
  }

  *iterator(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<KVPair> {
    const lo = start ? this.full(start) : this.prefix
    const hi = end ? this.full(end) : prefixEnd(this.prefix)
    const n = this.prefix.length
    for (const { key, value } of this.parent.iterator(lo, hi, reverse)) {
      yield { key: key.subarray(n), value }
    }
  }
}

export function prefixIterator(
  store: KVStore,
  prefix: Uint8Array,
  reverse = false,
): IterableIterator<KVPair> {
  return store.iterator(prefix, prefixEnd(prefix), reverse)
}
