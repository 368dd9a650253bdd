// Typed consensus errors: a stable string code for callers and logs, a message for humans.

export type ConsensusErrorCode =
  | 'INVALID_VOTE'
  | 'INVALID_PROPOSAL'
  | 'UNKNOWN_VALIDATOR'
  | 'INVALID_SIGNATURE'
  | 'WRONG_PROPOSER'
  | 'WRONG_HEIGHT'
  | 'INVALID_COMMIT'
  | 'INVALID_VALIDATOR_SET'
  | 'DOUBLE_SIGN_REFUSED'
  | 'LAST_SIGN_STATE_CORRUPT'
  | 'WAL_CORRUPT'
  | 'DRIVER_STOPPED'

export class ConsensusError extends Error {
  readonly code: ConsensusErrorCode

  constructor(code: ConsensusErrorCode, message: string) {
    super(`${code}: ${message}`)
    this.name = 'ConsensusError'
    this.code = code
  }
}

export function isConsensusError(err: unknown, code?: ConsensusErrorCode): err is ConsensusError {
  return err instanceof ConsensusError && (code === undefined || err.code === code)
}
