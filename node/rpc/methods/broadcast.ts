// Tx submission and mempool views: broadcast_tx_{async,sync,commit}, check_tx, (num_)unconfirmed_txs.
import type { CheckTxResult } from '../../types/abci.js'
import { txHash } from '../../types/hash.js'
import type { IndexedTx } from '../backend.js'
import { internalError } from '../errors.js'
import { txResultJson } from '../json/abci.js'
import { base64, hex, int } from '../json/encode.js'
import type { Params } from '../params.js'
import { perPage } from './paging.js'
import type { MethodContext, MethodTable } from './types.js'

function readTx(params: Params): Uint8Array {
  const tx = params.requiredBytes('tx')
  if (tx.length === 0) throw internalError('tx is empty')
  return tx
}

/** CometBFT renders CheckTx `data` as hex; CosmJS decodes it as base64, so it is always sent empty. */
function syncResult(r: CheckTxResult, hash: Uint8Array) {
  return { code: r.code, data: '', log: r.log, codespace: r.codespace, hash: hex(hash) }
}

/** Subscribes before submitting so the inclusion event cannot be missed. */
async function broadcastCommit(ctx: MethodContext, tx: Uint8Array) {
  const hash = txHash(tx)
  const query = `tm.event='Tx' AND tx.hash='${hex(hash)}'`
  let unsubscribe = () => {}
  let timer: NodeJS.Timeout | undefined
  const included = new Promise<IndexedTx | undefined>((resolve) => {
    unsubscribe = ctx.backend.subscribe(query, (event) => {
      if (event.type === 'Tx') resolve(event.tx)
    })
    timer = setTimeout(() => resolve(undefined), ctx.limits.broadcastCommitTimeoutMs)
  })
  try {
    const check = await ctx.backend.broadcastTx(tx, hash)
    const checkJson = txResultJson(check)
    if (check.code !== 0) {
      return { check_tx: checkJson, tx_result: txResultJson(emptyResult), hash: hex(hash), height: '0' }
    }
    const result = await included
    if (!result) throw internalError('timed out waiting for tx to be included in a block')
    return {
      check_tx: checkJson,
      tx_result: txResultJson(result.result),
      hash: hex(hash),
      height: int(result.height),
    }
  } finally {
    clearTimeout(timer)
    unsubscribe()
  }
}

const emptyResult = {
  code: 0,
  codespace: '',
  log: '',
  info: '',
  data: new Uint8Array(),
  gasWanted: 0n,
  gasUsed: 0n,
  events: [],
}

export const broadcastMethods: MethodTable = {
  broadcast_tx_async: {
    args: ['tx'],
    async handler({ backend }, params) {
      const tx = readTx(params)
      const hash = txHash(tx)
      // Async means no wait for CheckTx; a refusal is visible only in the mempool's own logs.
      Promise.resolve()
        .then(() => backend.broadcastTx(tx, hash))
        .catch(() => {})
      return { code: 0, data: '', log: '', codespace: '', hash: hex(hash) }
    },
  },

  broadcast_tx_sync: {
    args: ['tx'],
    handler({ backend }, params) {
      const tx = readTx(params)
      const hash = txHash(tx)
      const result = backend.broadcastTx(tx, hash)
      const respond = (r: CheckTxResult) => syncResult(r, hash)
      return result instanceof Promise ? result.then(respond) : respond(result)
    },
  },

  broadcast_tx_commit: {
    args: ['tx'],
    timeoutMs: (limits) => limits.broadcastCommitTimeoutMs + limits.requestTimeoutMs,
    async handler(ctx, params) {
      return broadcastCommit(ctx, readTx(params))
    },
  },

  check_tx: {
    args: ['tx'],
    async handler({ backend }, params) {
      return txResultJson(await backend.checkTx(readTx(params)))
    },
  },

  num_unconfirmed_txs: {
    args: [],
    async handler({ backend }) {
      const size = await backend.mempoolSize()
      return { n_txs: int(size.count), total: int(size.count), total_bytes: int(size.bytes), txs: null }
    },
  },

  unconfirmed_txs: {
    args: ['limit'],
    async handler({ backend, limits }, params) {
      const size = await backend.mempoolSize()
      const txs = await backend.unconfirmedTxs(perPage(params, limits, 'limit'))
      return {
        n_txs: int(txs.length),
        total: int(size.count),
        total_bytes: int(size.bytes),
        txs: txs.map(base64),
      }
    },
  },
}
