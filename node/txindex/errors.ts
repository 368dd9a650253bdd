// Typed tx-index errors; messages follow CometBFT where it has one, so the RPC can pass them through.

export type TxIndexErrorCode =
  | 'INVALID_QUERY'
  | 'INVALID_PAGE'
  | 'INVALID_ORDER'
  | 'QUERY_TOO_BROAD'
  | 'CORRUPT'
  | 'CLOSED'
  | 'DISABLED'

export class TxIndexError extends Error {
  constructor(
    readonly code: TxIndexErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'TxIndexError'
  }
}
