// The store's LevelDB key layout (inside whatever db or sublevel the node hands us):
//   'n' ‖ storeId ‖ seq(8 BE)        a saved IAVL node (node-codec.ts)
//   'o' ‖ storeId ‖ version(8 BE)    the nodes that stopped being live after `version` (orphans.ts)
//   'c' ‖ version(8 BE)              the commit record of a version (commit-record.ts)
//   'w' ‖ version(8 BE)              the changeset of a version: the tree writes to replay (changeset.ts)
//   'k' ‖ version(8 BE)              a checkpoint: a version whose trees are saved as nodes; its commit record
//   'L'                              the latest committed version (8 BE)
//   'F'                              the on-disk format (1 byte); absent in homes written before format 2
// storeId = uvarint(len(name)) ‖ name, so no store's keys are a prefix range of another's.
import { utf8 } from '../../modules/sdk/bytes.js'
import { StoreError } from './errors.js'
import { putUvarint, uvarintSize } from './varint.js'

export const LATEST_KEY = Uint8Array.of(0x4c)
const NODE = 0x6e
const ORPHANS = 0x6f
const COMMIT = 0x63
const CHANGESET = 0x77
const CHECKPOINT = 0x6b
export const FORMAT_KEY = Uint8Array.of(0x46)
const RESERVED = new Set([NODE, ORPHANS, COMMIT, CHANGESET, CHECKPOINT, LATEST_KEY[0]!, FORMAT_KEY[0]!])

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
const NO_ID = new Uint8Array(0)
export const commitKey = (version: number): Uint8Array => tagged(COMMIT, NO_ID, version)
export const changesetKey = (version: number): Uint8Array => tagged(CHANGESET, NO_ID, version)
export const checkpointKey = (version: number): Uint8Array => tagged(CHECKPOINT, NO_ID, version)

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
  if (RESERVED.has(key[0]!)) {
    throw new StoreError(
      'INVALID_OPTIONS',
      `extra commit key starts with reserved byte 0x${key[0]!.toString(16)}`,
    )
  }
}
