// x/tx gateway routes: broadcast, simulate, get by hash, search. Broadcast and lookups go to the node
// (mempool, tx index); simulate goes to the app's `/cosmos.tx.v1beta1.Service/Simulate` query.
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service'
import type { FastifyInstance } from 'fastify'
import { txHash } from '../../types/hash.js'
import type { IndexedTx, RpcBackend } from '../backend.js'
import { hex } from '../json/encode.js'
import { badRequest, GrpcCode, notFound, RestError } from './errors.js'
import { type AnyRenderer, eventsJson } from './gateway-json.js'
import { grpcQuery, type Query, stringParam } from './grpc-query.js'
import { isTxRaw, txJson, txResponseJson } from './tx-json.js'

type Body = Record<string, unknown> | undefined

/** The base64 `tx_bytes` of a request body: empty or non-base64 is the gateway's 400 (code 3). */
function txBytesOf(body: Body): Uint8Array {
  const encoded = body?.tx_bytes ?? body?.txBytes
  if (typeof encoded !== 'string' || encoded === '') throw badRequest('invalid empty tx')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) throw badRequest('tx_bytes must be base64')
  return new Uint8Array(Buffer.from(encoded, 'base64'))
}

/** Simulate refuses bytes that are not a TxRaw up front (InvalidArgument, as the SDK's decoder does). */
function txRawOf(body: Body): Uint8Array {
  const bytes = txBytesOf(body)
  if (!isTxRaw(bytes)) throw badRequest('tx parse error: tx_bytes is not a TxRaw')
  return bytes
}

/** BroadcastMode by name or number; BLOCK was removed in SDK 0.50. */
function broadcastMode(body: Body): 'sync' | 'async' {
  const mode = body?.mode ?? 'BROADCAST_MODE_SYNC'
  if (mode === 'BROADCAST_MODE_SYNC' || mode === 2 || mode === '2') return 'sync'
  if (mode === 'BROADCAST_MODE_ASYNC' || mode === 3 || mode === '3') return 'async'
  throw badRequest(`unsupported broadcast mode ${JSON.stringify(mode)}; supported types: sync, async`)
}

/** Mempool refusals become SDK codes in the tx_response, as cosmos-sdk's CheckTxError does. */
function mempoolRefusal(err: unknown): { code: number; log: string } {
  const log = err instanceof Error ? err.message : String(err)
  if (/already exists in cache/i.test(log)) return { code: 19, log: 'tx already in mempool' }
  if (/mempool is full/i.test(log)) return { code: 20, log }
  if (/too large/i.test(log)) return { code: 21, log }
  throw new RestError(GrpcCode.unknown, log)
}

const pendingResponse = (hash: Uint8Array, code: number, codespace: string, log: string) => ({
  tx_response: {
    height: '0',
    txhash: hex(hash),
    codespace,
    code,
    data: '',
    raw_log: log,
    logs: [],
    info: '',
    gas_wanted: '0',
    gas_used: '0',
    tx: null,
    timestamp: '',
    events: [],
  },
})

async function blockTime(backend: RpcBackend, height: bigint) {
  return (await backend.block(height))?.block.header.time
}

export function registerTxRoutes(app: FastifyInstance, backend: RpcBackend, anys: AnyRenderer): void {
  // Any bytes go to CheckTx, which answers garbage with code 2 (tx parse error) in an HTTP 200
  // tx_response, as the SDK gateway does; wallets parse that body.
  app.post('/cosmos/tx/v1beta1/txs', async (request) => {
    const body = request.body as Body
    const tx = txBytesOf(body)
    const mode = broadcastMode(body)
    const hash = txHash(tx)
    if (mode === 'async') {
      Promise.resolve()
        .then(() => backend.broadcastTx(tx, hash))
        .catch(() => {})
      return pendingResponse(hash, 0, '', '')
    }
    try {
      const r = await backend.broadcastTx(tx, hash)
      return pendingResponse(hash, r.code, r.codespace, r.log)
    } catch (err) {
      const refusal = mempoolRefusal(err)
      return pendingResponse(hash, refusal.code, 'sdk', refusal.log)
    }
  })

  app.post('/cosmos/tx/v1beta1/simulate', async (request) => {
    const txBytes = txRawOf(request.body as Body)
    const req = SimulateRequest.encode({ txBytes }).finish()
    const res = await grpcQuery(backend, '/cosmos.tx.v1beta1.Service/Simulate', req, SimulateResponse.decode)
    const result = res.result
    return {
      gas_info: res.gasInfo
        ? { gas_wanted: res.gasInfo.gasWanted.toString(), gas_used: res.gasInfo.gasUsed.toString() }
        : null,
      result: result
        ? {
            data: Buffer.from(result.data).toString('base64'),
            log: result.log,
            events: eventsJson(result.events),
            msg_responses: result.msgResponses.map(anys.render),
          }
        : null,
    }
  })

  app.get('/cosmos/tx/v1beta1/txs/:hash', async (request) => {
    const { hash } = request.params as { hash: string }
    if (!/^[0-9a-fA-F]{64}$/.test(hash)) throw badRequest('tx hash must be 64 hex characters')
    const found = await backend.tx(new Uint8Array(Buffer.from(hash, 'hex')))
    if (!found) throw notFound(`tx not found: ${hash}`)
    return {
      tx: txJson(found.tx, anys),
      tx_response: txResponseJson(found, await blockTime(backend, found.height), anys),
    }
  })

  app.get('/cosmos/tx/v1beta1/txs', async (request) => {
    const query = request.query as Query
    const events = query.events === undefined ? [] : ([] as string[]).concat(query.events)
    const text = stringParam(query, 'query') ?? events.join(' AND ')
    if (!text) throw badRequest('query cannot be empty')
    const limit = Number(stringParam(query, 'limit') ?? stringParam(query, 'pagination.limit') ?? '100')
    const page = Number(stringParam(query, 'page') ?? '1')
    if (!Number.isSafeInteger(limit) || limit < 1 || !Number.isSafeInteger(page) || page < 1) {
      throw badRequest('page and limit must be positive integers')
    }
    const orderBy = stringParam(query, 'order_by') === 'ORDER_BY_DESC' ? 'desc' : 'asc'
    let found: { items: IndexedTx[]; total: number }
    try {
      found = await backend.txSearch(text, { page, perPage: Math.min(limit, 100), orderBy })
    } catch (err) {
      throw badRequest(err instanceof Error ? err.message : String(err))
    }
    const responses = []
    for (const t of found.items) responses.push(txResponseJson(t, await blockTime(backend, t.height), anys))
    return {
      txs: found.items.map((t) => txJson(t.tx, anys)),
      tx_responses: responses,
      pagination: null,
      total: found.total.toString(),
    }
  })
}
