// The on-disk form of a saved node: compact, self-describing, carrying its own hash so loading a node never
// rehashes it. Layout: kind(1) ‖ uvarint height ‖ uvarint size ‖ uvarint version ‖ uvarint keyLen ‖ key ‖ hash(32)
//   leaf:  uvarint valueLen ‖ value          inner: uvarint leftSeq ‖ uvarint rightSeq
import { StoreError } from './errors.js'
import { IavlNode } from './node.js'
import { ByteReader, putUvarint, uvarintSize } from './varint.js'

const LEAF = 0
const INNER = 1

/**
 * Encodes a hashed node. The node keeps its own key, value and hash (already compact: see tree.ts and
 * node.ts), so the encoding is garbage once the batch holds it.
 */
export function encodeNode(node: IavlNode): Uint8Array {
  const hash = node.hash
  if (!hash) throw new StoreError('CORRUPT', 'cannot save a node before hashing it')
  const leaf = node.height === 0
  const value = node.value
  const tail = leaf
    ? uvarintSize(value!.length) + value!.length
    : uvarintSize(node.leftSeq) + uvarintSize(node.rightSeq)
  const size =
    1 +
    uvarintSize(node.height) +
    uvarintSize(node.size) +
    uvarintSize(node.version) +
    uvarintSize(node.key.length) +
    node.key.length +
    32 +
    tail
  const out = Buffer.allocUnsafe(size)
  out[0] = leaf ? LEAF : INNER
  let off = putUvarint(out, 1, node.height)
  off = putUvarint(out, off, node.size)
  off = putUvarint(out, off, node.version)
  off = putUvarint(out, off, node.key.length)
  out.set(node.key, off)
  off += node.key.length
  out.set(hash, off)
  off += 32
  if (leaf) {
    off = putUvarint(out, off, value!.length)
    out.set(value!, off)
  } else {
    off = putUvarint(out, off, node.leftSeq)
    putUvarint(out, off, node.rightSeq)
  }
  return out
}

export function decodeNode(seq: number, raw: Uint8Array): IavlNode {
  // Plain Uint8Array views, so keys and values handed to modules are not Buffers.
  const buf = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength)
  try {
    const r = new ByteReader(buf)
    const kind = r.bytes(1)[0]
    const height = r.uvarint()
    const size = r.uvarint()
    const version = r.uvarint()
    const key = r.bytes(r.uvarint())
    const hash = r.bytes(32)
    let node: IavlNode
    if (kind === LEAF) {
      node = new IavlNode(key, r.bytes(r.uvarint()), version)
    } else if (kind === INNER) {
      node = new IavlNode(key, undefined, version)
      node.leftSeq = r.uvarint()
      node.rightSeq = r.uvarint()
    } else {
      throw new RangeError(`unknown node kind ${kind}`)
    }
    r.end()
    node.height = height
    node.size = size
    node.hash = hash
    node.seq = seq
    return node
  } catch (err) {
    throw new StoreError('CORRUPT', `node ${seq} is unreadable: ${(err as Error).message}`)
  }
}
