// The way into the mempool for txs from clients and peers. A tx may first be prepared asynchronously (its
// signatures verified on a worker thread, see node/app/sig-verify-pool.ts), yet txs still reach CheckTx one
// at a time in the order they arrived: a sender's next sequence must never overtake the one before it, and
// a batch verified faster must not jump the queue. With nothing in flight and nothing to prepare, CheckTx
// runs at once, synchronously, as before.
import { txHash } from '../types/hash.js'
import type { Mempool, MempoolCheckResult } from './mempool.js'

/** Work before CheckTx; never rejects (a failed preparation only means CheckTx does the work itself). */
export type PrepareTx = (tx: Uint8Array, hash: Uint8Array) => Promise<void> | undefined

export class TxAdmission {
  private tail: Promise<unknown> = Promise.resolve()
  private inFlight = 0

  constructor(
    private readonly mempool: Pick<Mempool, 'checkTx'>,
    private readonly prepare: PrepareTx = () => undefined,
  ) {}

  /** Txs queued behind a preparation, not yet checked. */
  get pending(): number {
    return this.inFlight
  }

  checkTx(
    tx: Uint8Array,
    source?: string,
    knownHash?: Uint8Array,
  ): MempoolCheckResult | Promise<MempoolCheckResult> {
    // Hashed once here, for the preparation's decode and the mempool alike.
    const hash = knownHash ?? txHash(tx)
    const prepared = this.prepareSafely(tx, hash)
    if (prepared === undefined && this.inFlight === 0) return this.mempool.checkTx(tx, source, hash)
    this.inFlight++
    const result = Promise.all([this.tail, prepared?.catch(() => {})]).then(() => {
      this.inFlight--
      return this.mempool.checkTx(tx, source, hash)
    })
    this.tail = result.catch(() => {})
    return result
  }

  /** A preparation that throws is one that did nothing: CheckTx still decides. */
  private prepareSafely(tx: Uint8Array, hash: Uint8Array): Promise<void> | undefined {
    try {
      return this.prepare(tx, hash)
    } catch {
      return undefined
    }
  }
}
