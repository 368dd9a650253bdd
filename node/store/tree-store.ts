// KVStore faces of a tree: the working tree (read-write, what cache branches write into) and a saved
// version (read-only, for historical queries). Both validate input the same way the cache layer does.
import type { KVPair, KVStore } from '../../modules/sdk/store.js'
import { assertValidKey, assertValidValue, StoreError } from './errors.js'
import type { IavlNode } from './node.js'
import type { NodeDb } from './node-db.js'
import { assertValidRange } from './range.js'
import type { MutableTree } from './tree.js'
import { iterate, lookup, type NodeSource } from './tree-read.js'

export class WorkingTreeStore implements KVStore {
  constructor(private readonly tree: MutableTree) {}

  get(key: Uint8Array): Uint8Array | undefined {
    assertValidKey(key)
    return this.tree.get(key)
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined
  }

  set(key: Uint8Array, value: Uint8Array): void {
    assertValidKey(key)
    assertValidValue(value)
    this.tree.set(key, value)
  }

  delete(key: Uint8Array): void {
    assertValidKey(key)
    this.tree.delete(key)
  }

  iterator(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<KVPair> {
    assertValidRange(start, end)
    return this.tree.iterator(start, end, reverse)
  }
}

const always = () => true

/**
 * A committed tree version: immutable nodes, reached through their in-memory children where attached and
 * through the node db otherwise. `inMemory` turns false when a version held in memory is let go (its node
 * objects are then reused by the working tree).
 */
export class SavedTree implements NodeSource {
  constructor(
    readonly nodes: NodeDb,
    readonly root: IavlNode | undefined,
    readonly version: number,
    readonly inMemory: () => boolean = always,
  ) {}

  static fromDisk(nodes: NodeDb, rootSeq: number, version: number): SavedTree {
    return new SavedTree(nodes, rootSeq === 0 ? undefined : nodes.get(rootSeq), version)
  }

  left(n: IavlNode): IavlNode {
    return n.leftNode ?? this.nodes.get(n.leftSeq)
  }

  right(n: IavlNode): IavlNode {
    return n.rightNode ?? this.nodes.get(n.rightSeq)
  }
}

/** The smallest key after `key`. */
const after = (key: Uint8Array): Uint8Array => {
  const out = new Uint8Array(key.length + 1)
  out.set(key)
  return out
}

/**
 * A read-only view of a saved version. A view can outlive the version's time in memory (callers may hold it
 * across commits): every call checks, and re-resolves the version through `resolve` (a checkpoint or a
 * replay from disk, or VERSION_PRUNED) when it left memory; an iterator resumes after its last key.
 */
export class SavedTreeStore implements KVStore {
  constructor(
    private tree: SavedTree,
    private readonly resolve: () => SavedTree = () => tree,
  ) {}

  private current(): SavedTree {
    if (!this.tree.inMemory()) this.tree = this.resolve()
    return this.tree
  }

  get(key: Uint8Array): Uint8Array | undefined {
    assertValidKey(key)
    const t = this.current()
    return lookup(t, t.root, key)
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined
  }

  set(): void {
    throw new StoreError('READ_ONLY', `version ${this.tree.version} is read-only`)
  }

  delete(): void {
    throw new StoreError('READ_ONLY', `version ${this.tree.version} is read-only`)
  }

  iterator(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<KVPair> {
    assertValidRange(start, end)
    return this.iterate(start, end, reverse)
  }

  private *iterate(
    start: Uint8Array | undefined,
    end: Uint8Array | undefined,
    reverse: boolean,
  ): IterableIterator<KVPair> {
    let t = this.current()
    let it = iterate(t, t.root, start, end, reverse)
    let last: Uint8Array | undefined
    for (;;) {
      if (!t.inMemory()) {
        t = this.current()
        // Resume after the last key forward, before it in reverse.
        if (last !== undefined && reverse) it = iterate(t, t.root, start, last, true)
        else if (last !== undefined) it = iterate(t, t.root, after(last), end, false)
        else it = iterate(t, t.root, start, end, reverse)
      }
      const r = it.next()
      if (r.done) return
      last = r.value.key
      yield r.value
    }
  }
}
