// AVL insert and remove on IAVL nodes, following cosmos/iavl's recursive algorithms: leaves hold the keys,
// an inner node's key is the smallest key of its right subtree. Only nodes created in the version being
// built change in place; a node of a committed version is copied (`mutable`), so every committed root stays
// an immutable tree that historical reads and proofs can walk while the working version moves on.
import { compareBytes } from '../../modules/sdk/bytes.js'
import { IavlNode } from './node.js'

export interface TreeContext {
  /** The version being built (last saved + 1). */
  readonly version: number
  /** True while the tree is held in memory: children loaded from disk stay attached to their parent. */
  readonly pin: boolean
  load(seq: number): IavlNode
  orphan(node: IavlNode): void
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
    n.hash = undefined
    return n
  }
  ctx.orphan(n)
  const copy = new IavlNode(n.key, n.value, ctx.version)
  copy.height = n.height
  copy.size = n.size
  copy.leftNode = n.leftNode
  copy.leftSeq = n.leftSeq
  copy.rightNode = n.rightNode
  copy.rightSeq = n.rightSeq
  return copy
}

function newInner(ctx: TreeContext, key: Uint8Array, left: IavlNode, right: IavlNode): IavlNode {
  const n = new IavlNode(key, undefined, ctx.version)
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

/** Returns the new subtree root and whether an existing key was overwritten (then the shape is unchanged). */
export function insert(
  ctx: TreeContext,
  node: IavlNode,
  key: Uint8Array,
  value: Uint8Array,
): [IavlNode, boolean] {
  if (node.height === 0) {
    const c = compareBytes(key, node.key)
    const leaf = new IavlNode(key, value, ctx.version)
    if (c < 0) return [newInner(ctx, node.key, leaf, node), false]
    if (c > 0) return [newInner(ctx, key, node, leaf), false]
    ctx.orphan(node)
    return [leaf, true]
  }
  const n = mutable(ctx, node)
  let updated: boolean
  if (compareBytes(key, n.key) < 0) {
    const [child, u] = insert(ctx, leftOf(ctx, n), key, value)
    setLeft(n, child)
    updated = u
  } else {
    const [child, u] = insert(ctx, rightOf(ctx, n), key, value)
    setRight(n, child)
    updated = u
  }
  if (updated) return [n, true]
  return [balance(ctx, n), false]
}

export interface Removal {
  /** The removed value; undefined when the key was absent (then nothing changed). */
  value: Uint8Array | undefined
  /** The new subtree root; undefined when the subtree became empty. */
  node: IavlNode | undefined
  /** The subtree's new smallest key when it changed. */
  newKey: Uint8Array | undefined
}

export function remove(ctx: TreeContext, node: IavlNode, key: Uint8Array): Removal {
  if (node.height === 0) {
    if (compareBytes(key, node.key) !== 0) return { value: undefined, node, newKey: undefined }
    ctx.orphan(node)
    return { value: node.value, node: undefined, newKey: undefined }
  }
  if (compareBytes(key, node.key) < 0) {
    const r = remove(ctx, leftOf(ctx, node), key)
    if (r.value === undefined) return { value: undefined, node, newKey: undefined }
    if (r.node === undefined) {
      const right = rightOf(ctx, node)
      ctx.orphan(node)
      return { value: r.value, node: right, newKey: node.key }
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
  if (r.newKey !== undefined) n.key = r.newKey
  return { value: r.value, node: balance(ctx, n), newKey: undefined }
}
