// Wraps a typed query method as a `QueryHandler`: malformed request bytes become gRPC InvalidArgument,
// as a cosmos gRPC server rejects an undecodable request.
import type { Context } from './context.js'
import type { QueryHandler } from './module.js'
import { invalidArgument } from './query-errors.js'

export interface ProtoType<T> {
  decode(bytes: Uint8Array): T
  encode(message: T): { finish(): Uint8Array }
}

export function protoQuery<Req, Res>(
  request: ProtoType<Req>,
  response: ProtoType<Res>,
  method: (ctx: Context, req: Req) => Res,
): QueryHandler {
  return (ctx, bytes) => {
    let req: Req
    try {
      req = request.decode(bytes)
    } catch (e) {
      throw invalidArgument(`invalid request: ${(e as Error).message}`)
    }
    return response.encode(method(ctx, req)).finish()
  }
}
