// Gateway routes are thin: encode the request proto, run abci_query on the gRPC method path, decode the reply.
import type { PageRequest } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination'
import type { RpcBackend } from '../backend.js'
import { badRequest, queryError } from './errors.js'

export type Query = Record<string, string | string[] | undefined>

/** The SDK gateway reads the query height from this header (0 = latest). */
export function queryHeight(headers: Record<string, string | string[] | undefined>): bigint {
  const raw = headers['x-cosmos-block-height']
  if (raw === undefined) return 0n
  if (typeof raw !== 'string' || !/^\d{1,19}$/.test(raw))
    throw badRequest('x-cosmos-block-height must be a height')
  return BigInt(raw)
}

export async function grpcQuery<T>(
  backend: RpcBackend,
  path: string,
  request: Uint8Array,
  decode: (bytes: Uint8Array) => T,
  height = 0n,
): Promise<T> {
  const result = await backend.abciQuery({ path, data: request, height, prove: false })
  if (result.code !== 0) throw queryError(result)
  return decode(result.value)
}

export function stringParam(query: Query, name: string): string | undefined {
  const v = query[name]
  if (v === undefined) return undefined
  if (typeof v !== 'string') throw badRequest(`${name} must be given once`)
  return v
}

function uintParam(query: Query, name: string): bigint {
  const v = stringParam(query, name)
  if (v === undefined || v === '') return 0n
  if (!/^\d{1,19}$/.test(v)) throw badRequest(`${name} must be an unsigned integer`)
  return BigInt(v)
}

function boolParam(query: Query, name: string): boolean {
  const v = stringParam(query, name)
  if (v === undefined || v === '' || v === 'false') return false
  if (v === 'true') return true
  throw badRequest(`${name} must be true or false`)
}

/** `pagination.*` query parameters as a PageRequest. */
export function pageRequest(query: Query): PageRequest {
  const key = stringParam(query, 'pagination.key') ?? ''
  return {
    key: new Uint8Array(Buffer.from(key, 'base64')),
    offset: uintParam(query, 'pagination.offset'),
    limit: uintParam(query, 'pagination.limit'),
    countTotal: boolParam(query, 'pagination.count_total'),
    reverse: boolParam(query, 'pagination.reverse'),
  }
}
