// Tx index key layout inside its sublevel. Positions are height (8 BE) ‖ tx index (4 BE) for txs and height
// (8 BE) for blocks, so byte order is chain order.
//
//   0x01                                   -> last indexed height (8 BE)
//   0x02 ‖ tx hash (32)                    -> encoded tendermint.abci.TxResult {height, index, tx, result}
//   0x03 ‖ height ‖ index                  -> tx hash (32)
//   0x04 ‖ attr(key, value) ‖ height       -> tx indexes (4 BE each, ascending) in that block having the attribute
//   0x05 ‖ attr(key, value) ‖ height       -> empty      (every indexed finalize-block event attribute)
//   0x06 ‖ height                          -> encoded finalize-block events (for block_search filtering)
//
// attr(key, value) = key length (2 BE) ‖ key ‖ value length (4 BE) ‖ value, UTF-8, where key is `type.attr`;
// the lengths make every (key, value) pair an unambiguous prefix even when values contain any byte. One entry per
// block and distinct (key, value), not per tx: values shared by many txs (message.action, fee amounts) cost one
// key per block.

import { concatBytes, prefixEnd } from '../../modules/sdk/bytes.js'
import { encodeHeight, readHeight } from '../blockstore/db.js'

export const META_KEY = Uint8Array.of(0x01)
export const TX_BY_HASH = 0x02
export const TX_BY_POS = 0x03
export const TX_ATTR = 0x04
export const BLOCK_ATTR = 0x05
export const BLOCK_EVENTS = 0x06

const utf8 = new TextEncoder()

export function txPosition(height: bigint, index: number): Uint8Array {
  const out = new Uint8Array(12)
  const v = new DataView(out.buffer)
  v.setBigUint64(0, height)
  v.setUint32(8, index)
  return out
}

/** A block's position is its height, encoded as the block store encodes heights. */
export const blockPosition = encodeHeight

export function positionHeight(pos: Uint8Array): bigint {
  return readHeight(pos)
}

export function withPrefix(prefix: number, ...parts: Uint8Array[]): Uint8Array {
  return concatBytes(Uint8Array.of(prefix), ...parts)
}

/** Prefix for one attribute key: key length ‖ key. */
export function attrKeyPart(key: string): Uint8Array {
  const k = utf8.encode(key)
  const out = new Uint8Array(2 + k.length)
  new DataView(out.buffer).setUint16(0, k.length)
  out.set(k, 2)
  return out
}

/** Prefix for one attribute (key, value) pair. */
export function attrPart(key: string, value: string): Uint8Array {
  const k = attrKeyPart(key)
  const v = utf8.encode(value)
  const out = new Uint8Array(k.length + 4 + v.length)
  out.set(k, 0)
  new DataView(out.buffer).setUint32(k.length, v.length)
  out.set(v, k.length + 4)
  return out
}

/**
 * One attribute index entry, `table ‖ attr(key, value) ‖ position`, built in a single allocation (indexing
 * writes one per attribute per tx, so this is the indexer's hot path). `keyPart` is `attrKeyPart(key)`.
 */
export function attrEntry(
  table: number,
  keyPart: Uint8Array,
  value: string,
  position: Uint8Array,
): Uint8Array {
  const valueLen = Buffer.byteLength(value)
  const out = Buffer.allocUnsafe(1 + keyPart.length + 4 + valueLen + position.length)
  out[0] = table
  out.set(keyPart, 1)
  let off = 1 + keyPart.length
  out.writeUInt32BE(valueLen, off)
  off += 4
  out.write(value, off, 'utf8')
  out.set(position, off + valueLen)
  return out
}

/** Tx indexes packed as 4-byte big-endian integers (the value of a 0x04 entry). */
export function packIndexes(indexes: readonly number[]): Uint8Array {
  const out = Buffer.allocUnsafe(indexes.length * 4)
  for (let i = 0; i < indexes.length; i++) out.writeUInt32BE(indexes[i]!, i * 4)
  return out
}

export function unpackIndexes(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const out: number[] = []
  for (let off = 0; off + 4 <= bytes.length; off += 4) out.push(view.getUint32(off))
  return out
}

/** Splits an attribute index key (after its 1-byte prefix) into its value and trailing position. */
export function splitAttrKey(key: Uint8Array): { value: string; position: Uint8Array } {
  const view = new DataView(key.buffer, key.byteOffset, key.byteLength)
  const keyLen = view.getUint16(1)
  const valueStart = 1 + 2 + keyLen + 4
  const valueLen = view.getUint32(1 + 2 + keyLen)
  return {
    value: new TextDecoder().decode(key.subarray(valueStart, valueStart + valueLen)),
    position: key.subarray(valueStart + valueLen),
  }
}

/** Keys longer than this are not indexed (LevelDB handles them, but they would bloat every lookup). */
export const MAX_INDEXED_KEY_BYTES = 1024

/** The smallest key after every key starting with `prefix` (every prefix here starts below 0xff). */
export function prefixUpperBound(prefix: Uint8Array): Uint8Array {
  return prefixEnd(prefix)!
}
