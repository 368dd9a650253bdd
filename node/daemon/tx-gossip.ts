// Local txs go out to peers in batches: every tx admitted from this node's RPC in one turn of the event loop
// (a JSON-RPC batch, concurrent clients) travels as one gossip message, so the per-message cost of gossip
// (framing, encryption, message ids, validation scheduling, forwarding) is paid once per batch, not per tx,
// on every node the message reaches. No tx waits longer than that turn. A batch is cut before it would pass
// the topic's size limit or MAX_TXS_PER_MESSAGE; a tx too large for any batch is not gossiped (the limit
// would refuse it anyway).
import type { MempoolCheckResult } from '../mempool/mempool.js'
import { encodeTxs, MAX_TXS_PER_MESSAGE, txFieldBytes } from './gossip-codec.js'

/**
 * A batch of txs from a peer, after each went through admission: forwarded (accept) when any was new to us
 * and valid; the sender is penalized (reject) only for a tx that is not a tx at all (code 2, as for a single
 * tx before batches); otherwise dropped without penalty (duplicates, a stale sequence, a full pool).
 */
export function batchVerdict(results: readonly MempoolCheckResult[]): 'accept' | 'reject' | 'ignore' {
  if (results.some((r) => !r.added && r.result.code === 2)) return 'reject'
  return results.some((r) => r.added) ? 'accept' : 'ignore'
}

export class TxGossipBatcher {
  private batch: Uint8Array[] = []
  private bytes = 0
  private scheduled = false

  constructor(
    private readonly publish: (message: Uint8Array) => void,
    private readonly maxMessageBytes: number,
    private readonly onTooLarge: (txBytes: number) => void = () => {},
  ) {}

  add(tx: Uint8Array): void {
    const size = txFieldBytes(tx.length)
    if (size > this.maxMessageBytes) {
      this.onTooLarge(tx.length)
      return
    }
    if (this.bytes + size > this.maxMessageBytes || this.batch.length === MAX_TXS_PER_MESSAGE) this.flush()
    this.batch.push(tx)
    this.bytes += size
    if (!this.scheduled) {
      this.scheduled = true
      setImmediate(() => {
        this.scheduled = false
        this.flush()
      })
    }
  }

  /** Publishes what is waiting now. */
  flush(): void {
    if (this.batch.length === 0) return
    const txs = this.batch
    this.batch = []
    this.bytes = 0
    this.publish(encodeTxs(txs))
  }
}
