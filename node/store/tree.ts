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
import { EMPTY_TREE_HASH, hashInner, hashLeaf, IavlNode } from './node.js'
import { encodeNode } from './node-codec.js'
import type { NodeDb } from './node-db.js'
import type { Orphan } from './orphans.js'
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
const mapKey = (key: Uint8Array): string =>
  Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1')

/**
 * Key and value copied side by side into Node's shared allocation pool (for entries under 4 KB): a node held
 * in memory then costs two small views instead of two ArrayBuffers.
 */
function pooledCopy(key: Uint8Array, value: Uint8Array): [Uint8Array, Uint8Array] {
  const buf = Buffer.allocUnsafe(key.length + value.length)
  buf.set(key, 0)
  buf.set(value, key.length)
  return [
    new Uint8Array(buf.buffer, buf.byteOffset, key.length),
    new Uint8Array(buf.buffer, buf.byteOffset + key.length, value.length),
  ]
}

export class MutableTree implements TreeContext, NodeSource {
  private root: IavlNode | undefined
  private orphans: Orphan[] = []
  private changes: Change[] = []
  /** Latest values (null: known absent) of the working version, so most reads skip the tree walk. */
  private readonly latest: LruCache<string, Uint8Array | null> | undefined
  /** The version being built. */
  version: number
  pin: boolean

  constructor(
    readonly nodes: NodeDb,
    savedVersion: number,
    rootSeq: number,
    private nextSeq: number,
    opts: { pin: boolean; readCacheSize: number },
  ) {
    this.version = savedVersion + 1
    this.pin = opts.pin
    this.root = rootSeq === 0 ? undefined : nodes.get(rootSeq)
    this.latest = opts.readCacheSize >= 2 ? new LruCache(opts.readCacheSize) : undefined
  }

  load(seq: number): IavlNode {
    return this.nodes.get(seq)
  }

  orphan(node: IavlNode): void {
    if (node.seq !== 0) this.orphans.push({ seq: node.seq, from: node.version })
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
    const [key, value] = pooledCopy(rawKey, rawValue)
    this.changes.push({ key, value })
    this.latest?.set(mapKey(key), value)
    if (!this.root) {
      this.root = new IavlNode(key, value, this.version)
      return
    }
    this.root = insert(this, this.root, key, value)[0]
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
    return this.root ? this.hashNode(this.root) : EMPTY_TREE_HASH
  }

  /** Hashes only the dirty nodes: a clean subtree keeps its hash, so the walk stops at it. */
  private hashNode(n: IavlNode): Uint8Array {
    if (n.hash) return n.hash
    n.hash =
      n.height === 0
        ? hashLeaf(n.key, n.value!, n.version)
        : hashInner(n.height, n.size, n.version, this.hashNode(this.left(n)), this.hashNode(this.right(n)))
    return n.hash
  }

  /** Closes the working version: from here on its nodes are immutable and the next version is built. */
  commit(): TreeCommit {
    const hash = this.hash()
    const changes = this.changes
    this.changes = []
    this.version++
    return { hash, root: this.root, changes }
  }

  /**
   * Closes the working version without hashing it: replays use this for versions nobody reads. A node's hash
   * depends only on its own content, so hashing later (when a read or a commit needs it) gives the same hashes.
   */
  advance(): void {
    this.changes = []
    this.version++
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
