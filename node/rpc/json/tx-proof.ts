// CometBFT tx inclusion proof: an RFC 6962 simple-merkle proof of sha256(tx) among the block's tx hashes
// (crypto/merkle/proof.go), rendered as the `proof` object of a `tx` result.
import { createHash } from 'node:crypto'
import { base64, hex, int } from './encode.js'

const sha256 = (...parts: Uint8Array[]) => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return new Uint8Array(h.digest())
}
const leafHash = (leaf: Uint8Array) => sha256(Uint8Array.of(0), leaf)
const innerHash = (left: Uint8Array, right: Uint8Array) => sha256(Uint8Array.of(1), left, right)

/** Largest power of two strictly less than n (n >= 2). */
function splitPoint(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

/** Root of the items and the sibling hashes ("aunts") from the leaf at `index` up to the root. */
function rootAndAunts(items: Uint8Array[], index: number): { root: Uint8Array; aunts: Uint8Array[] } {
  if (items.length === 1) return { root: leafHash(items[0]!), aunts: [] }
  const k = splitPoint(items.length)
  const left = items.slice(0, k)
  const right = items.slice(k)
  if (index < k) {
    const inner = rootAndAunts(left, index)
    const other = rootAndAunts(right, 0).root
    return { root: innerHash(inner.root, other), aunts: [...inner.aunts, other] }
  }
  const inner = rootAndAunts(right, index - k)
  const other = rootAndAunts(left, 0).root
  return { root: innerHash(other, inner.root), aunts: [...inner.aunts, other] }
}

export function txProofJson(txs: Uint8Array[], index: number) {
  const hashes = txs.map((tx) => sha256(tx))
  const { root, aunts } = rootAndAunts(hashes, index)
  return {
    root_hash: hex(root),
    data: base64(txs[index]!),
    proof: {
      total: int(txs.length),
      index: int(index),
      leaf_hash: base64(leafHash(hashes[index]!)),
      aunts: aunts.map(base64),
    },
  }
}
