// One store's IAVL tree: the working version (committed state plus writes since) over saved, immutable
// nodes. `prepareSave` turns the working version into node puts and an orphan record for one commit batch.
import type { KVPair } from '../../../modules/sdk/store.js'
import { insert, leftOf, remove, rightOf, type TreeContext } from './avl.js'
import type { DbOp } from './db.js'
import { nodeKey, orphansKey } from './keys.js'
import { EMPTY_TREE_HASH, hashInner, hashLeaf, IavlNode } from './node.js'
import { encodeNode } from './node-codec.js'
import type { NodeDb } from './node-db.js'
import { encodeOrphans, type Orphan } from './orphans.js'
import { iterate, lookup, type NodeSource } from './tree-read.js'

export interface TreeSave {
  rootSeq: number
  nextSeq: number
  hash: Uint8Array
  /** The nodes this version replaced, recorded under version - 1. */
  orphans: Orphan[]
  /** The nodes written by this save; hand them to `afterSave` once the batch is durable. */
  saved: IavlNode[]
}

export class MutableTree implements TreeContext, NodeSource {
  private root: IavlNode | undefined
  private orphans: Orphan[] = []
  /** The version being built. */
  version: number

  constructor(
    readonly nodes: NodeDb,
    savedVersion: number,
    rootSeq: number,
    private nextSeq: number,
  ) {
    this.version = savedVersion + 1
    this.root = rootSeq === 0 ? undefined : nodes.get(rootSeq)
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
    return lookup(this, this.root, key)
  }

  set(key: Uint8Array, value: Uint8Array): void {
    if (!this.root) {
      this.root = new IavlNode(key, value, this.version)
      return
    }
    this.root = insert(this, this.root, key, value)[0]
  }

  delete(key: Uint8Array): void {
    if (!this.root) return
    const r = remove(this, this.root, key)
    if (r.value !== undefined) this.root = r.node
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

  private hashNode(n: IavlNode): Uint8Array {
    if (n.hash) return n.hash
    n.hash =
      n.height === 0
        ? hashLeaf(n.key, n.value!, n.version)
        : hashInner(n.height, n.size, n.version, this.hashNode(this.left(n)), this.hashNode(this.right(n)))
    return n.hash
  }

  /** Appends the puts for every unsaved node and this version's orphan record to `ops`. */
  prepareSave(ops: DbOp[]): TreeSave {
    const hash = this.hash()
    const saved: IavlNode[] = []
    if (this.root && this.root.seq === 0) this.saveNode(this.root, ops, saved)
    if (this.orphans.length > 0) {
      ops.push({
        type: 'put',
        key: orphansKey(this.nodes.storeId, this.version - 1),
        value: encodeOrphans(this.orphans),
      })
    }
    const orphans = this.orphans
    this.orphans = []
    this.version++
    return { rootSeq: this.root?.seq ?? 0, nextSeq: this.nextSeq, hash, orphans, saved }
  }

  /**
   * Once the batch is on disk, saved nodes drop their child references and live in the LRU like any other
   * saved node. Until then the references keep them reachable even if the cache is smaller than the batch.
   */
  afterSave(saved: IavlNode[]): void {
    for (const n of saved) {
      n.leftNode = undefined
      n.rightNode = undefined
      this.nodes.remember(n)
    }
  }

  private saveNode(n: IavlNode, ops: DbOp[], saved: IavlNode[]): void {
    if (n.height > 0) {
      if (n.leftSeq === 0) {
        this.saveNode(n.leftNode!, ops, saved)
        n.leftSeq = n.leftNode!.seq
      }
      if (n.rightSeq === 0) {
        this.saveNode(n.rightNode!, ops, saved)
        n.rightSeq = n.rightNode!.seq
      }
    }
    n.seq = this.nextSeq++
    ops.push({ type: 'put', key: nodeKey(this.nodes.storeId, n.seq), value: encodeNode(n) })
    saved.push(n)
  }
}
