// The shape of one JSON-RPC method: its positional argument names (CometBFT order) and a handler.
import type { RpcBackend } from '../backend.js'
import type { RpcLimits } from '../limits.js'
import type { Params } from '../params.js'

export interface MethodContext {
  backend: RpcBackend
  limits: RpcLimits
}

export interface RpcMethod {
  /** Names that positional params map to, in order; also the GET URI arguments. */
  args: readonly string[]
  /** A synchronous answer skips the per-call deadline timer (it cannot overrun). */
  handler(ctx: MethodContext, params: Params): unknown
  /** Overrides the request deadline (broadcast_tx_commit waits for a block). */
  timeoutMs?(limits: RpcLimits): number
}

export type MethodTable = Record<string, RpcMethod>
