// The block store: blocks by height and hash, commits, finalize-block results and base/height metadata, in one
// LevelDB sublevel. Every save is one atomic batch, so after a crash the store holds whole blocks only.
//
// Ordering with the app: the node executes block H, then saves it with its seen commit and its results.
// When the block store and the state store are sublevels of one LevelDB (the node's layout), those writes
// ride in the app's commit batch (`decidedOps`): block, results and state become durable in one fsync, or not
// at all. Otherwise `saveDecided` writes them in one fsync'd batch before the app commits, and on restart the
// block store may be one block ahead of the app; the node replays that block. It never runs further ahead.
import type { Block } from 'cosmjs-types/tendermint/types/block'
import { BlockID, Commit, type Header } from 'cosmjs-types/tendermint/types/types'
import type { FinalizeBlockResult } from '../types/abci.js'
import { decodeFinalizeBlockResult, encodeFinalizeBlockResult } from '../types/abci-codec.js'
import { blockId, decodeBlock, encodeBlock } from '../types/block.js'
import { toHexUpper } from '../types/hash.js'
import { type DbOp, encodeHeight, type KvDb, readHeight } from './db.js'
import { BlockStoreError } from './errors.js'
import { blockIdKey, blockKey, commitKey, hashKey, META_KEY, resultsKey, seenCommitKey } from './keys.js'

export interface StoredBlock {
  block: Block
  blockId: BlockID
  /** Encoded size in bytes (`block_size` of block metas). */
  size: number
}

export interface BlockMeta {
  blockId: BlockID
  blockSize: number
  header: Header
  numTxs: number
}

/** A commit for a height; `canonical` is false for the latest height's seen commit (CometBFT `commit` RPC). */
export interface StoredCommit {
  commit: Commit
  canonical: boolean
}

export interface BlockStoreOptions {
  /** Heights pruned per batch, so a large prune neither builds a huge batch nor loses progress on a crash. */
  pruneBatch?: number
}

export class BlockStore {
  private writeChain: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly db: KvDb,
    private baseHeight: bigint,
    private latestHeight: bigint,
    private readonly pruneBatch: bigint,
  ) {}

  static async open(db: KvDb, opts: BlockStoreOptions = {}): Promise<BlockStore> {
    const pruneBatch = opts.pruneBatch ?? 1000
    if (!Number.isSafeInteger(pruneBatch) || pruneBatch < 1) {
      throw new BlockStoreError('INVALID_OPTIONS', `pruneBatch must be a positive integer, got ${pruneBatch}`)
    }
    if (db.status === 'opening') await db.open?.()
    if (db.status !== 'open') throw new BlockStoreError('CLOSED', 'the block store db must be open')
    const meta = await db.get(META_KEY)
    if (meta && meta.length !== 16)
      throw new BlockStoreError('CORRUPT', 'block store metadata has the wrong size')
    return new BlockStore(
      db,
      meta ? readHeight(meta, 0) : 0n,
      meta ? readHeight(meta, 8) : 0n,
      BigInt(pruneBatch),
    )
  }

  /** Lowest stored height (0 when empty). */
  base(): bigint {
    return this.baseHeight
  }

  /** Latest stored height (0 when empty). */
  height(): bigint {
    return this.latestHeight
  }

  /**
   * Saves block H with the commit this node saw for it. The block's own last commit becomes the canonical
   * commit of H-1. Heights must be contiguous; the first saved block may start at any initial height.
   */
  saveBlock(block: Block, seenCommit: Commit): Promise<BlockID> {
    return this.serialized(async () => {
      const { ops, id, base, h } = this.blockOps(block, seenCommit)
      await this.db.batch(ops, { sync: true })
      this.baseHeight = base
      this.latestHeight = h
      return id
    })
  }

  /** Saves a decided block (unless it is stored already) and its finalize-block result in one fsync'd batch. */
  saveDecided(block: Block, seenCommit: Commit, result: FinalizeBlockResult): Promise<void> {
    return this.serialized(async () => {
      const decided = this.decidedOps(block, seenCommit, result)
      await this.db.batch(decided.ops, { sync: true })
      decided.saved()
    })
  }

  /**
   * The writes that save a decided block (unless stored already) and its result, for another writer's batch
   * into the same LevelDB: each op names this store's sublevel. Call `saved()` once that batch is written.
   */
  decidedOps(
    block: Block,
    seenCommit: Commit,
    result: FinalizeBlockResult,
  ): { ops: (DbOp & { sublevel: KvDb })[]; saved(): void } {
    const h = block.header.height
    const stored = this.latestHeight >= h
    if (stored) this.checkHeight(h)
    const saving = stored ? undefined : this.blockOps(block, seenCommit)
    const ops: DbOp[] = saving?.ops ?? []
    ops.push({ type: 'put', key: resultsKey(h), value: encodeFinalizeBlockResult(result) })
    return {
      ops: ops.map((op) => ({ ...op, sublevel: this.db })),
      saved: () => {
        if (!saving) return
        this.baseHeight = saving.base
        this.latestHeight = saving.h
      },
    }
  }

  private blockOps(block: Block, seenCommit: Commit): { ops: DbOp[]; id: BlockID; base: bigint; h: bigint } {
    const h = block.header.height
    if (this.latestHeight !== 0n && h !== this.latestHeight + 1n) {
      throw new BlockStoreError(
        'NOT_CONTIGUOUS',
        `cannot save block ${h}: the store's height is ${this.latestHeight}`,
      )
    }
    if (h < 1n) throw new BlockStoreError('INVALID_HEIGHT', `height must be greater than 0, but got ${h}`)
    const encoded = encodeBlock(block)
    const id = blockId(block, encoded)
    if (seenCommit.height !== h || Buffer.compare(seenCommit.blockId.hash, id.hash) !== 0) {
      throw new BlockStoreError(
        'COMMIT_MISMATCH',
        `seen commit for ${seenCommit.height}/${toHexUpper(seenCommit.blockId.hash)} is not for block ${h}/${toHexUpper(id.hash)}`,
      )
    }
    const base = this.latestHeight === 0n ? h : this.baseHeight
    const ops: DbOp[] = [
      { type: 'put', key: blockKey(h), value: encoded },
      { type: 'put', key: hashKey(id.hash), value: encodeHeight(h) },
      { type: 'put', key: blockIdKey(h), value: BlockID.encode(id).finish() },
      { type: 'put', key: seenCommitKey(h), value: Commit.encode(seenCommit).finish() },
      { type: 'put', key: META_KEY, value: meta(base, h) },
    ]
    if (block.lastCommit && block.lastCommit.height > 0n && h > base) {
      ops.push({ type: 'put', key: commitKey(h - 1n), value: Commit.encode(block.lastCommit).finish() })
      ops.push({ type: 'del', key: seenCommitKey(h - 1n) })
    }
    return { ops, id, base, h }
  }

  /** Saves the finalize-block result of a stored block (for `block_results` and replay checks). */
  saveResults(height: bigint, result: FinalizeBlockResult): Promise<void> {
    return this.serialized(async () => {
      this.checkHeight(height)
      await this.db.batch(
        [{ type: 'put', key: resultsKey(height), value: encodeFinalizeBlockResult(result) }],
        {
          sync: true,
        },
      )
    })
  }

  /** Block at `height`; throws BlockStoreError for heights outside [base, height]. */
  async block(height: bigint): Promise<StoredBlock> {
    this.checkHeight(height)
    const [bytes, id] = await this.db.getMany([blockKey(height), blockIdKey(height)])
    if (!bytes) throw new BlockStoreError('CORRUPT', `block ${height} is missing from the block store`)
    const block = decodeBlock(bytes)
    // Stores written before the block ID was kept fall back to hashing the block.
    return { block, blockId: id ? BlockID.decode(id) : blockId(block, bytes), size: bytes.length }
  }

  /** Block with header hash `hash`, or undefined when none is stored. */
  async blockByHash(hash: Uint8Array): Promise<StoredBlock | undefined> {
    const h = await this.db.get(hashKey(hash))
    if (!h) return undefined
    const height = readHeight(h)
    if (height < this.baseHeight) return undefined
    return this.block(height)
  }

  async blockMeta(height: bigint): Promise<BlockMeta> {
    const { block, blockId, size } = await this.block(height)
    return { blockId, blockSize: size, header: block.header, numTxs: block.data.txs.length }
  }

  /** The commit for `height`: canonical when block height+1 is stored, else this node's seen commit. */
  async commit(height: bigint): Promise<StoredCommit> {
    this.checkHeight(height)
    const canonical = await this.db.get(commitKey(height))
    if (canonical) return { commit: Commit.decode(canonical), canonical: true }
    const seen = await this.db.get(seenCommitKey(height))
    if (seen) return { commit: Commit.decode(seen), canonical: false }
    throw new BlockStoreError('NOT_FOUND', `commit for height ${height} is not stored`)
  }

  /** The seen commit of the latest height (what a restarted validator builds block H+1's last commit from). */
  async seenCommit(height: bigint): Promise<Commit | undefined> {
    const bytes = await this.db.get(seenCommitKey(height))
    return bytes ? Commit.decode(bytes) : undefined
  }

  async results(height: bigint): Promise<FinalizeBlockResult> {
    this.checkHeight(height)
    const bytes = await this.db.get(resultsKey(height))
    if (!bytes) throw new BlockStoreError('NOT_FOUND', `could not find results for height #${height}`)
    return decodeFinalizeBlockResult(bytes)
  }

  /** Deletes everything below `retainHeight`; returns the number of blocks removed. */
  prune(retainHeight: bigint): Promise<number> {
    return this.serialized(async () => {
      if (retainHeight <= 0n)
        throw new BlockStoreError('INVALID_HEIGHT', `retain height must be positive, got ${retainHeight}`)
      if (retainHeight > this.latestHeight) {
        throw new BlockStoreError(
          'HEIGHT_IN_FUTURE',
          `cannot prune beyond the latest height ${this.latestHeight}`,
        )
      }
      let pruned = 0
      while (this.baseHeight < retainHeight) {
        const end =
          this.baseHeight + this.pruneBatch < retainHeight ? this.baseHeight + this.pruneBatch : retainHeight
        const ops: DbOp[] = []
        for (let h = this.baseHeight; h < end; h++) {
          const [id, bytes] = await this.db.getMany([blockIdKey(h), blockKey(h)])
          const hash = id
            ? BlockID.decode(id).hash
            : bytes
              ? blockId(decodeBlock(bytes), bytes).hash
              : undefined
          if (hash) ops.push({ type: 'del', key: hashKey(hash) })
          for (const key of [blockKey(h), blockIdKey(h), commitKey(h), seenCommitKey(h), resultsKey(h)]) {
            ops.push({ type: 'del', key })
          }
          pruned++
        }
        ops.push({ type: 'put', key: META_KEY, value: meta(end, this.latestHeight) })
        await this.db.batch(ops, { sync: true })
        this.baseHeight = end
      }
      return pruned
    })
  }

  /** CometBFT's height checks, with its messages. */
  checkHeight(height: bigint): void {
    if (height <= 0n)
      throw new BlockStoreError('INVALID_HEIGHT', `height must be greater than 0, but got ${height}`)
    if (height > this.latestHeight) {
      throw new BlockStoreError(
        'HEIGHT_IN_FUTURE',
        `height ${height} must be less than or equal to the current blockchain height ${this.latestHeight}`,
      )
    }
    if (height < this.baseHeight) {
      throw new BlockStoreError(
        'HEIGHT_PRUNED',
        `height ${height} is not available, lowest height is ${this.baseHeight}`,
      )
    }
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writeChain.then(fn, fn)
    this.writeChain = run.catch(() => undefined)
    return run
  }
}

function meta(base: bigint, height: bigint): Uint8Array {
  const out = new Uint8Array(16)
  const view = new DataView(out.buffer)
  view.setBigUint64(0, base)
  view.setBigUint64(8, height)
  return out
}
