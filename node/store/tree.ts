// One store's IAVL tree held in memory: the working version (committed state plus writes since) over
// immutable committed nodes. A commit only hashes the dirty nodes and hands back the version's changeset;
// every few versions `checkpoint` saves the nodes created since the last checkpoint, so a reopen loads the
// checkpoint lazily and replays the changesets after it. Reads of the latest state go through a flat
// latest-value cache before walking the tree.
import type { KVPair } from '../../modules/sdk/store.js'
import { insert, leftOf, remove, rightOf, type TreeContext } from './avl.js'
import type { Change } from './changeset.js'
import type { OpSink } from './db.js'
import { nodeKey } from './keys.js'
import { LruCache } from './lru.js'
import { EMPTY_TREE_HASH, hashInnerNode, hashLeafNode, type IavlNode } from './node.js'
import { encodeNode } from './node-codec.js'
import type { NodeDb } from './node-db.js'
import { NodePool } from './node-pool.js'
import type { Orphan } from './orphans.js'
import { repack } from './repack.js'
import { kvSlot } from './slab.js'
import { iterate, lookup, type NodeSource } from './tree-read.js'

export interface TreeCheckpoint {
  rootSeq: number
  nextSeq: number
  /** Saved nodes replaced since the previous checkpoint: they were last live in that checkpoint's tree. */
  orphans: Orphan[]
  /** The nodes this checkpoint writes; hand them to `afterCheckpoint` once the batch is durable. */
  saved: IavlNode[]
}

export interface TreeCommit {
  hash: Uint8Array
  root: IavlNode | undefined
  changes: Change[]
}

const ABSENT = null
/** Trees that wrote less than this into the slab since their last re-pack never re-pack. */
const REPACK_MIN_BYTES = 4 * 1024 * 1024
const mapKey = (key: Uint8Array): string =>
  Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1')

export class MutableTree implements TreeContext, NodeSource {
  private root: IavlNode | undefined
  private orphans: Orphan[] = []
  private changes: Change[] = []
  /** Latest values (null: known absent) of the working version, so most reads skip the tree walk. */
  private readonly latest: LruCache<string, Uint8Array | null> | undefined
  /** Key and value bytes this tree copied into the slab since its last re-pack, and the bytes it held then. */
  private slabWritten = 0
  private slabLive = 0
  private readonly pool: NodePool
  /** The version being built. */
  version: number
  pin: boolean

  /**
   * `recycle`: reuse the objects of nodes that left the tree (`node-pool.ts`); only for a store's working
   * tree, whose committed roots the multistore keeps for 2 versions and no longer.
   */
  constructor(
    readonly nodes: NodeDb,
    savedVersion: number,
    rootSeq: number,
    private nextSeq: number,
    opts: { pin: boolean; readCacheSize: number; recycle: boolean },
  ) {
    this.version = savedVersion + 1
    this.pool = new NodePool(opts.recycle)
    this.pin = opts.pin
    this.root = rootSeq === 0 ? undefined : nodes.get(rootSeq)
    this.latest = opts.readCacheSize >= 2 ? new LruCache(opts.readCacheSize) : undefined
  }

  load(seq: number): IavlNode {
    return this.nodes.get(seq)
  }

  orphan(node: IavlNode): void {
    if (node.seq !== 0) this.orphans.push({ seq: node.seq, from: node.version })
    this.pool.retire(node)
  }

  make(kb: Uint8Array, ko: number, kl: number, vo: number, vl: number): IavlNode {
    return this.pool.make(kb, ko, kl, vo, vl, this.version)
  }

  left(n: IavlNode): IavlNode {
    return leftOf(this, n)
  }

  right(n: IavlNode): IavlNode {
    return rightOf(this, n)
  }

  get(key: Uint8Array): Uint8Array | undefined {
    if (!this.latest) return lookup(this, this.root, key)
    const k = mapKey(key)
    const hit = this.latest.get(k)
    if (hit !== undefined) return hit ?? undefined
    const value = lookup(this, this.root, key)
    this.latest.set(k, value ?? ABSENT)
    return value
  }

  set(rawKey: Uint8Array, rawValue: Uint8Array): void {
    // The leaf owns a copy in the slab; the changeset and the read cache share it (the caller's arrays may
    // change after this call).
    const kl = rawKey.length
    const s = kvSlot(kl + rawValue.length)
    s.buf.set(rawKey, s.offset)
    s.buf.set(rawValue, s.offset + kl)
    const leaf = this.make(s.buf, s.offset, kl, s.offset + kl, rawValue.length)
    this.slabWritten += kl + rawValue.length
    const key = leaf.key
    const value = leaf.value!
    this.changes.push({ key, value })
    this.latest?.set(mapKey(key), value)
    this.root = this.root ? insert(this, this.root, key, leaf) : leaf
  }

  delete(key: Uint8Array): void {
    this.latest?.set(mapKey(key), ABSENT)
    if (!this.root) return
    const r = remove(this, this.root, key)
    if (r.value === undefined) return
    this.root = r.node
    this.changes.push({ key, value: undefined })
  }

  /** Applies a replayed change exactly as the original write reached the tree. */
  apply(c: Change): void {
    if (c.value === undefined) this.delete(c.key)
    else this.set(c.key, c.value)
  }

  iterator(
    start: Uint8Array | undefined,
    end: Uint8Array | undefined,
    reverse: boolean,
  ): IterableIterator<KVPair> {
    return iterate(this, this.root, start, end, reverse)
  }

  size(): number {
    return this.root?.size ?? 0
  }

  hash(): Uint8Array {
    if (!this.root) return EMPTY_TREE_HASH
    this.hashDirty(this.root)
    return this.root.hash!
  }

  /**
   * Hashes the dirty nodes in one post-order pass (children before parents; a clean subtree keeps its hash,
   * so the walk stops at it), each into its own fields: no allocation per node.
   */
  private hashDirty(n: IavlNode): void {
    if (n.hashed) return
    if (n.height === 0) {
      hashLeafNode(n)
      return
    }
    const l = this.left(n)
    const r = this.right(n)
    this.hashDirty(l)
    this.hashDirty(r)
    hashInnerNode(n, l, r)
  }

  /** Closes the working version: from here on its nodes are immutable and the next version is built. */
  commit(): TreeCommit {
    const hash = this.hash()
    const changes = this.changes
    this.changes = []
    this.version++
    this.pool.closeVersion()
    return { hash, root: this.root, changes }
  }

  /**
   * Closes the working version without hashing it: replays use this for versions nobody reads. A node's hash
   * depends only on its own content, so hashing later (when a read or a commit needs it) gives the same hashes.
   */
  advance(): void {
    this.changes = []
    this.version++
    this.pool.closeVersion()
  }

  /** The root of the last committed version (the working root until something is written). */
  committedRoot(): IavlNode | undefined {
    return this.root
  }

  /**
   * Appends the puts of every node of the last committed version not saved yet. Call right after `commit`,
   * before anything is written to the next version.
   */
  checkpoint(ops: OpSink): TreeCheckpoint {
    const saved: IavlNode[] = []
    if (this.root && this.root.seq === 0) this.saveNode(this.root, ops, saved)
    const orphans = this.orphans
    this.orphans = []
    return { rootSeq: this.root?.seq ?? 0, nextSeq: this.nextSeq, orphans, saved }
  }

  /**
   * Once the checkpoint is durable: a pinned tree keeps its nodes attached; an unpinned one (bigger than the
   * memory budget) lets them go to the node cache, from which they reload on demand.
   */
  afterCheckpoint(saved: IavlNode[]): void {
    if (this.pin) return
    for (const n of saved) {
      n.leftNode = undefined
      n.rightNode = undefined
      this.nodes.remember(n)
    }
  }

  /**
   * Re-packs the in-memory tree's keys and values into fresh slab chunks (`repack.ts`) once it wrote more
   * bytes since the last re-pack than it held then: at most one extra copy per byte written, and the slab
   * holds at most about twice the live bytes. The read cache holds views into old chunks, so it starts over.
   */
  repackIfDue(): void {
    if (!this.pin || this.slabWritten <= Math.max(this.slabLive, REPACK_MIN_BYTES)) return
    this.slabLive = repack(this.root)
    this.slabWritten = 0
    this.latest?.clear()
  }

  /** Stops holding the tree in memory: saved nodes are detached and reload through the node cache. */
  unpin(): void {
    this.pin = false
    const stack = this.root ? [this.root] : []
    while (stack.length > 0) {
      const n = stack.pop()!
      for (const c of [n.leftNode, n.rightNode]) if (c) stack.push(c)
      if (n.seq !== 0 && n.leftSeq !== 0 && n.rightSeq !== 0) {
        n.leftNode = undefined
        n.rightNode = undefined
      }
    }
  }

  private saveNode(n: IavlNode, ops: OpSink, saved: IavlNode[]): void {
    if (n.height > 0) {
      const l = n.leftNode
      if (l) {
        if (l.seq === 0) this.saveNode(l, ops, saved)
        n.leftSeq = l.seq
      }
      const r = n.rightNode
      if (r) {
        if (r.seq === 0) this.saveNode(r, ops, saved)
        n.rightSeq = r.seq
      }
    }
    n.seq = this.nextSeq++
    ops.push({ type: 'put', key: nodeKey(this.nodes.storeId, n.seq), value: encodeNode(n) })
    saved.push(n)
  }
}
