// What one committed version remembers: each store's root node, its next node sequence number and root
// hash, and the app hash. Stored under 'c' ‖ version in the same batch as the version's nodes.
import { utf8 } from '../../../modules/sdk/bytes.js'
import { StoreError } from './errors.js'
import { ByteReader, putUvarint, uvarintSize } from './varint.js'

export interface StoreCommit {
  name: string
  /** 0 for an empty tree. */
  rootSeq: number
  nextSeq: number
  hash: Uint8Array
}

export interface CommitRecord {
  appHash: Uint8Array
  stores: StoreCommit[]
}

export function encodeCommitRecord(rec: CommitRecord): Uint8Array {
  const names = rec.stores.map((s) => utf8.encode(s.name))
  let size = uvarintSize(rec.stores.length) + 32
  rec.stores.forEach((s, i) => {
    size +=
      uvarintSize(names[i]!.length) + names[i]!.length + uvarintSize(s.rootSeq) + uvarintSize(s.nextSeq) + 32
  })
  const out = new Uint8Array(size)
  let off = putUvarint(out, 0, rec.stores.length)
  rec.stores.forEach((s, i) => {
    off = putUvarint(out, off, names[i]!.length)
    out.set(names[i]!, off)
    off += names[i]!.length
    off = putUvarint(out, off, s.rootSeq)
    off = putUvarint(out, off, s.nextSeq)
    out.set(s.hash, off)
    off += 32
  })
  out.set(rec.appHash, off)
  return out
}

export function decodeCommitRecord(buf: Uint8Array): CommitRecord {
  try {
    const r = new ByteReader(buf)
    const count = r.uvarint()
    const stores: StoreCommit[] = []
    for (let i = 0; i < count; i++) {
      const name = utf8.decode(r.bytes(r.uvarint()))
      const rootSeq = r.uvarint()
      const nextSeq = r.uvarint()
      stores.push({ name, rootSeq, nextSeq, hash: r.bytes(32).slice() })
    }
    const appHash = r.bytes(32).slice()
    r.end()
    return { appHash, stores }
  } catch (err) {
    throw new StoreError('CORRUPT', `unreadable commit record: ${(err as Error).message}`)
  }
}
