// RFC 6962 simple merkle tree as CometBFT `crypto/merkle` builds it: leaves hashed with a 0x00 prefix, inner
// nodes with 0x01, the split point is the largest power of two below the item count, the empty tree is sha256("").
import { sha256 } from './hash.js'

const LEAF_PREFIX = Uint8Array.of(0)
const INNER_PREFIX = Uint8Array.of(1)

export function emptyHash(): Uint8Array {
  return sha256()
}

export function leafHash(leaf: Uint8Array): Uint8Array {
  return sha256(LEAF_PREFIX, leaf)
}

export function innerHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(INNER_PREFIX, left, right)
}

/** Largest power of two strictly less than `length` (length >= 2; 1 for length 1, as CometBFT's `getSplitPoint`). */
export function splitPoint(length: number): number {
  if (length < 1) throw new RangeError('split point of an empty list')
  let k = 1
  while (k * 2 < length) k *= 2
  return length === 1 ? 0 : k
}

/** The merkle root of `items` (CometBFT `merkle.HashFromByteSlices`). */
export function hashFromByteSlices(items: readonly Uint8Array[]): Uint8Array {
  if (items.length === 0) return emptyHash()
  // Hash every leaf once; the recursion then only combines 32-byte nodes.
  return rootOf(items.map(leafHash), 0, items.length)
}

function rootOf(leaves: Uint8Array[], start: number, end: number): Uint8Array {
  const n = end - start
  if (n === 1) return leaves[start]!
  const k = splitPoint(n)
  return innerHash(rootOf(leaves, start, start + k), rootOf(leaves, start + k, end))
}
