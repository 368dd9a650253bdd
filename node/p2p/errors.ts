// Typed errors for the network layer. Codes are stable strings so callers (consensus, RPC, CLI) can branch on
// them; sync error responses carry the same codes over the wire (see README.md).

export type P2PErrorCode =
  | 'NODE_KEY_INVALID'
  | 'PEER_ADDR_INVALID'
  | 'LISTEN_ADDR_INVALID'
  | 'LISTEN_FAILED'
  | 'NOT_STARTED'
  | 'PUBLISH_FAILED'
  | 'MESSAGE_TOO_LARGE'
  | 'MESSAGE_LIMIT_INVALID'
  | 'SYNC_TIMEOUT'
  | 'SYNC_MALFORMED'
  | 'SYNC_RANGE_INVALID'
  | 'SYNC_UNAVAILABLE'
  | 'SYNC_INTERNAL'
  | 'SYNC_STREAM_FAILED'

export class P2PError extends Error {
  constructor(
    readonly code: P2PErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'P2PError'
  }
}

export function isP2PError(e: unknown, code?: P2PErrorCode): e is P2PError {
  return e instanceof P2PError && (code === undefined || e.code === code)
}
