// How query failures reach clients, cosmos-sdk 0.50 baseapp gRPCErrorToSDKError: a gRPC status becomes an
// sdk error whose log is the gRPC error text, e.g. `rpc error: code = NotFound desc = account … not found:
// key not found`. CosmJS matches on that text (getAccount returns null on NotFound).
import { AbciError, type ErrorDef, QueryError, sdkErrors } from '../../modules/sdk/index.js'
import type { QueryResult } from '../types/abci.js'

export type GrpcStatus = QueryError['grpcCode'] | 'Unknown'

const SDK_ERROR_OF: Record<GrpcStatus, ErrorDef> = {
  NotFound: sdkErrors.keyNotFound,
  InvalidArgument: sdkErrors.invalidRequest,
  FailedPrecondition: sdkErrors.invalidRequest,
  Unauthenticated: sdkErrors.unauthorized,
  Internal: sdkErrors.unknownRequest,
  Unknown: sdkErrors.unknownRequest,
}

export function grpcError(status: GrpcStatus, desc: string): AbciError {
  return SDK_ERROR_OF[status].wrap(`rpc error: code = ${status} desc = ${desc}`)
}

/**
 * A query handler's failure: QueryError carries its gRPC status; anything else is what a Go gRPC server
 * reports for a handler error without a status, `Unknown` (an AbciError keeps its own log as the desc).
 */
export function queryHandlerError(e: unknown): AbciError {
  if (e instanceof QueryError) return grpcError(e.grpcCode, e.message)
  if (e instanceof AbciError) return grpcError('Unknown', e.log)
  return grpcError('Unknown', e instanceof Error ? e.message : String(e))
}

export function errorResult(e: AbciError, height = 0n): QueryResult {
  return {
    code: e.code,
    codespace: e.codespace,
    log: e.log,
    info: '',
    index: 0n,
    key: new Uint8Array(),
    value: new Uint8Array(),
    proofOps: [],
    height,
  }
}

export function valueResult(
  value: Uint8Array,
  height: bigint,
  extra: Partial<QueryResult> = {},
): QueryResult {
  return {
    code: 0,
    codespace: '',
    log: '',
    info: '',
    index: 0n,
    key: new Uint8Array(),
    value,
    proofOps: [],
    height,
    ...extra,
  }
}
