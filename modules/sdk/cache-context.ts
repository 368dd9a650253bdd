// A branch of a Context (cosmos `ctx.CacheContext()`): writes are buffered per store and reach the
// parent only through `write()`, so a module can run a group of operations all-or-nothing (gov runs
// a passed proposal's messages this way in end-block).
import { compareBytes } from './bytes.js'
import type { Context, StoreProvider } from './context.js'
import { EventManager } from './events.js'
import type { GasMeter } from './gas.js'
import type { KVPair, KVStore } from './store.js'

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

/** Buffers writes over a parent store; iteration merges the buffer with the parent in key order. */
export class CacheKVStore implements KVStore {
  /** hex(key) -> key and value (undefined = deleted). */
  private readonly dirty = new Map<string, { key: Uint8Array; value: Uint8Array | undefined }>()

  constructor(private readonly parent: KVStore) {}

  get(key: Uint8Array): Uint8Array | undefined {
    const d = this.dirty.get(hex(key))
    return d ? d.value : this.parent.get(key)
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.dirty.set(hex(key), { key: key.slice(), value: value.slice() })
  }

  delete(key: Uint8Array): void {
    this.dirty.set(hex(key), { key: key.slice(), value: undefined })
  }

  *iterator(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<KVPair> {
    const inRange = (k: Uint8Array) =>
      (!start || compareBytes(k, start) >= 0) && (!end || compareBytes(k, end) < 0)
    const merged = new Map<string, KVPair>()
    for (const pair of this.parent.iterator(start, end)) merged.set(hex(pair.key), pair)
    for (const [h, d] of this.dirty) {
      if (!inRange(d.key)) continue
      if (d.value === undefined) merged.delete(h)
      else merged.set(h, { key: d.key, value: d.value })
    }
    const pairs = [...merged.values()].sort((a, b) => compareBytes(a.key, b.key))
    if (reverse) pairs.reverse()
    yield* pairs
  }

  /** Writes the buffered changes into the parent, in key order. */
  write(): void {
    const entries = [...this.dirty.values()].sort((a, b) => compareBytes(a.key, b.key))
    for (const d of entries) {
      if (d.value === undefined) this.parent.delete(d.key)
      else this.parent.set(d.key, d.value)
    }
    this.dirty.clear()
  }
}

export interface CacheContext {
  ctx: Context
  /** Writes every store's buffered changes into the parent context and forwards the branch's events. */
  write(): void
}

export function cacheContext(parent: Context): CacheContext {
  const caches = new Map<string, CacheKVStore>()
  const events = new EventManager()
  const stores: StoreProvider = {
    kvStore(storeKey: string, _gas: GasMeter): KVStore {
      let c = caches.get(storeKey)
      if (!c) {
        c = new CacheKVStore(parent.kvStore(storeKey))
        caches.set(storeKey, c)
      }
      return c
    },
  }
  return {
    ctx: parent.with({ stores, events }),
    write() {
      for (const key of [...caches.keys()].sort()) caches.get(key)!.write()
      parent.events.push(...events.events())
    },
  }
}
