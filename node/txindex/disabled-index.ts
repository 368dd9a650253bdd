// The index of a node that keeps none (config `txIndex.indexer` "null", CometBFT's `[tx_index] indexer =
// "null"`): a validator that serves no tx queries saves the index's CPU (about a tenth of a validator's time
// per tx) and disk. Blocks are not indexed; lookups and searches fail with CometBFT's message, so a client
// learns it asked the wrong node. Switching back to "kv" later re-indexes every retained block at start
// (the catch-up from the index's own last height).
import { TxIndexError } from './errors.js'
import type { SearchOptions } from './paging.js'
import type { IndexedTx } from './record.js'
import type { SearchResult, TxIndex } from './tx-index.js'

export const TX_INDEXING_DISABLED = 'transaction indexing is disabled'
export const BLOCK_INDEXING_DISABLED = 'block indexing is disabled'

/** What the node asks of an index, with or without one. */
export type TxIndexPort = Pick<TxIndex, 'indexedHeight' | 'indexBlock' | 'tx' | 'search' | 'searchBlocks'>

export class DisabledTxIndex implements TxIndexPort {
  /** Nothing below any height is owed: the start-up catch-up has nothing to do. */
  indexedHeight(): bigint {
    return (1n << 63n) - 1n
  }

  async indexBlock(): Promise<void> {}

  async tx(_hash: Uint8Array): Promise<IndexedTx | undefined> {
    throw new TxIndexError('DISABLED', TX_INDEXING_DISABLED)
  }

  async search(_query: string, _opts?: SearchOptions): Promise<SearchResult<IndexedTx>> {
    throw new TxIndexError('DISABLED', TX_INDEXING_DISABLED)
  }

  async searchBlocks(_query: string, _opts?: SearchOptions): Promise<SearchResult<bigint>> {
    throw new TxIndexError('DISABLED', BLOCK_INDEXING_DISABLED)
  }
}
