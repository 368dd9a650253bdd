// The multistore root: an RFC 6962 merkle tree (leaf 0x00, inner 0x01, split at the largest power of two
// below n) over sorted (store name -> sha256(store root)) pairs, as cosmos-sdk store/internal/maps builds it.
import { compareBytes, utf8 } from '../../../modules/sdk/bytes.js'
import { hashFromByteSlices, innerHash, leafHash, splitPoint } from '../../types/merkle.js'
import { sha256 } from './node.js'
import { putUvarint, uvarintSize } from './varint.js'

export interface StoreRoot {
  name: string
  hash: Uint8Array
}

/** One step of a path from a leaf up to the root: the sibling hash and which side it sits on. */
export interface MerkleStep {
  sibling: Uint8Array
  siblingIsLeft: boolean
}

/** `uvarint(len k) ‖ k ‖ uvarint(32) ‖ sha256(v)`: the bytes of cosmos-sdk's kv.Pair with the value pre-hashed. */
export function leafBytes(key: Uint8Array, value: Uint8Array): Uint8Array {
  const out = new Uint8Array(uvarintSize(key.length) + key.length + 33)
  let off = putUvarint(out, 0, key.length)
  out.set(key, off)
  off += key.length
  out[off++] = 32
  out.set(sha256(value), off)
  return out
}

/** Root over already leaf-hashed items (the RFC 6962 hashing itself lives in node/types/merkle.ts). */
function rootOf(hashes: Uint8Array[]): Uint8Array {
  if (hashes.length === 1) return hashes[0]!
  const k = splitPoint(hashes.length)
  return innerHash(rootOf(hashes.slice(0, k)), rootOf(hashes.slice(k)))
}

/** Leaf-to-root steps for the item at `index`. */
function pathOf(hashes: Uint8Array[], index: number): MerkleStep[] {
  if (hashes.length <= 1) return []
  const k = splitPoint(hashes.length)
  if (index < k) {
    return [...pathOf(hashes.slice(0, k), index), { sibling: rootOf(hashes.slice(k)), siblingIsLeft: false }]
  }
  return [...pathOf(hashes.slice(k), index - k), { sibling: rootOf(hashes.slice(0, k)), siblingIsLeft: true }]
}

function sortedLeaves(roots: StoreRoot[]): { names: string[]; leaves: Uint8Array[] } {
  const entries = roots.map((r) => ({ name: r.name, key: utf8.encode(r.name), hash: r.hash }))
  entries.sort((a, b) => compareBytes(a.key, b.key))
  return { names: entries.map((e) => e.name), leaves: entries.map((e) => leafBytes(e.key, e.hash)) }
}

export function multistoreHash(roots: StoreRoot[]): Uint8Array {
  return hashFromByteSlices(sortedLeaves(roots).leaves)
}

/** The path proving `name`'s root inside the multistore hash; undefined when no such store. */
export function multistorePath(roots: StoreRoot[], name: string): MerkleStep[] | undefined {
  const { names, leaves } = sortedLeaves(roots)
  const index = names.indexOf(name)
  return index < 0 ? undefined : pathOf(leaves.map(leafHash), index)
}
