// Bringing the tx index level with the block store on start: the index is written without fsync, so after a
// power loss (or with indexing still queued at a crash) it may lag the block store by a few heights.
import type { BlockStore } from '../blockstore/block-store.js'
import { BlockStoreError } from '../blockstore/errors.js'
import type { TxIndex } from './tx-index.js'

/**
 * Indexes every height the block store has (with results) above `index.indexedHeight()`. Stops at the first
 * height without saved results (the block the node is about to replay). Returns the number of heights indexed.
 */
export async function catchUpIndex(store: BlockStore, index: TxIndex): Promise<number> {
  const from = index.indexedHeight() + 1n > store.base() ? index.indexedHeight() + 1n : store.base()
  let done = 0
  for (let h = from; h >= 1n && h <= store.height(); h++) {
    let results: Awaited<ReturnType<BlockStore['results']>>
    try {
      results = await store.results(h)
    } catch (e) {
      if (e instanceof BlockStoreError && e.code === 'NOT_FOUND') break
      throw e
    }
    const { block } = await store.block(h)
    await index.indexBlock(h, block.data.txs, results.txResults, results.events)
    done++
  }
  return done
}
