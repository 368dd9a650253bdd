// Configurable RPC limits. Defaults follow CometBFT 0.38's config (rpc section) unless noted.

export interface RpcLimits {
  /** Largest accepted HTTP body (CometBFT `max_body_bytes`). */
  maxBodyBytes: number
  /** Most requests in one JSON-RPC batch. CometBFT uses 10; CosmJS's HttpBatchClient sends up to 20. */
  maxBatchRequests: number
  /** Deepest accepted JSON nesting ({ and [) in a request, checked before parsing. */
  maxJsonDepth: number
  /** `per_page` default and ceiling for tx_search, block_search, validators, unconfirmed_txs. */
  defaultPerPage: number
  maxPerPage: number
  /** Most headers `blockchain` returns. */
  maxBlockchainRange: number
  /** Per-call deadline; a slower call answers -32603. */
  requestTimeoutMs: number
  /** How long `broadcast_tx_commit` waits for inclusion (CometBFT `timeout_broadcast_tx_commit`). */
  broadcastCommitTimeoutMs: number
  /** Concurrent `/websocket` connections (CometBFT `max_subscription_clients`). */
  maxWsConnections: number
  /** Subscriptions per websocket connection (CometBFT `max_subscriptions_per_client`). */
  maxSubscriptionsPerConnection: number
  /** Longest subscription query string. */
  maxQueryLength: number
  /** Queued outgoing bytes after which a slow websocket client is disconnected. */
  maxWsBufferedBytes: number
  /** Open HTTP connections (CometBFT `max_open_connections`). */
  maxConnections: number
  /**
   * Open HTTP connections from one remote address: one client (a slowloris, a leaky pool) cannot take every
   * slot of `maxConnections`; sockets over the cap are closed at accept.
   */
  maxConnectionsPerIp: number
  /** Genesis chunk size for `genesis_chunked`. */
  genesisChunkBytes: number
}

export const defaultRpcLimits: RpcLimits = {
  maxBodyBytes: 1_000_000,
  maxBatchRequests: 20,
  maxJsonDepth: 64,
  defaultPerPage: 30,
  maxPerPage: 100,
  maxBlockchainRange: 20,
  requestTimeoutMs: 10_000,
  broadcastCommitTimeoutMs: 10_000,
  maxWsConnections: 100,
  maxSubscriptionsPerConnection: 5,
  maxQueryLength: 512,
  maxWsBufferedBytes: 16 * 1024 * 1024,
  maxConnections: 900,
  maxConnectionsPerIp: 100,
  genesisChunkBytes: 16 * 1024 * 1024,
}

export function resolveLimits(overrides: Partial<RpcLimits> = {}): RpcLimits {
  const limits = { ...defaultRpcLimits, ...overrides }
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new RangeError(`RPC limit ${name} must be a positive integer, got ${value}`)
    }
  }
  return limits
}
