// The on-disk form of a saved node: compact, self-describing, carrying its own hash so loading a node never
// rehashes it. Layout: kind(1) ‖ uvarint height ‖ uvarint size ‖ uvarint version ‖ uvarint keyLen ‖ key ‖ hash(32)
//   leaf:  uvarint valueLen ‖ value          inner: uvarint leftSeq ‖ uvarint rightSeq
import { StoreError } from './errors.js'
import { IavlNode } from './node.js'
import { ByteReader, putUvarint, uvarintSize } from './varint.js'

const LEAF = 0
const INNER = 1

/** Encodes a hashed node, copying its key, value and hash straight from the slab and its fields. */
export function encodeNode(node: IavlNode): Uint8Array {
  if (!node.hashed) throw new StoreError('CORRUPT', 'cannot save a node before hashing it')
  const leaf = node.height === 0
  const tail = leaf ? uvarintSize(node.vl) + node.vl : uvarintSize(node.leftSeq) + uvarintSize(node.rightSeq)
  const size =
    1 +
    uvarintSize(node.height) +
    uvarintSize(node.size) +
    uvarintSize(node.version) +
    uvarintSize(node.kl) +
    node.kl +
    32 +
    tail
  const out = Buffer.allocUnsafe(size)
  out[0] = leaf ? LEAF : INNER
  let off = putUvarint(out, 1, node.height)
  off = putUvarint(out, off, node.size)
  off = putUvarint(out, off, node.version)
  off = putUvarint(out, off, node.kl)
  out.set(node.kb.subarray(node.ko, node.ko + node.kl), off)
  off += node.kl
  node.writeHash(out, off)
  off += 32
  if (leaf) {
    off = putUvarint(out, off, node.vl)
    out.set(node.kb.subarray(node.vo, node.vo + node.vl), off)
  } else {
    off = putUvarint(out, off, node.leftSeq)
    putUvarint(out, off, node.rightSeq)
  }
  return out
}

/** A node read from disk: its key and value stay in the read buffer (offsets), its hash goes to its fields. */
export function decodeNode(seq: number, raw: Uint8Array): IavlNode {
  // A plain Uint8Array, so keys and values handed to modules are not Buffers.
  const buf = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength)
  try {
    const r = new ByteReader(buf)
    const kind = r.bytes(1)[0]
    const height = r.uvarint()
    const size = r.uvarint()
    const version = r.uvarint()
    const kl = r.uvarint()
    const ko = r.offset
    r.bytes(kl)
    const ho = r.offset
    r.bytes(32)
    let node: IavlNode
    if (kind === LEAF) {
      const vl = r.uvarint()
      const vo = r.offset
      r.bytes(vl)
      node = new IavlNode(buf, ko, kl, vo, vl, version)
    } else if (kind === INNER) {
      node = new IavlNode(buf, ko, kl, 0, -1, version)
      node.leftSeq = r.uvarint()
      node.rightSeq = r.uvarint()
    } else {
      throw new RangeError(`unknown node kind ${kind}`)
    }
    r.end()
    node.height = height
    node.size = size
    node.readHash(buf, ho)
    node.seq = seq
    return node
  } catch (err) {
    throw new StoreError('CORRUPT', `node ${seq} is unreadable: ${(err as Error).message}`)
  }
}
