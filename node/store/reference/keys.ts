// The store's LevelDB key layout (inside whatever db or sublevel the node hands us):
//   'n' ‖ storeId ‖ seq(8 BE)        a saved IAVL node (node-codec.ts)
//   'o' ‖ storeId ‖ version(8 BE)    the nodes that stopped being live after `version` (orphans.ts)
//   'c' ‖ version(8 BE)              the commit record of a version (commit-record.ts)
//   'L'                              the latest committed version (8 BE)
// storeId = uvarint(len(name)) ‖ name, so no store's keys are a prefix range of another's.
import { utf8 } from '../../../modules/sdk/bytes.js'
import { StoreError } from './errors.js'
import { putUvarint, uvarintSize } from './varint.js'

export const LATEST_KEY = Uint8Array.of(0x4c)
const NODE = 0x6e
const ORPHANS = 0x6f
const COMMIT = 0x63

export function storeId(name: string): Uint8Array {
  const raw = utf8.encode(name)
  const out = new Uint8Array(uvarintSize(raw.length) + raw.length)
  out.set(raw, putUvarint(out, 0, raw.length))
  return out
}

function tagged(tag: number, id: Uint8Array, n: number): Uint8Array {
  const out = Buffer.allocUnsafe(1 + id.length + 8)
  out[0] = tag
  out.set(id, 1)
  writeUint64(out, 1 + id.length, n)
  return out
}

export const nodeKey = (id: Uint8Array, seq: number): Uint8Array => tagged(NODE, id, seq)
export const orphansKey = (id: Uint8Array, version: number): Uint8Array => tagged(ORPHANS, id, version)
export const commitKey = (version: number): Uint8Array => tagged(COMMIT, new Uint8Array(0), version)

/** Big-endian 8 bytes without a BigInt round trip (node keys are built on the hot path). */
function writeUint64(out: Buffer, offset: number, n: number): void {
  out.writeUInt32BE(Math.floor(n / 0x1_0000_0000), offset)
  out.writeUInt32BE(n % 0x1_0000_0000, offset + 4)
}

export function encodeVersion(version: number): Uint8Array {
  const out = Buffer.alloc(8)
  writeUint64(out, 0, version)
  return out
}

export function decodeVersion(buf: Uint8Array): number {
  if (buf.length !== 8) throw new RangeError('version record must be 8 bytes')
  return Number(Buffer.from(buf.buffer, buf.byteOffset, 8).readBigUInt64BE())
}

/** Keys another component (the block store) adds to a commit batch must stay out of the store's key space. */
export function assertForeignKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length === 0) {
    throw new StoreError('INVALID_OPTIONS', 'extra commit keys must be non-empty byte arrays')
  }
  if (key[0] === NODE || key[0] === ORPHANS || key[0] === COMMIT || key[0] === LATEST_KEY[0]) {
    throw new StoreError(
      'INVALID_OPTIONS',
      `extra commit key starts with reserved byte 0x${key[0]!.toString(16)}`,
    )
  }
}
