// Test support shared by the auth and bank tests: an in-memory ordered KVStore per store key and a
// Context over them. Not used by production code (the node provides IAVL-backed stores).
import {
  BasicGasMeter,
  type BlockInfo,
  Context,
  compareBytes,
  EventManager,
  type ExecMode,
  type GasMeter,
  type KVPair,
  type KVStore,
  type StoreProvider,
  toHex,
} from '../sdk/index.js'

export class MemoryKVStore implements KVStore {
  private readonly map = new Map<string, KVPair>()

  get(key: Uint8Array): Uint8Array | undefined {
    return this.map.get(toHex(key))?.value
  }
  has(key: Uint8Array): boolean {
    return this.map.has(toHex(key))
  }
  set(key: Uint8Array, value: Uint8Array): void {
    this.map.set(toHex(key), { key: Uint8Array.from(key), value: Uint8Array.from(value) })
  }
  delete(key: Uint8Array): void {
    this.map.delete(toHex(key))
  }
  *iterator(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<KVPair> {
    const pairs = [...this.map.values()]
      .filter((p) => (!start || compareBytes(p.key, start) >= 0) && (!end || compareBytes(p.key, end) < 0))
      .sort((a, b) => compareBytes(a.key, b.key))
    if (reverse) pairs.reverse()
    yield* pairs
  }
  /** A deep copy, to check that a failed operation left state untouched. */
  snapshot(): string {
    return JSON.stringify([...this.map.entries()].sort().map(([k, v]) => [k, toHex(v.value)]))
  }
}

export class MemoryStores implements StoreProvider {
  private readonly stores = new Map<string, MemoryKVStore>()
  kvStore(storeKey: string): KVStore {
    return this.raw(storeKey)
  }
  raw(storeKey: string): MemoryKVStore {
    let s = this.stores.get(storeKey)
    if (!s) {
      s = new MemoryKVStore()
      this.stores.set(storeKey, s)
    }
    return s
  }
  snapshot(): string {
    return [...this.stores.entries()].map(([k, s]) => `${k}:${s.snapshot()}`).join('|')
  }
}

export interface TestContextOptions {
  chainId?: string
  height?: bigint
  mode?: ExecMode
  gasMeter?: GasMeter
  stores?: MemoryStores
}

export function testContext(opts: TestContextOptions = {}): Context {
  const block: BlockInfo = {
    chainId: opts.chainId ?? 'datum-test-1',
    height: opts.height ?? 1n,
    time: { seconds: 1_700_000_000n, nanos: 0 },
    proposer: new Uint8Array(20),
  }
  return new Context(
    block,
    opts.mode ?? 'deliver',
    opts.gasMeter ?? new BasicGasMeter(Number.POSITIVE_INFINITY),
    new EventManager(),
    opts.stores ?? new MemoryStores(),
  )
}
