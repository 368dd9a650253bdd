// Tx lookups: tx (by hash, optionally with an inclusion proof) and tx_search (CometBFT query grammar).
import type { IndexedTx } from '../backend.js'
import { internalError } from '../errors.js'
import { indexedTxJson } from '../json/abci.js'
import { hex, int } from '../json/encode.js'
import { txProofJson } from '../json/tx-proof.js'
import { checkPage, searchPage } from './paging.js'
import type { MethodContext, MethodTable } from './types.js'

async function withProof(ctx: MethodContext, tx: IndexedTx) {
  const stored = await ctx.backend.block(tx.height)
  if (!stored) throw internalError(`block at height ${tx.height} is not available for a tx proof`)
  return { ...indexedTxJson(tx), proof: txProofJson(stored.block.data.txs, tx.index) }
}

export const txMethods: MethodTable = {
  tx: {
    args: ['hash', 'prove'],
    async handler(ctx, params) {
      const hash = params.requiredBytes('hash')
      const found = await ctx.backend.tx(hash)
      if (!found) throw internalError(`tx (${hex(hash)}) not found`)
      return params.bool('prove') ? withProof(ctx, found) : indexedTxJson(found)
    },
  },

  tx_search: {
    args: ['query', 'prove', 'page', 'per_page', 'order_by'],
    async handler(ctx, params) {
      const query = params.requiredString('query')
      const prove = params.bool('prove')
      const { page, requested } = searchPage(params, ctx.limits)
      const found = await ctx.backend.txSearch(query, page)
      checkPage(requested, page.perPage, found.total)
      const txs = []
      for (const tx of found.items) txs.push(prove ? await withProof(ctx, tx) : indexedTxJson(tx))
      return { txs, total_count: int(found.total) }
    },
  },
}
