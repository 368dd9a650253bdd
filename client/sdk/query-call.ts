// One typed call of a Datum Query service over abci_query: encode the request with its codec, decode the
// response with its own. Every query extension builds on it.
import { createProtobufRpcClient, type QueryClient } from '@cosmjs/stargate'
import type { Codec } from '../../proto/codec.js'

export type QueryCall = <Q, R>(
  method: string,
  req: Codec<unknown, Q>,
  res: Codec<R, unknown>,
  q: Q,
) => Promise<R>

export function queryCaller(base: QueryClient, service: string): QueryCall {
  const rpc = createProtobufRpcClient(base)
  return async (method, req, res, q) => res.decode(await rpc.request(service, method, req.encode(q)))
}
