// Re-packing the keys and values of an in-memory tree into fresh slab chunks. A slab chunk lives while any node
// (or a view handed to a reader) uses it, so scattered overwrites leave chunks that are mostly dead; copying
// the live entries out lets the collector free the old chunks. Content never changes, so readers of retained
// versions that share these nodes see the same bytes (they read the slab offsets at each call).
import type { IavlNode } from './node.js'
import { kvSlot } from './slab.js'

function sameKey(a: IavlNode, b: IavlNode): boolean {
  if (a.kl !== b.kl) return false
  for (let i = 0; i < a.kl; i++) if (a.kb[a.ko + i] !== b.kb[b.ko + i]) return false
  return true
}

/**
 * Re-packs the attached (in-memory) part of the tree under `n`; returns its leftmost leaf when attached, whose
 * key an inner node shares when it is its split key. Adds the bytes copied to `live.bytes`.
 */
function repackNode(n: IavlNode, live: { bytes: number }): IavlNode | undefined {
  if (n.height === 0) {
    const s = kvSlot(n.kl + n.vl)
    s.buf.set(n.kb.subarray(n.ko, n.ko + n.kl), s.offset)
    s.buf.set(n.kb.subarray(n.vo, n.vo + n.vl), s.offset + n.kl)
    n.kb = s.buf
    n.ko = s.offset
    n.vo = s.offset + n.kl
    live.bytes += n.kl + n.vl
    return n
  }
  const leftmost = n.leftNode ? repackNode(n.leftNode, live) : undefined
  const rightLeftmost = n.rightNode ? repackNode(n.rightNode, live) : undefined
  // The split key is the right subtree's smallest key: normally that leaf's own bytes, shared.
  if (rightLeftmost && sameKey(rightLeftmost, n)) {
    n.takeKey(rightLeftmost)
  } else {
    const s = kvSlot(n.kl)
    s.buf.set(n.kb.subarray(n.ko, n.ko + n.kl), s.offset)
    n.kb = s.buf
    n.ko = s.offset
    live.bytes += n.kl
  }
  return leftmost
}

/** Re-packs the tree under `root`; returns the bytes it now uses in the slab. */
export function repack(root: IavlNode | undefined): number {
  const live = { bytes: 0 }
  if (root) repackNode(root, live)
  return live.bytes
}
