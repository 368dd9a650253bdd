// Typed failures of federated training. Message refusals carry the HTTP status the peer server answers
// with; a refused message changes nothing and never stops the process.

export type MessageRefusal =
  | 'MALFORMED'
  | 'TOO_LARGE'
  | 'UNKNOWN_JOB'
  | 'TASK_MISMATCH'
  | 'NOT_A_PARTICIPANT'
  | 'MISDIRECTED'
  | 'BAD_SIGNATURE'
  | 'REPLAY'
  | 'EQUIVOCATION'
  | 'STALE_ROUND'
  | 'TOO_EARLY'

const STATUS: Record<MessageRefusal, number> = {
  MALFORMED: 400,
  TOO_LARGE: 413,
  UNKNOWN_JOB: 404,
  TASK_MISMATCH: 409,
  NOT_A_PARTICIPANT: 403,
  MISDIRECTED: 403,
  BAD_SIGNATURE: 401,
  REPLAY: 409,
  EQUIVOCATION: 409,
  STALE_ROUND: 409,
  TOO_EARLY: 425,
}

/** A peer message this participant will not accept. */
export class MessageRefused extends Error {
  constructor(
    readonly code: MessageRefusal,
    message: string,
  ) {
    super(`${code}: ${message}`)
    this.name = 'MessageRefused'
  }

  get status(): number {
    return STATUS[this.code]
  }
}

export type TrainingFailure =
  | 'BAD_TASK'
  | 'NOT_IN_TASK'
  | 'VIEW_MISMATCH'
  | 'TOO_FEW_PARTICIPANTS'
  | 'PEER_REFUSED'
  | 'STOPPED'

/** Training cannot go on (the task is invalid, or the participants no longer agree on a round). */
export class TrainingError extends Error {
  constructor(
    readonly code: TrainingFailure,
    message: string,
  ) {
    super(`${code}: ${message}`)
    this.name = 'TrainingError'
  }
}
