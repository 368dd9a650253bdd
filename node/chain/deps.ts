// What block execution needs from the node's other parts, kept narrow so each part stays swappable.

import type { AbciEvent } from '../../modules/sdk/events.js'
import type { TxResult } from '../types/abci.js'

export interface ProposalSource {
  /**
   * Pooled txs in priority order, at most `maxBytes` in total and `maxGas` in gas wanted (-1 = unlimited),
   * and at most `maxTxs` of them.
   */
  reap(maxBytes: bigint, maxGas: bigint, maxTxs?: number): Uint8Array[]
}

export interface MempoolSink {
  /** Drops committed txs and rechecks the rest against the new state. */
  update(height: bigint, txs: readonly Uint8Array[], hashes?: readonly Uint8Array[]): unknown
}

export interface TxIndexSink {
  /** Indexes a committed block's txs and its block events; idempotent per height. */
  indexBlock(
    height: bigint,
    txs: readonly Uint8Array[],
    results: readonly TxResult[],
    blockEvents: readonly AbciEvent[],
    /** sha256 of each tx, computed once by the chain. */
    hashes?: readonly Uint8Array[],
  ): Promise<void>
  /** Highest indexed height (0 when none), for re-indexing after a crash. */
  indexedHeight(): Promise<bigint> | bigint
}
