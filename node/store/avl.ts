// AVL insert and remove on IAVL nodes, following cosmos/iavl's recursive algorithms: leaves hold the keys,
// an inner node's key is the smallest key of its right subtree. Only nodes created in the version being
// built change in place; a node of a committed version is copied (`mutable`), so every committed root stays
// an immutable tree that historical reads and proofs can walk while the working version moves on.
import { compareToKey, type IavlNode } from './node.js'

export interface TreeContext {
  /** The version being built (last saved + 1). */
  readonly version: number
  /** True while the tree is held in memory: children loaded from disk stay attached to their parent. */
  readonly pin: boolean
  load(seq: number): IavlNode
  /** `node` left the working tree (copied, replaced or removed). */
  orphan(node: IavlNode): void
  /** A new node of the working version (a recycled object when one is free). */
  make(kb: Uint8Array, ko: number, kl: number, vo: number, vl: number): IavlNode
}

export function leftOf(ctx: TreeContext, n: IavlNode): IavlNode {
  if (n.leftNode) return n.leftNode
  const c = ctx.load(n.leftSeq)
  if (ctx.pin) n.leftNode = c
  return c
}

export function rightOf(ctx: TreeContext, n: IavlNode): IavlNode {
  if (n.rightNode) return n.rightNode
  const c = ctx.load(n.rightSeq)
  if (ctx.pin) n.rightNode = c
  return c
}

function setLeft(n: IavlNode, child: IavlNode): void {
  n.leftNode = child
  n.leftSeq = child.seq
}

function setRight(n: IavlNode, child: IavlNode): void {
  n.rightNode = child
  n.rightSeq = child.seq
}

/** A node of the working version that may be changed in place. */
function mutable(ctx: TreeContext, n: IavlNode): IavlNode {
  if (n.version === ctx.version) {
    n.hashed = false
    return n
  }
  ctx.orphan(n)
  const copy = ctx.make(n.kb, n.ko, n.kl, n.vo, n.vl)
  copy.height = n.height
  copy.size = n.size
  copy.leftNode = n.leftNode
  copy.leftSeq = n.leftSeq
  copy.rightNode = n.rightNode
  copy.rightSeq = n.rightSeq
  return copy
}

function newInner(ctx: TreeContext, keySrc: IavlNode, left: IavlNode, right: IavlNode): IavlNode {
  const n = ctx.make(keySrc.kb, keySrc.ko, keySrc.kl, 0, -1)
  setLeft(n, left)
  setRight(n, right)
  n.height = 1
  n.size = 2
  return n
}

/** Recomputes height and size from the children; returns the balance factor (left height - right height). */
function update(ctx: TreeContext, n: IavlNode): number {
  const l = leftOf(ctx, n)
  const r = rightOf(ctx, n)
  n.height = Math.max(l.height, r.height) + 1
  n.size = l.size + r.size
  return l.height - r.height
}

function balanceFactor(ctx: TreeContext, n: IavlNode): number {
  return leftOf(ctx, n).height - rightOf(ctx, n).height
}

function rotateRight(ctx: TreeContext, n: IavlNode): IavlNode {
  const l = mutable(ctx, leftOf(ctx, n))
  setLeft(n, rightOf(ctx, l))
  update(ctx, n)
  setRight(l, n)
  update(ctx, l)
  return l
}

function rotateLeft(ctx: TreeContext, n: IavlNode): IavlNode {
  const r = mutable(ctx, rightOf(ctx, n))
  setRight(n, leftOf(ctx, r))
  update(ctx, n)
  setLeft(r, n)
  update(ctx, r)
  return r
}

/** Updates a mutable node and rebalances it; its children's heights differ by at most 2. */
function balance(ctx: TreeContext, n: IavlNode): IavlNode {
  const bf = update(ctx, n)
  if (bf > 1) {
    const l = leftOf(ctx, n)
    if (balanceFactor(ctx, l) < 0) setLeft(n, rotateLeft(ctx, mutable(ctx, l)))
    return rotateRight(ctx, n)
  }
  if (bf < -1) {
    const r = rightOf(ctx, n)
    if (balanceFactor(ctx, r) > 0) setRight(n, rotateRight(ctx, mutable(ctx, r)))
    return rotateLeft(ctx, n)
  }
  return n
}

/** Set by `insert` at the leaf level: the insert overwrote an existing key (no tuple allocated per level). */
let overwrote = false

/**
 * Inserts `leaf` (a new leaf of the working version whose key is `key`); returns the new subtree root. An
 * overwrite of an existing key leaves the shape unchanged, so the path is not rebalanced.
 */
export function insert(ctx: TreeContext, node: IavlNode, key: Uint8Array, leaf: IavlNode): IavlNode {
  if (node.height === 0) {
    const c = compareToKey(key, node)
    overwrote = c === 0
    if (c < 0) return newInner(ctx, node, leaf, node)
    if (c > 0) return newInner(ctx, leaf, node, leaf)
    ctx.orphan(node)
    return leaf
  }
  const n = mutable(ctx, node)
  if (compareToKey(key, n) < 0) setLeft(n, insert(ctx, leftOf(ctx, n), key, leaf))
  else setRight(n, insert(ctx, rightOf(ctx, n), key, leaf))
  if (overwrote) return n
  return balance(ctx, n)
}

export interface Removal {
  /** The removed value; undefined when the key was absent (then nothing changed). */
  value: Uint8Array | undefined
  /** The new subtree root; undefined when the subtree became empty. */
  node: IavlNode | undefined
  /** The node holding the subtree's new smallest key when it changed. */
  newKey: IavlNode | undefined
}

export function remove(ctx: TreeContext, node: IavlNode, key: Uint8Array): Removal {
  if (node.height === 0) {
    if (compareToKey(key, node) !== 0) return { value: undefined, node, newKey: undefined }
    ctx.orphan(node)
    return { value: node.value, node: undefined, newKey: undefined }
  }
  if (compareToKey(key, node) < 0) {
    const r = remove(ctx, leftOf(ctx, node), key)
    if (r.value === undefined) return { value: undefined, node, newKey: undefined }
    if (r.node === undefined) {
      const right = rightOf(ctx, node)
      ctx.orphan(node)
      return { value: r.value, node: right, newKey: node }
    }
    const n = mutable(ctx, node)
    setLeft(n, r.node)
    return { value: r.value, node: balance(ctx, n), newKey: r.newKey }
  }
  const r = remove(ctx, rightOf(ctx, node), key)
  if (r.value === undefined) return { value: undefined, node, newKey: undefined }
  if (r.node === undefined) {
    const left = leftOf(ctx, node)
    ctx.orphan(node)
    return { value: r.value, node: left, newKey: undefined }
  }
  const n = mutable(ctx, node)
  setRight(n, r.node)
  if (r.newKey !== undefined) n.takeKey(r.newKey)
  return { value: r.value, node: balance(ctx, n), newKey: undefined }
}
