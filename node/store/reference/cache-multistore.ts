// Branches of the multistore: one CacheKVStore per named store over the parent's stores. The app opens a
// block branch over the working trees and a tx branch over the block branch; a failed tx is simply dropped.
import type { KVStore } from '../../../modules/sdk/store.js'
import { CacheKVStore } from './cache-kv.js'
import { StoreError } from './errors.js'
import type { CacheMultiStore } from './types.js'

export class CacheMultiStoreImpl implements CacheMultiStore {
  private readonly stores = new Map<string, CacheKVStore>()

  constructor(parents: ReadonlyMap<string, KVStore>) {
    for (const [name, parent] of parents) this.stores.set(name, new CacheKVStore(parent))
  }

  getKVStore(storeName: string): KVStore {
    const store = this.stores.get(storeName)
    if (!store) throw new StoreError('UNKNOWN_STORE', `unknown store ${JSON.stringify(storeName)}`)
    return store
  }

  branch(): CacheMultiStore {
    return new CacheMultiStoreImpl(this.stores)
  }

  write(): void {
    // Stores flush in name order so the result never depends on Map insertion order.
    for (const name of [...this.stores.keys()].sort()) this.stores.get(name)!.write()
  }
}
