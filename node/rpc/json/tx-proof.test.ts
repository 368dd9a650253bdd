// Tx inclusion proofs recompute, leaf plus aunts, to the block's data hash (CometBFT computeHashFromAunts).
import { describe, expect, it } from 'vitest'
import { txHash } from '../../types/hash.js'
import { hashFromByteSlices, innerHash, splitPoint } from '../../types/merkle.js'
import { txProofJson } from './tx-proof.js'

const fromB64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'))

/** CometBFT crypto/merkle/proof.go computeHashFromAunts. */
function rootFromAunts(index: number, total: number, leaf: Uint8Array, aunts: Uint8Array[]): Uint8Array {
  if (total === 1) return leaf
  const k = splitPoint(total)
  const last = aunts.at(-1)!
  if (index < k) return innerHash(rootFromAunts(index, k, leaf, aunts.slice(0, -1)), last)
  return innerHash(last, rootFromAunts(index - k, total - k, leaf, aunts.slice(0, -1)))
}

describe('txProofJson', () => {
  it('proves every tx of blocks with 1 to 9 txs against the data hash', () => {
    for (let n = 1; n <= 9; n++) {
      const txs = Array.from({ length: n }, (_, i) => Uint8Array.of(n, i, 7))
      const dataHash = Buffer.from(hashFromByteSlices(txs.map(txHash)))
        .toString('hex')
        .toUpperCase()
      for (let i = 0; i < n; i++) {
        const p = txProofJson(txs, i)
        expect(p.root_hash).toBe(dataHash)
        expect(p.proof).toMatchObject({ total: String(n), index: String(i) })
        expect(fromB64(p.data)).toEqual(txs[i])
        const root = rootFromAunts(i, n, fromB64(p.proof.leaf_hash), p.proof.aunts.map(fromB64))
        expect(Buffer.from(root).toString('hex').toUpperCase()).toBe(dataHash)
      }
    }
  })
})
