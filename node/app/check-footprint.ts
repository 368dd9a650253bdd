// What a CheckTx read and wrote, so that after a commit only the pooled txs the block could have changed are
// rechecked (CometBFT rechecks every pooled tx; most of a large pool belongs to senders the block never
// touched). A key is `store name ‖ 0x00 ‖ key bytes as latin1`: store names never contain 0x00.
import type { KVPair, KVStore } from '../../modules/sdk/store.js'
import { CacheMultiStoreImpl } from '../store/cache-multistore.js'
import type { CacheMultiStore } from '../store/types.js'

export interface Footprint {
  reads: Set<string>
  writes: Set<string>
  /** The tx iterated a range: which keys it depends on is not recorded, so it is always rechecked. */
  ranged: boolean
  /** The tx's validity depends on the block height itself (a timeout height), not only on state. */
  heightBound: boolean
}

export function emptyFootprint(): Footprint {
  return { reads: new Set(), writes: new Set(), ranged: false, heightBound: false }
}

export function footprintKey(store: string, key: Uint8Array): string {
  return joinFootprintKey(store, Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1'))
}

/** The footprint key of a store key already in latin1 form (as a cache branch lists its pending keys). */
export function joinFootprintKey(store: string, latin1Key: string): string {
  return `${store}\u0000${latin1Key}`
}

export function splitFootprintKey(k: string): { store: string; key: Uint8Array } {
  const at = k.indexOf('\u0000')
  return { store: k.slice(0, at), key: new Uint8Array(Buffer.from(k.slice(at + 1), 'latin1')) }
}

/** Records every key read or written through it into a footprint, then forwards to the real store. */
class RecordingKVStore implements KVStore {
  constructor(
    private readonly inner: KVStore,
    private readonly name: string,
    private readonly fp: Footprint,
  ) {}

  get(key: Uint8Array): Uint8Array | undefined {
    this.fp.reads.add(footprintKey(this.name, key))
    return this.inner.get(key)
  }

  has(key: Uint8Array): boolean {
    this.fp.reads.add(footprintKey(this.name, key))
    return this.inner.has(key)
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.fp.writes.add(footprintKey(this.name, key))
    this.inner.set(key, value)
  }

  delete(key: Uint8Array): void {
    this.fp.writes.add(footprintKey(this.name, key))
    this.inner.delete(key)
  }

  iterator(start?: Uint8Array, end?: Uint8Array, reverse?: boolean): IterableIterator<KVPair> {
    this.fp.ranged = true
    return this.inner.iterator(start, end, reverse)
  }
}

/**
 * A branch parent that records: branches opened on it read through, and write back through, recording
 * stores. runTx opens its tx branches on the parent it is given, so passing this records the tx's footprint.
 */
export class RecordingMultiStore implements CacheMultiStore {
  private readonly stores = new Map<string, KVStore>()

  constructor(
    private readonly inner: CacheMultiStore,
    readonly footprint: Footprint = emptyFootprint(),
  ) {}

  /** Opened on first use, as branches open their stores. */
  getKVStore(storeName: string): KVStore {
    let store = this.stores.get(storeName)
    if (!store) {
      store = new RecordingKVStore(this.inner.getKVStore(storeName), storeName, this.footprint)
      this.stores.set(storeName, store)
    }
    return store
  }

  branch(): CacheMultiStore {
    return new CacheMultiStoreImpl((name) => this.getKVStore(name))
  }

  write(): void {
    this.inner.write()
  }
}

export interface RebasePlan {
  /** Per pooled tx (in the order given): true when it must be rechecked against the new state. */
  recheck: boolean[]
  /** Keys written by the txs that keep their result: their check-state values carry over to the new base. */
  carried: string[]
}

/**
 * Which pooled txs keep their CheckTx result after a block. A tx keeps it when nothing it read or wrote can
 * have changed: the block wrote none of its keys, and no tx outside the pool (committed, evicted, or checked
 * and never pooled) wrote them either, since those writes sit in the old check state's values. Txs that
 * share a written key form one group, because a key's check-state value is the sum of every write to it:
 * when one member must be rechecked, the whole group is rechecked in arrival order, so no carried value
 * holds the effect of a tx whose result may change. `accumulator` keys (the fee collector's balance, which
 * every tx credits and every block writes) take no part: see BaseApp.rebaseCheckState.
 */
export function planRebase(
  pooled: readonly (Footprint | undefined)[],
  others: Iterable<Footprint>,
  blockWrites: ReadonlySet<string>,
  accumulator: (k: string) => boolean,
): RebasePlan {
  const dirtyKeys = new Set<string>()
  for (const k of blockWrites) if (!accumulator(k)) dirtyKeys.add(k)
  for (const fp of others) for (const k of fp.writes) if (!accumulator(k)) dirtyKeys.add(k)

  const parent = pooled.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!
      i = parent[i]!
    }
    return i
  }
  const writtenByPool = new Set<string>()
  for (const fp of pooled) if (fp) for (const k of fp.writes) if (!accumulator(k)) writtenByPool.add(k)
  const owner = new Map<string, number>()
  const join = (i: number, k: string) => {
    if (!writtenByPool.has(k)) return
    const o = owner.get(k)
    if (o === undefined) owner.set(k, i)
    else parent[find(i)] = find(o)
  }
  pooled.forEach((fp, i) => {
    if (!fp) return
    for (const k of fp.reads) join(i, k)
    for (const k of fp.writes) join(i, k)
  })

  const dirty = (fp: Footprint): boolean => {
    if (fp.ranged || fp.heightBound) return true
    for (const k of fp.reads) if (dirtyKeys.has(k)) return true
    for (const k of fp.writes) if (dirtyKeys.has(k)) return true
    return false
  }
  const dirtyGroups = new Set<number>()
  pooled.forEach((fp, i) => {
    if (!fp || dirty(fp)) dirtyGroups.add(find(i))
  })
  const recheck = pooled.map((_, i) => dirtyGroups.has(find(i)))
  const carried: string[] = []
  pooled.forEach((fp, i) => {
    if (fp && !recheck[i]) for (const k of fp.writes) if (!accumulator(k)) carried.push(k)
  })
  return { recheck, carried }
}
