// Effects the round state machine asks for; the driver carries them out (sign, send, time, commit).
import type { Round, ValueId, VoteType } from './types.js'

export type TimeoutStep = 'propose' | 'prevote' | 'precommit'

export type RoundOutput =
  /** Start round `round` (L55, L65); the driver answers with a NewRound input. */
  | { kind: 'NewRound'; round: Round }
  /** L19: broadcast ⟨PROPOSAL, h, round, value, validRound⟩ (validRound -1 for a fresh value). */
  | { kind: 'Proposal'; round: Round; value: ValueId; validRound: Round }
  /** L18: ask the app for a value (getValue()); the driver answers with ProposeValue. */
  | { kind: 'GetValue'; round: Round }
  /** Broadcast a prevote or precommit for `value` (null = nil). */
  | { kind: 'Vote'; type: VoteType; round: Round; value: ValueId | null }
  /** Schedule OnTimeout<step>(h, round) after timeout<step>(round). */
  | { kind: 'ScheduleTimeout'; step: TimeoutStep; round: Round }
  /** L49: decision_p[h_p] = value, decided in `round`. */
  | { kind: 'Decide'; round: Round; value: ValueId }
