// The changeset of one version: for each store, the writes and deletes in the order they reached its tree.
// It is the only thing a commit has to persist besides the commit record: replaying the changesets after a
// checkpoint, in order, rebuilds bit-identical trees (IAVL's shape depends only on the operation sequence).
// Layout: uvarint storeCount, then per store: uvarint nameLen ‖ name ‖ uvarint opCount ‖ ops, where an op is
// uvarint keyLen ‖ key ‖ 0x00 (delete) | 0x01 ‖ uvarint valueLen ‖ value.
import { utf8 } from '../../modules/sdk/bytes.js'
import { StoreError } from './errors.js'
import { ByteReader, putUvarint, uvarintSize } from './varint.js'

export interface Change {
  key: Uint8Array
  /** undefined: a delete. */
  value: Uint8Array | undefined
}

export interface StoreChanges {
  name: string
  changes: Change[]
}

export function encodeChangeset(stores: StoreChanges[]): Uint8Array {
  const names = stores.map((s) => utf8.encode(s.name))
  let size = uvarintSize(stores.length)
  stores.forEach((s, i) => {
    size += uvarintSize(names[i]!.length) + names[i]!.length + uvarintSize(s.changes.length)
    for (const c of s.changes) {
      size += uvarintSize(c.key.length) + c.key.length + 1
      if (c.value) size += uvarintSize(c.value.length) + c.value.length
    }
  })
  const out = Buffer.allocUnsafe(size)
  let off = putUvarint(out, 0, stores.length)
  stores.forEach((s, i) => {
    off = putUvarint(out, off, names[i]!.length)
    out.set(names[i]!, off)
    off += names[i]!.length
    off = putUvarint(out, off, s.changes.length)
    for (const c of s.changes) {
      off = putUvarint(out, off, c.key.length)
      out.set(c.key, off)
      off += c.key.length
      if (c.value) {
        out[off++] = 1
        off = putUvarint(out, off, c.value.length)
        out.set(c.value, off)
        off += c.value.length
      } else {
        out[off++] = 0
      }
    }
  })
  return out
}

/** Decodes a changeset; keys and values are views into `raw` (the tree copies what it keeps). */
export function decodeChangeset(raw: Uint8Array, version: number): StoreChanges[] {
  try {
    const r = new ByteReader(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength))
    const stores: StoreChanges[] = []
    const count = r.uvarint()
    for (let i = 0; i < count; i++) {
      const name = utf8.decode(r.bytes(r.uvarint()))
      const n = r.uvarint()
      const changes: Change[] = []
      for (let j = 0; j < n; j++) {
        const key = r.bytes(r.uvarint())
        const kind = r.bytes(1)[0]
        if (kind === 0) changes.push({ key, value: undefined })
        else if (kind === 1) changes.push({ key, value: r.bytes(r.uvarint()) })
        else throw new RangeError(`unknown change kind ${kind}`)
      }
      stores.push({ name, changes })
    }
    r.end()
    return stores
  } catch (err) {
    throw new StoreError(
      'CORRUPT',
      `changeset of version ${version} is unreadable: ${(err as Error).message}`,
    )
  }
}
