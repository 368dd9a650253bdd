// Typed errors for malformed block data: callers branch on `code`, people read `message`.

export type BlockDataErrorCode = 'INVALID_HEADER' | 'INVALID_BLOCK' | 'INVALID_COMMIT' | 'INVALID_VALIDATOR'

export class BlockDataError extends Error {
  constructor(
    readonly code: BlockDataErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'BlockDataError'
  }
}
