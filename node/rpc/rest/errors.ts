// REST errors in the gRPC-gateway shape `{code, message, details}` with the HTTP status the gateway uses for
// the gRPC code; ABCI query failures map to gRPC codes the way cosmos-sdk's baseapp does in reverse.
import type { QueryResult } from '../../types/abci.js'

export const GrpcCode = {
  unknown: 2,
  invalidArgument: 3,
  notFound: 5,
  unimplemented: 12,
  unavailable: 14,
  unauthenticated: 16,
} as const

const httpStatus: Record<number, number> = { 2: 500, 3: 400, 5: 404, 12: 501, 14: 503, 16: 401 }

export class RestError extends Error {
  constructor(
    readonly grpcCode: number,
    message: string,
  ) {
    super(message)
    this.name = 'RestError'
  }

  get status(): number {
    return httpStatus[this.grpcCode] ?? 500
  }

  toJSON() {
    return { code: this.grpcCode, message: this.message, details: [] }
  }
}

export const notImplemented = () => new RestError(GrpcCode.unimplemented, 'Not Implemented')
export const badRequest = (message: string) => new RestError(GrpcCode.invalidArgument, message)
export const notFound = (message: string) => new RestError(GrpcCode.notFound, message)

/** SDK codes (codespace `sdk`) that come from a bad request rather than a server fault. */
const invalidArgumentCodes = new Set([2, 3, 7, 8, 10, 12, 18, 19, 30, 32])

export function queryError(r: QueryResult): RestError {
  if (r.codespace === 'sdk') {
    if (r.code === 22 || r.code === 38) return new RestError(GrpcCode.notFound, r.log)
    if (r.code === 6 && r.log.includes('unknown query path')) return notImplemented()
    if (r.code === 4) return new RestError(GrpcCode.unauthenticated, r.log)
    if (invalidArgumentCodes.has(r.code)) return new RestError(GrpcCode.invalidArgument, r.log)
  }
  return new RestError(GrpcCode.unknown, r.log)
}
