// CometBFT tx inclusion proof: an RFC 6962 simple-merkle proof of sha256(tx) among the block's tx hashes
// (crypto/merkle/proof.go), rendered as the `proof` object of a `tx` result.
import { txHash } from '../../types/hash.js'
import { innerHash, leafHash, splitPoint } from '../../types/merkle.js'
import { base64, hex, int } from './encode.js'

/** Root of the leaf hashes and the sibling hashes ("aunts") from the leaf at `index` up to the root. */
function rootAndAunts(leaves: Uint8Array[], index: number): { root: Uint8Array; aunts: Uint8Array[] } {
  if (leaves.length === 1) return { root: leaves[0]!, aunts: [] }
  const k = splitPoint(leaves.length)
  const left = leaves.slice(0, k)
  const right = leaves.slice(k)
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
  const leaves = txs.map((tx) => leafHash(txHash(tx)))
  const { root, aunts } = rootAndAunts(leaves, index)
  return {
    root_hash: hex(root),
    data: base64(txs[index]!),
    proof: {
      total: int(txs.length),
      index: int(index),
      leaf_hash: base64(leaves[index]!),
      aunts: aunts.map(base64),
    },
  }
}
