// An IAVL node and its hash, exactly as cosmos/iavl docs/node/node.md defines it, so ICS23 `iavlSpec`
// proofs over our trees verify:
//   hash = sha256(varint(height) ‖ varint(size) ‖ varint(version) ‖ leaf: bytes(key) ‖ bytes(sha256(value))
//                                                                  inner: bytes(leftHash) ‖ bytes(rightHash))
// A node is one flat object: its key and value are offsets into a shared byte slab (`slab.ts`) and its hash is
// eight int32 fields, so a node held in memory owns no typed-array view and no buffer of its own (a 1M-key tree
// had three views per leaf and one per inner node, which dominated garbage collection). Views are made on
// demand for readers. Hashing writes no allocation either: one preimage buffer and `sha256Words`.
// Children are held by reference while the tree is in memory; saved children are reached through the node db
// by sequence number when the tree is too big for memory.
import { hash } from 'node:crypto'
import { putWord, sha256Into, sha256Words } from './sha256.js'
import { putUvarint, putVarint } from './varint.js'

const NO_BYTES = new Uint8Array(0)

export class IavlNode {
  /** Slab holding the key (leaf: the stored key; inner: the smallest key of the right subtree). */
  kb: Uint8Array
  ko: number
  kl: number
  /** Leaves: the value's offset and length in `kb`, right after the key. Inner nodes: vl = -1. */
  vo: number
  vl: number
  height: number
  size: number
  /** The tree version in which this node was created. */
  version: number
  /** Storage sequence number; 0 while the node exists only in the working tree. */
  seq = 0
  /**
   * True once the object was handed out through the node cache (read from disk, or remembered after a save by
   * a tree not held in memory): other trees may hold it, so it is never reused (`node-pool.ts`).
   */
  shared = false
  /** False while the node is dirty; then h0…h7 are stale. */
  hashed: boolean
  /** The hash as eight big-endian words (small integers: stored inline in the object, no allocation). */
  h0 = 0
  h1 = 0
  h2 = 0
  h3 = 0
  h4 = 0
  h5 = 0
  h6 = 0
  h7 = 0
  leftNode: IavlNode | undefined
  rightNode: IavlNode | undefined
  leftSeq = 0
  rightSeq = 0

  constructor(kb: Uint8Array, ko: number, kl: number, vo: number, vl: number, version: number) {
    this.kb = kb
    this.ko = ko
    this.kl = kl
    this.vo = vo
    this.vl = vl
    this.height = 0
    this.size = 1
    this.version = version
    this.hashed = false
    this.leftNode = undefined
    this.rightNode = undefined
  }

  /** Makes a recycled node (`node-pool.ts`) a fresh one, exactly as the constructor would. */
  reset(kb: Uint8Array, ko: number, kl: number, vo: number, vl: number, version: number): void {
    this.kb = kb
    this.ko = ko
    this.kl = kl
    this.vo = vo
    this.vl = vl
    this.height = 0
    this.size = 1
    this.version = version
    this.seq = 0
    this.shared = false
    this.hashed = false
    this.leftNode = undefined
    this.rightNode = undefined
    this.leftSeq = 0
    this.rightSeq = 0
  }

  /** Drops the references of a node waiting for reuse, so it keeps no slab chunk or subtree alive. */
  release(): void {
    this.kb = NO_BYTES
    this.leftNode = undefined
    this.rightNode = undefined
  }

  isLeaf(): boolean {
    return this.height === 0
  }

  /** A view of the key (allocates: for readers, not for comparisons). */
  get key(): Uint8Array {
    return this.kb.subarray(this.ko, this.ko + this.kl)
  }

  /** A view of a leaf's value; undefined for inner nodes. */
  get value(): Uint8Array | undefined {
    return this.vl < 0 ? undefined : this.kb.subarray(this.vo, this.vo + this.vl)
  }

  /** A copy of the hash; undefined while dirty. */
  get hash(): Uint8Array | undefined {
    if (!this.hashed) return undefined
    const out = new Uint8Array(32)
    this.writeHash(out, 0)
    return out
  }

  writeHash(out: Uint8Array, p: number): void {
    putWord(out, p, this.h0)
    putWord(out, p + 4, this.h1)
    putWord(out, p + 8, this.h2)
    putWord(out, p + 12, this.h3)
    putWord(out, p + 16, this.h4)
    putWord(out, p + 20, this.h5)
    putWord(out, p + 24, this.h6)
    putWord(out, p + 28, this.h7)
  }

  /** Sets the hash from 32 bytes at raw[p…] (a node read from disk). */
  readHash(raw: Uint8Array, p: number): void {
    this.setHash(
      word(raw, p),
      word(raw, p + 4),
      word(raw, p + 8),
      word(raw, p + 12),
      word(raw, p + 16),
      word(raw, p + 20),
      word(raw, p + 24),
      word(raw, p + 28),
    )
  }

  setHash(a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number): void {
    this.h0 = a
    this.h1 = b
    this.h2 = c
    this.h3 = d
    this.h4 = e
    this.h5 = f
    this.h6 = g
    this.h7 = h
    this.hashed = true
  }

  /** Takes `src`'s key (an inner node's split key is its right subtree's smallest key). */
  takeKey(src: IavlNode): void {
    this.kb = src.kb
    this.ko = src.ko
    this.kl = src.kl
  }
}

function word(raw: Uint8Array, p: number): number {
  return (raw[p]! << 24) | (raw[p + 1]! << 16) | (raw[p + 2]! << 8) | raw[p + 3]!
}

/** compareBytes(key, node's key) without making a view of the node's key. */
export function compareToKey(key: Uint8Array, n: IavlNode): number {
  const b = n.kb
  const o = n.ko
  const bl = n.kl
  const m = key.length < bl ? key.length : bl
  for (let i = 0; i < m; i++) {
    const d = key[i]! - b[o + i]!
    if (d !== 0) return d
  }
  return key.length - bl
}

/**
 * One-shot `crypto.hash`, returned as a plain Uint8Array view (Buffers compare unequal to Uint8Arrays in deep
 * equality). For everything but node hashing (which uses `sha256Into` without allocating).
 */
export function sha256(data: Uint8Array): Uint8Array {
  const d = hash('sha256', data, 'buffer')
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength)
}

/** One preimage buffer for every node hashed (single-threaded, never held across calls). */
let scratch = new Uint8Array(256)

function ensureScratch(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2))
  return scratch
}

/** Writes the shared hash preamble; returns the offset after it. */
function putPreamble(buf: Uint8Array, height: number, size: number, version: number): number {
  let off = putVarint(buf, 0, height)
  off = putVarint(buf, off, size)
  return putVarint(buf, off, version)
}

/** Leaf preimage into the scratch buffer; returns its length. */
function leafPreimage(
  kb: Uint8Array,
  ko: number,
  kl: number,
  vb: Uint8Array,
  vo: number,
  vl: number,
  version: number,
): number {
  const buf = ensureScratch(40 + kl + 33)
  let off = putPreamble(buf, 0, 1, version)
  off = putUvarint(buf, off, kl)
  for (let i = 0; i < kl; i++) buf[off + i] = kb[ko + i]!
  off += kl
  buf[off++] = 32
  sha256Into(vb, vo, vl, buf, off)
  return off + 32
}

/** Inner preimage of `n` over its hashed children into the scratch buffer; returns its length. */
function innerPreimageNodes(n: IavlNode, l: IavlNode, r: IavlNode): number {
  const buf = ensureScratch(40 + 66)
  let off = putPreamble(buf, n.height, n.size, n.version)
  buf[off++] = 32
  l.writeHash(buf, off)
  off += 32
  buf[off++] = 32
  r.writeHash(buf, off)
  return off + 32
}

function innerPreimage(
  height: number,
  size: number,
  version: number,
  leftHash: Uint8Array,
  rightHash: Uint8Array,
): number {
  const buf = ensureScratch(40 + 66)
  let off = putPreamble(buf, height, size, version)
  buf[off++] = 32
  buf.set(leftHash, off)
  off += 32
  buf[off++] = 32
  buf.set(rightHash, off)
  return off + 32
}

function setFromWords(n: IavlNode, h: Int32Array): void {
  n.setHash(h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!)
}

/** Hashes a leaf in place. */
export function hashLeafNode(n: IavlNode): void {
  const len = leafPreimage(n.kb, n.ko, n.kl, n.kb, n.vo, n.vl, n.version)
  setFromWords(n, sha256Words(scratch, 0, len))
}

/** Hashes an inner node whose children are hashed, in place. */
export function hashInnerNode(n: IavlNode, l: IavlNode, r: IavlNode): void {
  const len = innerPreimageNodes(n, l, r)
  setFromWords(n, sha256Words(scratch, 0, len))
}

export function hashLeaf(key: Uint8Array, value: Uint8Array, version: number): Uint8Array {
  const len = leafPreimage(key, 0, key.length, value, 0, value.length, version)
  const out = new Uint8Array(32)
  sha256Into(scratch, 0, len, out, 0)
  return out
}

export function hashInner(
  height: number,
  size: number,
  version: number,
  leftHash: Uint8Array,
  rightHash: Uint8Array,
): Uint8Array {
  const len = innerPreimage(height, size, version, leftHash, rightHash)
  const out = new Uint8Array(32)
  sha256Into(scratch, 0, len, out, 0)
  return out
}

/** The IAVL hash of an empty tree (sha256 of nothing), as cosmos/iavl reports it. */
export const EMPTY_TREE_HASH: Uint8Array = sha256(new Uint8Array(0))
