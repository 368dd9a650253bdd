// Typed block-store errors. Messages for height problems are CometBFT's own texts (rpc/core/env.go), so the
// RPC can pass them through unchanged.

export type BlockStoreErrorCode =
  | 'INVALID_OPTIONS'
  | 'INVALID_HEIGHT'
  | 'HEIGHT_IN_FUTURE'
  | 'HEIGHT_PRUNED'
  | 'NOT_CONTIGUOUS'
  | 'COMMIT_MISMATCH'
  | 'NOT_FOUND'
  | 'CORRUPT'
  | 'CLOSED'

export class BlockStoreError extends Error {
  constructor(
    readonly code: BlockStoreErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'BlockStoreError'
  }
}
