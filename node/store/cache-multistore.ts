// Branches of the multistore: one CacheKVStore per named store over the parent's stores. The app opens a
// block branch over the working trees and a tx branch over the block branch; a failed tx is simply dropped.
// A branch creates a store's cache on first use: a tx touches two or three of the ~15 stores, and every
// CheckTx and DeliverTx opens one or two branches (eager caches were ~45 Maps of garbage per tx).
import type { KVStore } from '../../modules/sdk/store.js'
import { CacheKVStore } from './cache-kv.js'
import { StoreError } from './errors.js'
import type { CacheMultiStore } from './types.js'

/** The parent store of each name: a map, or a function that throws for a name that is not mounted. */
export type StoreSource = ReadonlyMap<string, KVStore> | ((storeName: string) => KVStore)

export class CacheMultiStoreImpl implements CacheMultiStore {
  private readonly stores = new Map<string, CacheKVStore>()

  constructor(private readonly parents: StoreSource) {}

  getKVStore(storeName: string): KVStore {
    const open = this.stores.get(storeName)
    if (open) return open
    const parent = typeof this.parents === 'function' ? this.parents(storeName) : this.parents.get(storeName)
    if (!parent) throw new StoreError('UNKNOWN_STORE', `unknown store ${JSON.stringify(storeName)}`)
    const store = new CacheKVStore(parent)
    this.stores.set(storeName, store)
    return store
  }

  branch(): CacheMultiStore {
    return new CacheMultiStoreImpl((name) => this.getKVStore(name))
  }

  /** Every pending write or delete: store name and key (latin1 of its bytes), before `write()` flushes them. */
  forEachPending(visit: (storeName: string, key: string) => void): void {
    for (const [name, store] of this.stores) for (const key of store.pendingKeys()) visit(name, key)
  }

  write(): void {
    // Stores flush in name order so the result never depends on the order they were opened in; a store
    // never opened has nothing to flush.
    const names = [...this.stores.keys()]
    if (names.length > 1) names.sort()
    for (const name of names) this.stores.get(name)!.write()
  }
}
