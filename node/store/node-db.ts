// Loads saved nodes of one store by sequence number through a bounded LRU, so a tree larger than memory
// still works: a cache miss costs one synchronous LevelDB read.
import type { StoreDb } from './db.js'
import { StoreError } from './errors.js'
import { nodeKey } from './keys.js'
import { LruCache } from './lru.js'
import type { IavlNode } from './node.js'
import { decodeNode } from './node-codec.js'

export class NodeDb {
  private readonly cache: LruCache<number, IavlNode>

  constructor(
    private readonly db: StoreDb,
    readonly storeId: Uint8Array,
    cacheSize: number,
  ) {
    this.cache = new LruCache(cacheSize)
  }

  get(seq: number): IavlNode {
    const cached = this.cache.get(seq)
    if (cached) return cached
    const raw = this.db.getSync(nodeKey(this.storeId, seq))
    if (raw === undefined) throw new StoreError('CORRUPT', `missing node ${seq}`)
    const node = decodeNode(seq, raw)
    node.shared = true
    this.cache.set(seq, node)
    return node
  }

  /** Caches a node that was just saved (it is immutable from now on). */
  remember(node: IavlNode): void {
    node.shared = true
    this.cache.set(node.seq, node)
  }

  forget(seq: number): void {
    this.cache.delete(seq)
  }
}
