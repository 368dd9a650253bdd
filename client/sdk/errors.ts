// Client-side typed errors: a tx that reached a block but failed, and a response that was not what we sent for.
export class DatumTxError extends Error {
  readonly code = 'TX_FAILED'
  constructor(
    readonly txHash: string,
    readonly height: number,
    readonly codespace: string,
    readonly abciCode: number,
    readonly log: string,
  ) {
    super(`tx ${txHash} failed at height ${height}: ${codespace} code ${abciCode}: ${log}`)
    this.name = 'DatumTxError'
  }
}

export class DatumResponseError extends Error {
  readonly code = 'UNEXPECTED_RESPONSE'
  constructor(message: string) {
    super(message)
    this.name = 'DatumResponseError'
  }
}
