// KVStore faces of a tree: the working tree (read-write, what cache branches write into) and a saved
// version (read-only, for historical queries). Both validate input the same way the cache layer does.
import type { KVPair, KVStore } from '../../../modules/sdk/store.js'
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

/** A saved tree version: immutable nodes reached through the node db. */
export class SavedTree implements NodeSource {
  readonly root: IavlNode | undefined

  constructor(
    readonly nodes: NodeDb,
    rootSeq: number,
    readonly version: number,
  ) {
    this.root = rootSeq === 0 ? undefined : nodes.get(rootSeq)
  }

  left(n: IavlNode): IavlNode {
    return this.nodes.get(n.leftSeq)
  }

  right(n: IavlNode): IavlNode {
    return this.nodes.get(n.rightSeq)
  }
}

export class SavedTreeStore implements KVStore {
  constructor(private readonly tree: SavedTree) {}

  get(key: Uint8Array): Uint8Array | undefined {
    assertValidKey(key)
    return lookup(this.tree, this.tree.root, key)
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
    return iterate(this.tree, this.tree.root, start, end, reverse)
  }
}
