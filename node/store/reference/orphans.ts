// Orphans: saved nodes that stopped being part of the tree. A node created in version `from` and replaced
// while building version T was live in [from, T-1]; it is listed under T-1 and may be deleted once no
// retained version falls in that range. One packed record per (store, version) keeps commits to one put.
import { StoreError } from './errors.js'
import { ByteReader, putUvarint, uvarintSize } from './varint.js'

export interface Orphan {
  seq: number
  /** The version that created the node. */
  from: number
}

export function encodeOrphans(list: Orphan[]): Uint8Array {
  let size = 0
  for (const o of list) size += uvarintSize(o.seq) + uvarintSize(o.from)
  const out = Buffer.allocUnsafe(size)
  let off = 0
  for (const o of list) {
    off = putUvarint(out, off, o.seq)
    off = putUvarint(out, off, o.from)
  }
  return out
}

export function decodeOrphans(buf: Uint8Array): Orphan[] {
  const list: Orphan[] = []
  try {
    const r = new ByteReader(buf)
    while (!r.done) list.push({ seq: r.uvarint(), from: r.uvarint() })
  } catch (err) {
    throw new StoreError('CORRUPT', `unreadable orphan record: ${(err as Error).message}`)
  }
  return list
}
