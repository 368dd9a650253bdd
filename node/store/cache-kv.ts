// A write-back branch of a KVStore: reads see this branch's own writes, `write()` flushes them to the parent
// in key order (IAVL's shape depends on insertion order, so the order must not depend on execution order),
// and dropping the branch discards them. Iteration merges the branch's writes with the parent lazily.
import { compareBytes } from '../../modules/sdk/bytes.js'
import type { KVPair, KVStore } from '../../modules/sdk/store.js'
import { assertValidKey, assertValidValue } from './errors.js'
import { assertValidRange } from './range.js'
import { branchSlot } from './slab.js'

interface Entry {
  key: Uint8Array
  /** undefined marks a delete. */
  value: Uint8Array | undefined
}

const mapKey = (key: Uint8Array): string =>
  Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1')

export class CacheKVStore implements KVStore {
  private readonly entries = new Map<string, Entry>()
  private sorted: Entry[] | undefined

  constructor(private readonly parent: KVStore) {}

  get(key: Uint8Array): Uint8Array | undefined {
    assertValidKey(key)
    const e = this.entries.get(mapKey(key))
    return e ? e.value : this.parent.get(key)
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined
  }

  set(key: Uint8Array, value: Uint8Array): void {
    assertValidKey(key)
    assertValidValue(value)
    this.put(key, value)
  }

  delete(key: Uint8Array): void {
    assertValidKey(key)
    this.put(key, undefined)
  }

  private put(key: Uint8Array, value: Uint8Array | undefined): void {
    const k = mapKey(key)
    // Fresh copies in a fresh entry: callers may reuse buffers, and open iterators keep their snapshot. The
    // copies are views into the branches' slab (one copy of key and value, no ArrayBuffer per entry).
    const kl = key.length
    const s = branchSlot(kl + (value ? value.length : 0))
    const buf = s.buf
    const o = s.offset
    buf.set(key, o)
    let copy: Uint8Array | undefined
    if (value) {
      buf.set(value, o + kl)
      copy = buf.subarray(o + kl, o + kl + value.length)
    }
    const entry: Entry = { key: buf.subarray(o, o + kl), value: copy }
    const existed = this.entries.has(k)
    this.entries.set(k, entry)
    if (!this.sorted) return
    const i = lowerBound(this.sorted, entry.key)
    if (existed) this.sorted[i] = entry
    else this.sorted.splice(i, 0, entry)
  }

  /** Keys of the pending writes and deletes, as latin1 strings of their bytes. */
  pendingKeys(): IterableIterator<string> {
    return this.entries.keys()
  }

  /** Number of pending writes and deletes. */
  get pending(): number {
    return this.entries.size
  }

  write(): void {
    for (const e of this.sortedEntries()) {
      if (e.value === undefined) this.parent.delete(e.key)
      else this.parent.set(e.key, e.value)
    }
    this.entries.clear()
    this.sorted = undefined
  }

  private sortedEntries(): Entry[] {
    if (!this.sorted) this.sorted = [...this.entries.values()].sort((a, b) => compareBytes(a.key, b.key))
    return this.sorted
  }

  iterator(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<KVPair> {
    assertValidRange(start, end)
    const own = rangeOf(this.sortedEntries(), start, end)
    return merge(this.parent.iterator(start, end, reverse), reverse ? own.reverse() : own, reverse)
  }
}

/** The entries with keys in [start, end), found by binary search. */
function rangeOf(sorted: Entry[], start?: Uint8Array, end?: Uint8Array): Entry[] {
  const lo = start ? lowerBound(sorted, start) : 0
  const hi = end ? lowerBound(sorted, end) : sorted.length
  return sorted.slice(lo, hi)
}

function lowerBound(sorted: Entry[], key: Uint8Array): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (compareBytes(sorted[mid]!.key, key) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

function* merge(parent: Iterator<KVPair>, own: Entry[], reverse: boolean): IterableIterator<KVPair> {
  const dir = reverse ? -1 : 1
  let p = parent.next()
  let i = 0
  while (!p.done || i < own.length) {
    const e = own[i]
    const c = p.done ? 1 : e === undefined ? -1 : compareBytes(p.value.key, e.key) * dir
    if (c < 0) {
      yield p.value as KVPair
      p = parent.next()
      continue
    }
    if (c === 0) p = parent.next()
    i++
    if (e!.value !== undefined) yield { key: e!.key, value: e!.value }
  }
}
