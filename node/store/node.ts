// An IAVL node and its hash, exactly as cosmos/iavl docs/node/node.md defines it, so ICS23 `iavlSpec`
// proofs over our trees verify:
//   hash = sha256(varint(height) ‖ varint(size) ‖ varint(version) ‖ leaf: bytes(key) ‖ bytes(sha256(value))
//                                                                  inner: bytes(leftHash) ‖ bytes(rightHash))
// Children are held by reference only while unsaved; saved children are reached through the node db by
// sequence number, so the LRU cache (not the root) decides how much of the tree stays in memory.
import { hash } from 'node:crypto'
import { putUvarint, putVarint } from './varint.js'

export class IavlNode {
  /** Leaf: the stored key. Inner: the smallest key of the right subtree (the split key). */
  key: Uint8Array
  /** Only leaves carry values. */
  value: Uint8Array | undefined
  height: number
  size: number
  /** The tree version in which this node was created. */
  version: number
  /** Storage sequence number; 0 while the node exists only in the working tree. */
  seq = 0
  /** Cached hash; undefined while the node is dirty. */
  hash: Uint8Array | undefined
  leftNode: IavlNode | undefined
  rightNode: IavlNode | undefined
  leftSeq = 0
  rightSeq = 0

  constructor(key: Uint8Array, value: Uint8Array | undefined, version: number) {
    this.key = key
    this.value = value
    this.height = 0
    this.size = 1
    this.version = version
    this.hash = undefined
    this.leftNode = undefined
    this.rightNode = undefined
  }

  isLeaf(): boolean {
    return this.height === 0
  }
}

let scratch = new Uint8Array(256)

function ensureScratch(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2))
  return scratch
}

/**
 * One-shot `crypto.hash` (about twice as fast as createHash for node-sized inputs), returned as a plain
 * Uint8Array view (Buffers compare unequal to Uint8Arrays in deep equality).
 */
export function sha256(data: Uint8Array): Uint8Array {
  const d = hash('sha256', data, 'buffer')
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength)
}

/**
 * A node hash copied into Node's shared 8 KB allocation pool: crypto.hash gives every digest its own
 * ArrayBuffer (about 200 bytes of bookkeeping for 32 bytes of data), which dominated the memory of a tree
 * held in memory.
 */
function pooledDigest(data: Uint8Array): Uint8Array {
  const d = hash('sha256', data, 'buffer')
  const out = Buffer.allocUnsafe(32)
  out.set(d)
  return new Uint8Array(out.buffer, out.byteOffset, 32)
}

/** Writes the shared hash preamble; returns the offset after it. */
function putPreamble(buf: Uint8Array, height: number, size: number, version: number): number {
  let off = putVarint(buf, 0, height)
  off = putVarint(buf, off, size)
  return putVarint(buf, off, version)
}

export function hashLeaf(key: Uint8Array, value: Uint8Array, version: number): Uint8Array {
  const buf = ensureScratch(40 + key.length + 33)
  let off = putPreamble(buf, 0, 1, version)
  off = putUvarint(buf, off, key.length)
  buf.set(key, off)
  off += key.length
  buf[off++] = 32
  buf.set(sha256(value), off)
  off += 32
  return pooledDigest(buf.subarray(0, off))
}

export function hashInner(
  height: number,
  size: number,
  version: number,
  leftHash: Uint8Array,
  rightHash: Uint8Array,
): Uint8Array {
  const buf = ensureScratch(40 + 66)
  let off = putPreamble(buf, height, size, version)
  buf[off++] = 32
  buf.set(leftHash, off)
  off += 32
  buf[off++] = 32
  buf.set(rightHash, off)
  off += 32
  return pooledDigest(buf.subarray(0, off))
}

/** The IAVL hash of an empty tree (sha256 of nothing), as cosmos/iavl reports it. */
export const EMPTY_TREE_HASH: Uint8Array = sha256(new Uint8Array(0))
