// How a Context reaches state: every store a tx opens is gas-metered (the store's GasKVStore, cosmos-sdk
// gaskv with the default KVGasConfig), so gas used tracks the work a tx makes the node do.
import type { GasMeter, KVStore, StoreProvider } from '../../modules/sdk/index.js'
import { GasKVStore } from '../store/index.js'
import type { CacheMultiStore } from '../store/types.js'

/** Opens metered stores of one cache branch; unknown store keys are a programming error (a panic). */
export class BranchStores implements StoreProvider {
  constructor(
    private readonly branch: CacheMultiStore,
    private readonly names: ReadonlySet<string>,
  ) {}

  kvStore(storeKey: string, gas: GasMeter): KVStore {
    if (!this.names.has(storeKey)) throw new TypeError(`store key ${JSON.stringify(storeKey)} is not mounted`)
    return new GasKVStore(this.branch.getKVStore(storeKey), gas)
  }
}

/** Read-only stores at a committed version, for queries (queries are not metered). */
export class VersionStores implements StoreProvider {
  constructor(
    private readonly open: (storeKey: string) => KVStore,
    private readonly names: ReadonlySet<string>,
  ) {}

  kvStore(storeKey: string): KVStore {
    if (!this.names.has(storeKey)) throw new TypeError(`store key ${JSON.stringify(storeKey)} is not mounted`)
    return new ReadOnlyStore(this.open(storeKey))
  }
}

class ReadOnlyStore implements KVStore {
  constructor(private readonly inner: KVStore) {}
  get(key: Uint8Array) {
    return this.inner.get(key)
  }
  has(key: Uint8Array) {
    return this.inner.has(key)
  }
  set(): void {
    throw new TypeError('cannot write to a store opened for a query')
  }
  delete(): void {
    throw new TypeError('cannot write to a store opened for a query')
  }
  iterator(start?: Uint8Array, end?: Uint8Array, reverse?: boolean) {
    return this.inner.iterator(start, end, reverse)
  }
}
