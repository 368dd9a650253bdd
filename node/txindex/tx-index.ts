// The tx index: committed txs by hash, and txs and blocks by every indexed event attribute, searchable with
// the CometBFT query language (tx_search, block_search). Each block is indexed in one atomic batch.
import type { AbciEvent } from '../../modules/sdk/events.js'
import { encodeHeight, type KvDb, readHeight } from '../blockstore/db.js'
import { QueryError } from '../events/errors.js'
import { parseQuery, type Query } from '../events/query.js'
import { compileQuery, type EventMap, flattenEvents } from '../events/query-match.js'
import type { TxResult } from '../types/abci.js'
import { toHexUpper } from '../types/hash.js'
import { blockIndexOps } from './block-ops.js'
import { bestCandidates, type Space } from './candidates.js'
import { TxIndexError } from './errors.js'
import {
  BLOCK_ATTR,
  BLOCK_EVENTS,
  blockPosition,
  META_KEY,
  positionHeight,
  TX_ATTR,
  TX_BY_HASH,
  TX_BY_POS,
  txPosition,
  unpackIndexes,
  withPrefix,
} from './keys.js'
import { pageWindow, type SearchOptions } from './paging.js'
import { choosePlans } from './plan.js'
import { decodeBlockEvents, decodeTxRecord, type IndexedTx } from './record.js'

export interface SearchResult<T> {
  /** One page of matches. */
  items: T[]
  /** All matches, not just this page. */
  total: number
}

export interface TxIndexOptions {
  /** Index entries one search may scan before failing with QUERY_TOO_BROAD (default 100,000). */
  maxScan?: number
}

/** Candidates checked per LevelDB round trip when filtering. */
const CHUNK = 256

export class TxIndex {
  private writeChain: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly db: KvDb,
    private lastHeight: bigint,
    private readonly maxScan: number,
  ) {}

  static async open(db: KvDb, opts: TxIndexOptions = {}): Promise<TxIndex> {
    if (db.status === 'opening') await db.open?.()
    if (db.status !== 'open') throw new TxIndexError('CLOSED', 'the tx index db must be open')
    const meta = await db.get(META_KEY)
    return new TxIndex(db, meta ? readHeight(meta) : 0n, opts.maxScan ?? 100_000)
  }

  /** The highest height indexed so far (0 when none); the node re-indexes heights the block store has beyond it. */
  indexedHeight(): bigint {
    return this.lastHeight
  }

  /**
   * Indexes a committed block's txs with their results, and its finalize-block events. Idempotent per height.
   * Calls are applied in call order, so the node may index in the background without awaiting each block.
   * Writes are atomic but not fsync'd: after a power loss the index may lag, and the node re-indexes the
   * heights above `indexedHeight()` from the block store (as CometBFT's indexer, which does not fsync either).
   */
  indexBlock(
    height: bigint,
    txs: readonly Uint8Array[],
    results: readonly TxResult[],
    blockEvents: readonly AbciEvent[],
    hashes?: readonly Uint8Array[],
  ): Promise<void> {
    const run = this.writeChain.then(() => this.writeBlock(height, txs, results, blockEvents, hashes))
    this.writeChain = run.catch(() => undefined)
    return run
  }

  private async writeBlock(
    height: bigint,
    txs: readonly Uint8Array[],
    results: readonly TxResult[],
    blockEvents: readonly AbciEvent[],
    hashes?: readonly Uint8Array[],
  ): Promise<void> {
    if (txs.length !== results.length) {
      throw new TxIndexError('CORRUPT', `block ${height} has ${txs.length} txs but ${results.length} results`)
    }
    const ops = blockIndexOps(height, txs, results, blockEvents, hashes)
    const next = height > this.lastHeight ? height : this.lastHeight
    ops.push({ type: 'put', key: META_KEY, value: encodeHeight(next) })
    await this.db.batch(ops)
    this.lastHeight = next
  }

  /** The committed tx with this hash, or undefined. */
  async tx(hash: Uint8Array): Promise<IndexedTx | undefined> {
    const bytes = await this.db.get(withPrefix(TX_BY_HASH, hash))
    return bytes ? decodeTxRecord(bytes) : undefined
  }

  /** tx_search: txs matching `query`, ordered by (height, index), one page plus the total. */
  async search(query: string, opts: SearchOptions = {}): Promise<SearchResult<IndexedTx>> {
    const q = parse(query)
    const space: Space = {
      db: this.db,
      positionTable: TX_BY_POS,
      attrTable: TX_ATTR,
      positionAt: (h) => txPosition(h, 0),
      expand: (height, stored) => unpackIndexes(stored).map((i) => txPosition(positionHeight(height), i)),
      byHash: async (hex) => {
        if (!/^[0-9A-F]{64}$/.test(hex)) return []
        const rec = await this.tx(Buffer.from(hex, 'hex'))
        return rec ? [txPosition(rec.height, rec.index)] : []
      },
    }
    const matched = await this.matching(q, space, 'tx.height', 'tx.hash', (pos) => this.txEvents(pos))
    const win = pageWindow(opts, matched.length)
    const page = ordered(matched, win.descending).slice(win.start, win.end)
    const hashes = await this.db.getMany(page.map((p) => withPrefix(TX_BY_POS, p)))
    const records = await this.db.getMany(hashes.map((h) => withPrefix(TX_BY_HASH, h ?? new Uint8Array(32))))
    return {
      items: records.map((r, i) => {
        if (!r)
          throw new TxIndexError('CORRUPT', `indexed tx at height ${positionHeight(page[i]!)} is missing`)
        return decodeTxRecord(r)
      }),
      total: matched.length,
    }
  }

  /** block_search: heights whose finalize-block events (plus `block.height`) match `query`. */
  async searchBlocks(query: string, opts: SearchOptions = {}): Promise<SearchResult<bigint>> {
    const q = parse(query)
    const space: Space = {
      db: this.db,
      positionTable: BLOCK_EVENTS,
      attrTable: BLOCK_ATTR,
      positionAt: blockPosition,
      expand: (height) => [Uint8Array.from(height)],
    }
    const matched = await this.matching(q, space, 'block.height', undefined, (pos) => this.blockEvents(pos))
    const win = pageWindow(opts, matched.length)
    return {
      items: ordered(matched, win.descending).slice(win.start, win.end).map(positionHeight),
      total: matched.length,
    }
  }

  private async matching(
    q: Query,
    space: Space,
    heightTag: string,
    hashTag: string | undefined,
    eventsOf: (positions: Uint8Array[]) => Promise<EventMap[]>,
  ): Promise<Uint8Array[]> {
    const choice = choosePlans(q, heightTag, hashTag)
    const candidates = await bestCandidates(space, choice.plans, this.maxScan)
    if (choice.exact) return candidates
    const accepts = compileQuery(q)
    const out: Uint8Array[] = []
    for (let i = 0; i < candidates.length; i += CHUNK) {
      const chunk = candidates.slice(i, i + CHUNK)
      const events = await eventsOf(chunk)
      chunk.forEach((pos, j) => {
        if (accepts(events[j]!)) out.push(pos)
      })
    }
    return out
  }

  private async txEvents(positions: Uint8Array[]): Promise<EventMap[]> {
    const hashes = await this.db.getMany(positions.map((p) => withPrefix(TX_BY_POS, p)))
    const records = await this.db.getMany(hashes.map((h) => withPrefix(TX_BY_HASH, h ?? new Uint8Array(32))))
    return records.map((r) => {
      if (!r) return new Map()
      const rec = decodeTxRecord(r)
      return flattenEvents(rec.result.events, {
        indexedOnly: true,
        extra: { 'tx.hash': [toHexUpper(rec.hash)], 'tx.height': [rec.height.toString()] },
      })
    })
  }

  private async blockEvents(positions: Uint8Array[]): Promise<EventMap[]> {
    const stored = await this.db.getMany(positions.map((p) => withPrefix(BLOCK_EVENTS, p)))
    return stored.map((bytes, i) =>
      flattenEvents(bytes ? decodeBlockEvents(bytes) : [], {
        indexedOnly: true,
        extra: { 'block.height': [positionHeight(positions[i]!).toString()] },
      }),
    )
  }
}

function parse(query: string): Query {
  try {
    return parseQuery(query)
  } catch (e) {
    if (e instanceof QueryError)
      throw new TxIndexError('INVALID_QUERY', `failed to parse query: ${e.message}`)
    throw e
  }
}

function ordered(positions: Uint8Array[], descending: boolean): Uint8Array[] {
  const sorted = [...positions].sort(Buffer.compare)
  return descending ? sorted.reverse() : sorted
}
