// Typed mempool errors (configuration mistakes); refused txs are not errors but CheckTx results with the SDK
// codes 19 (already in mempool / cache), 20 (mempool full) and 21 (tx too large).

export type MempoolErrorCode = 'INVALID_OPTIONS'

export class MempoolError extends Error {
  constructor(
    readonly code: MempoolErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'MempoolError'
  }
}
