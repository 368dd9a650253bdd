// Per-process state of Algorithm 1 in "The latest gossip on BFT consensus" (Initialization, lines 1-10).
import type { Height, Round, ValueId } from './types.js'

/** 'unstarted' exists before StartRound(0); 'commit' once the height is decided (L49). */
export type Step = 'unstarted' | 'propose' | 'prevote' | 'precommit' | 'commit'

const STEP_ORDER: Record<Step, number> = { unstarted: 0, propose: 1, prevote: 2, precommit: 3, commit: 4 }

export function stepAtLeast(step: Step, min: Step): boolean {
  return STEP_ORDER[step] >= STEP_ORDER[min]
}

export interface RoundValue {
  value: ValueId
  round: Round
}

export interface RoundState {
  readonly height: Height
  readonly round: Round
  readonly step: Step
  /** lockedValue_p / lockedRound_p; undefined means nil / -1. */
  readonly locked?: RoundValue
  /** validValue_p / validRound_p; undefined means nil / -1. */
  readonly valid?: RoundValue
  /** decision_p[h_p], set by L49. */
  readonly decision?: RoundValue
}

/** The state at the start of a height: round -1 until NewRound(0) arrives. */
export function initialRoundState(height: Height): RoundState {
  return { height, round: -1, step: 'unstarted' }
}
