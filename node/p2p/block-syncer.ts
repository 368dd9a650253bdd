// Catch-up: asks peers for their status, then fetches the missing blocks in order from the highest peers and
// hands each (block, commit) to the integrator's verify-and-apply callback. A peer whose request fails or whose
// block does not verify is skipped for the rest of the pass (and reported when the block was bad); the next
// peer is tried from the same height, so one faulty peer cannot stall or corrupt the catch-up.
import { isP2PError } from './errors.js'
import type { P2PLogger } from './logger.js'
import { silentLogger } from './logger.js'
import type { BlockWithCommit, SyncStatus } from './sync/messages.js'

/** The requests the syncer makes; `SyncClient` (P2PNode.sync) implements it. */
export interface BlockSource {
  status(peer: string): Promise<SyncStatus>
  blocks(peer: string, from: number, count: number): Promise<BlockWithCommit[]>
}

export interface BlockSyncerOptions {
  source: BlockSource
  /** Peers to consider (usually P2PNode.connectedPeers). */
  peers: () => string[]
  /** Height of the last block applied locally (0 when empty). */
  localHeight: () => number | Promise<number>
  /** Verifies the commit against the known validator set and applies the block; throws when it does not verify. */
  applyBlock: (block: BlockWithCommit, fromPeer: string) => Promise<void>
  /** Told about a peer that served a block that failed verification. */
  reportPeer?: (peerId: string) => void
  /** Blocks per request (capped by the server's maxBlocksPerRequest). */
  batchSize?: number
  /** Start catching up only when the best peer is more than this many blocks ahead. */
  lagThreshold?: number
  log?: P2PLogger
}

export interface SyncPassResult {
  applied: number
  targetHeight: number
  localHeight: number
}

export class BlockSyncer {
  private catching = false
  private running?: Promise<SyncPassResult>
  private timer?: NodeJS.Timeout
  private readonly log: P2PLogger

  constructor(private readonly options: BlockSyncerOptions) {
    this.log = options.log ?? silentLogger
  }

  /** True while this node is fetching blocks it knows peers have (CometBFT `catching_up`). */
  get catchingUp(): boolean {
    return this.catching
  }

  /** Runs passes every `intervalMs` until stop(); a pass never overlaps another. */
  start(intervalMs: number): void {
    const tick = () => {
      this.syncOnce()
        .catch((e) => this.log.warn('block sync pass failed', { error: String(e) }))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, intervalMs)
        })
    }
    this.timer = setTimeout(tick, 0)
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    await this.running?.catch(() => {})
  }

  /** One catch-up pass; concurrent callers share the pass in progress. */
  syncOnce(): Promise<SyncPassResult> {
    if (!this.running) {
      this.running = this.pass().finally(() => {
        this.running = undefined
      })
    }
    return this.running
  }

  private async pass(): Promise<SyncPassResult> {
    const statuses = await this.peerStatuses()
    let local = await this.options.localHeight()
    const target = Math.max(local, ...[...statuses.values()].map((s) => s.height))
    let applied = 0
    if (target - local <= (this.options.lagThreshold ?? 0)) {
      this.catching = false
      return { applied, targetHeight: target, localHeight: local }
    }
    this.catching = true
    const excluded = new Set<string>()
    try {
      while (local < target) {
        const peer = this.pickPeer(statuses, local + 1, excluded)
        if (!peer) break
        const { count, failed } = await this.fetchAndApply(peer, local + 1, statuses.get(peer)!.height)
        if (failed) excluded.add(peer)
        applied += count
        const now = await this.options.localHeight()
        // applyBlock must advance the local height; if it did not, looping again would refetch forever.
        if (now <= local && count > 0) break
        local = now
      }
    } finally {
      this.catching = local < target
    }
    return { applied, targetHeight: target, localHeight: local }
  }

  private async peerStatuses(): Promise<Map<string, SyncStatus>> {
    const peers = this.options.peers()
    const results = await Promise.allSettled(peers.map((p) => this.options.source.status(p)))
    const statuses = new Map<string, SyncStatus>()
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') statuses.set(peers[i]!, r.value)
    })
    return statuses
  }

  /** The highest peer that serves `height`; ties go to the peer earlier in sorted order for stable choices. */
  private pickPeer(
    statuses: Map<string, SyncStatus>,
    height: number,
    excluded: Set<string>,
  ): string | undefined {
    let best: [string, SyncStatus] | undefined
    for (const entry of [...statuses.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const [peer, s] = entry
      if (excluded.has(peer) || s.height < height || s.base > height) continue
      if (!best || s.height > best[1].height) best = entry
    }
    return best?.[0]
  }

  /**
   * Fetches batches from one peer up to its height; stops at the first failed request or bad block. The next
   * batch is requested as soon as the current one arrives, so the network round trip overlaps verification.
   */
  private async fetchAndApply(
    peer: string,
    from: number,
    peerHeight: number,
  ): Promise<{ count: number; failed: boolean }> {
    const batch = this.options.batchSize ?? 50
    const request = (start: number) => {
      const p = this.options.source.blocks(peer, start, Math.min(batch, peerHeight - start + 1))
      p.catch(() => {}) // a prefetch abandoned after a bad block must not become an unhandled rejection
      return p
    }
    let next = from
    let pending = request(next)
    while (next <= peerHeight) {
      let blocks: BlockWithCommit[]
      try {
        blocks = await pending
      } catch (e) {
        this.requestFailed(peer, next, e)
        return { count: next - from, failed: true }
      }
      if (blocks.length === 0) {
        this.requestFailed(peer, next, new Error('empty batch'))
        return { count: next - from, failed: true }
      }
      const after = next + blocks.length
      if (after <= peerHeight) pending = request(after)
      for (const block of blocks) {
        // Consensus may have committed this height while the batch was in flight (sync runs whenever a peer is
        // a block ahead, which on a busy validator is most of the time): nothing to apply, and the peer did
        // nothing wrong. Blaming it would have three such races ban an honest peer for a minute and graylist
        // its gossip, which on a small validator set partitions the network and halts the chain.
        if (block.height <= (await this.options.localHeight())) {
          next++
          continue
        }
        try {
          await this.options.applyBlock(block, peer)
        } catch (e) {
          this.log.warn('block from peer failed verification', {
            peer,
            height: block.height,
            error: String(e),
          })
          this.options.reportPeer?.(peer)
          return { count: next - from, failed: true }
        }
        next++
      }
    }
    return { count: next - from, failed: false }
  }

  private requestFailed(peer: string, from: number, e: unknown): void {
    const code = isP2PError(e) ? e.code : undefined
    this.log.debug('block request failed', { peer, from, code })
    // The peer's status claimed this height; refusing it as out of range means it lied (reliability.md F7).
    if (code === 'SYNC_RANGE_INVALID') this.options.reportPeer?.(peer)
  }
}
