// The node's part of `cosmos.tx.v1beta1.Service` served through `abci_query`, as the SDK serves the tx service
// through the same query router: GetTx and GetTxsEvent answer from the tx index (the backend REST
// `/cosmos/tx/v1beta1/txs…` also reads). Simulate stays the app's (it needs the check state, not the index).
import { TxResponse } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci'
import {
  GetTxRequest,
  GetTxResponse,
  GetTxsEventRequest,
  GetTxsEventResponse,
  OrderBy,
} from 'cosmjs-types/cosmos/tx/v1beta1/service'
import { Tx } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { errorResult, grpcError, valueResult } from '../app/query-errors.js'
import type { QueryRequest, QueryResult } from '../types/abci.js'
import type { IndexedTx, RpcBackend } from './backend.js'
import { hex, rfc3339 } from './json/encode.js'

export const GET_TX_PATH = '/cosmos.tx.v1beta1.Service/GetTx'
export const GET_TXS_EVENT_PATH = '/cosmos.tx.v1beta1.Service/GetTxsEvent'

/** The SDK's default and maximum page size for GetTxsEvent (query.DefaultLimit, tx service max). */
const DEFAULT_LIMIT = 100

type TxServiceBackend = Pick<RpcBackend, 'tx' | 'txSearch' | 'block' | 'blockRange'>

export function isTxServicePath(path: string): boolean {
  return path === GET_TX_PATH || path === GET_TXS_EVENT_PATH
}

/** Answers a GetTx or GetTxsEvent query; errors follow the SDK's gRPC → ABCI mapping (NotFound 22, …). */
export async function txServiceQuery(backend: TxServiceBackend, req: QueryRequest): Promise<QueryResult> {
  const { height } = await backend.blockRange()
  if (height === 0n) return errorResult(grpcError('InvalidArgument', 'no committed block yet'))
  try {
    const value =
      req.path === GET_TX_PATH ? await getTx(backend, req.data) : await getTxsEvent(backend, req.data)
    return valueResult(value, height)
  } catch (e) {
    if (e instanceof TxServiceError) return errorResult(grpcError(e.status, e.message))
    throw e
  }
}

class TxServiceError extends Error {
  constructor(
    readonly status: 'InvalidArgument' | 'NotFound',
    message: string,
  ) {
    super(message)
  }
}

function decodeOr<T>(decode: (b: Uint8Array) => T, data: Uint8Array): T {
  try {
    return decode(data)
  } catch (e) {
    throw new TxServiceError('InvalidArgument', `invalid request: ${(e as Error).message}`)
  }
}

async function getTx(backend: TxServiceBackend, data: Uint8Array): Promise<Uint8Array> {
  const { hash } = decodeOr(GetTxRequest.decode, data)
  if (hash === '') throw new TxServiceError('InvalidArgument', 'tx hash cannot be empty')
  if (!/^[0-9a-fA-F]{64}$/.test(hash))
    throw new TxServiceError('InvalidArgument', `invalid tx hash ${JSON.stringify(hash)}`)
  const found = await backend.tx(new Uint8Array(Buffer.from(hash, 'hex')))
  if (!found) throw new TxServiceError('NotFound', `tx not found: ${hash}`)
  const response = await txResponse(backend, found)
  return GetTxResponse.encode({ tx: decodeTx(found.tx), txResponse: response }).finish()
}

async function getTxsEvent(backend: TxServiceBackend, data: Uint8Array): Promise<Uint8Array> {
  const req = decodeOr(GetTxsEventRequest.decode, data)
  // SDK 0.50: `query` is the CometBFT query; the deprecated `events` list is joined with AND.
  const query = req.query || req.events.join(' AND ')
  if (query === '') throw new TxServiceError('InvalidArgument', 'query cannot be empty')
  const limit = req.limit > 0n ? req.limit : (req.pagination?.limit ?? 0n) || BigInt(DEFAULT_LIMIT)
  const page = req.page > 0n ? req.page : 1n
  if (limit > BigInt(DEFAULT_LIMIT))
    throw new TxServiceError('InvalidArgument', `limit must not exceed ${DEFAULT_LIMIT}`)
  if (page > BigInt(Number.MAX_SAFE_INTEGER)) throw new TxServiceError('InvalidArgument', 'page is too large')
  const orderBy = req.orderBy === OrderBy.ORDER_BY_DESC ? 'desc' : 'asc'
  let found: Awaited<ReturnType<TxServiceBackend['txSearch']>>
  try {
    found = await backend.txSearch(query, { page: Number(page), perPage: Number(limit), orderBy })
  } catch (e) {
    throw new TxServiceError('InvalidArgument', e instanceof Error ? e.message : String(e))
  }
  const responses: TxResponse[] = []
  for (const t of found.items) responses.push(await txResponse(backend, t))
  return GetTxsEventResponse.encode({
    txs: found.items.map((t) => decodeTx(t.tx)),
    txResponses: responses,
    total: BigInt(found.total),
  }).finish()
}

/** A committed tx that is not a Tx (the index keeps whatever a block held) decodes to an empty Tx. */
function decodeTx(raw: Uint8Array): Tx {
  try {
    return Tx.decode(raw)
  } catch {
    return Tx.fromPartial({})
  }
}

/** `TxResponse` as the SDK fills it from the index: data hex, the Tx as an Any, the block's time. */
async function txResponse(backend: TxServiceBackend, t: IndexedTx): Promise<TxResponse> {
  const r = t.result
  const block = await backend.block(t.height)
  return TxResponse.fromPartial({
    height: t.height,
    txhash: hex(t.hash),
    codespace: r.codespace,
    code: r.code,
    data: hex(r.data),
    rawLog: r.log,
    info: r.info,
    gasWanted: r.gasWanted,
    gasUsed: r.gasUsed,
    tx: { typeUrl: '/cosmos.tx.v1beta1.Tx', value: Tx.encode(decodeTx(t.tx)).finish() },
    timestamp: block ? rfc3339(block.block.header.time) : '',
    events: r.events.map((e) => ({
      type: e.type,
      attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })),
    })),
  })
}
