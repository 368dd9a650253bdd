// The LevelDB writes that index one block: tx records, positions, attribute postings and block events.
import type { AbciEvent } from '../../modules/sdk/events.js'
import type { DbOp } from '../blockstore/db.js'
import { flattenEvents } from '../events/query-match.js'
import type { TxResult } from '../types/abci.js'
import { txHash } from '../types/hash.js'
import {
  attrEntry,
  attrKeyPart,
  BLOCK_ATTR,
  BLOCK_EVENTS,
  blockPosition,
  MAX_INDEXED_KEY_BYTES,
  packIndexes,
  TX_ATTR,
  TX_BY_HASH,
  TX_BY_POS,
  txPosition,
  withPrefix,
} from './keys.js'
import { encodeBlockEvents, encodeTxRecord } from './record.js'

const EMPTY = new Uint8Array(0)

export function blockIndexOps(
  height: bigint,
  txs: readonly Uint8Array[],
  results: readonly TxResult[],
  blockEvents: readonly AbciEvent[],
  hashes?: readonly Uint8Array[],
): DbOp[] {
  const ops: DbOp[] = []
  const keyParts = new Map<string, Uint8Array>()
  const partOf = (key: string) => {
    let part = keyParts.get(key)
    if (!part) {
      part = attrKeyPart(key)
      keyParts.set(key, part)
    }
    return part
  }
  const bpos = blockPosition(height)
  // One posting per distinct (key, value) in the block, listing the txs that have it.
  const postings = new Map<string, { key: string; value: string; indexes: number[] }>()
  txs.forEach((tx, i) => {
    const hash = hashes?.[i] ?? txHash(tx)
    ops.push({
      type: 'put',
      key: withPrefix(TX_BY_HASH, hash),
      value: encodeTxRecord(height, i, tx, results[i]!),
    })
    ops.push({ type: 'put', key: withPrefix(TX_BY_POS, txPosition(height, i)), value: hash })
    for (const [key, values] of flattenEvents(results[i]!.events, { indexedOnly: true })) {
      for (const value of values) {
        const id = `${key.length}:${key}${value}`
        const p = postings.get(id)
        if (!p) postings.set(id, { key, value, indexes: [i] })
        else if (p.indexes[p.indexes.length - 1] !== i) p.indexes.push(i)
      }
    }
  })
  for (const p of postings.values()) {
    const k = attrEntry(TX_ATTR, partOf(p.key), p.value, bpos)
    if (k.length <= MAX_INDEXED_KEY_BYTES) ops.push({ type: 'put', key: k, value: packIndexes(p.indexes) })
  }
  ops.push({ type: 'put', key: withPrefix(BLOCK_EVENTS, bpos), value: encodeBlockEvents([...blockEvents]) })
  for (const [key, values] of flattenEvents(blockEvents, { indexedOnly: true })) {
    for (const value of new Set(values)) {
      const k = attrEntry(BLOCK_ATTR, partOf(key), value, bpos)
      if (k.length <= MAX_INDEXED_KEY_BYTES) ops.push({ type: 'put', key: k, value: EMPTY })
    }
  }
  return ops
}
