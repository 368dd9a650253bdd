// Follows a node height by height. Each height is read from the node first (block_results, then the records
// its events touched, at that height), then written in ONE transaction that also moves the cursor, and only
// if the cursor still stands at the height before: a crash leaves the last committed height, a restart
// resumes after it, and no height is ever written twice.
import { BlockWatch } from '../executor/daemon/block-watch.js'
import { applyBlock } from './apply.js'
import type { Db } from './db.js'
import { touched } from './events.js'
import type { ChainSource } from './source.js'

export class CursorMoved extends Error {}

export interface FollowerOptions {
  /** Poll interval besides the websocket's NewBlock wake-ups. */
  pollMs?: number
  onHeight?: (height: bigint) => void
  onError?: (e: unknown) => void
  /** Fault injection for the crash test: called inside the height's transaction, before the cursor moves. */
  beforeCommit?: (height: bigint) => void
}

export async function indexedHeight(db: Db): Promise<bigint> {
  const [row] = await db.query<{ height: string | number | bigint }>('select height from indexer_cursor')
  return BigInt(row?.height ?? 0)
}

export async function indexHeight(db: Db, source: ChainSource, height: bigint, opts: FollowerOptions = {}) {
  const block = await source.block(height)
  const records = await source.records(touched(block.events), height)
  await db.transaction(async (tx) => {
    const [row] = await tx.query<{ height: string | number | bigint }>(
      'select height from indexer_cursor for update',
    )
    if (BigInt(row?.height ?? -1) !== height - 1n) throw new CursorMoved(`cursor is not at ${height - 1n}`)
    await applyBlock(tx, block, records)
    opts.beforeCommit?.(height)
    await tx.query('update indexer_cursor set height = $1', [height.toString()])
  })
  opts.onHeight?.(height)
}

export class Follower {
  private stopped = false
  /** Set by a wake-up that arrives while a catch-up runs, so it is not lost. */
  private woken = false
  private resolveWait: (() => void) | undefined
  private watch: BlockWatch | undefined
  private done: Promise<void> | undefined

  constructor(
    private readonly db: Db,
    private readonly source: ChainSource,
    private readonly opts: FollowerOptions = {},
  ) {}

  /** Indexes every committed height up to the node's tip; returns the last one indexed. */
  async catchUp(): Promise<bigint> {
    let h = await indexedHeight(this.db)
    const tip = await this.retrying(() => this.source.latestHeight())
    while (!this.stopped && h < tip) {
      const next = h + 1n
      await this.retrying(() => indexHeight(this.db, this.source, next, this.opts))
      h = next
    }
    return h
  }

  /**
   * Reads are idempotent and a height's writes are all-or-nothing, so a failed attempt is simply repeated: the
   * node closes keep-alive sockets (after 1,000 requests or 5 s idle) and a request can meet the close.
   */
  private async retrying<T>(f: () => Promise<T>, attempts = 3): Promise<T> {
    for (let i = 1; ; i++) {
      try {
        return await f()
      } catch (e) {
        if (e instanceof CursorMoved || i >= attempts || this.stopped) throw e
        this.opts.onError?.(e)
        await new Promise((r) => setTimeout(r, 100 * i))
      }
    }
  }

  start(): void {
    this.done = this.loop()
  }

  private async loop(): Promise<void> {
    // NewBlock over the websocket (reconnected with backoff when the node restarts) plus a poll timer
    this.watch = new BlockWatch(
      this.source.rpcUrl,
      this.opts.pollMs ?? 2000,
      () => this.wake(),
      (e) => this.opts.onError?.(e),
    )
    await this.watch.start()
    while (!this.stopped) {
      try {
        await this.catchUp()
      } catch (e) {
        // node restarting, a dropped socket: keep the cursor and try again on the next wake-up
        this.opts.onError?.(e)
      }
      if (this.stopped) break
      if (!this.woken) await new Promise<void>((resolve) => (this.resolveWait = resolve))
      this.woken = false
    }
  }

  private wake(): void {
    this.woken = true
    this.resolveWait?.()
    this.resolveWait = undefined
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.wake()
    await this.watch?.stop()
    await this.done
  }
}
