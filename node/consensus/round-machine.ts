// The pure round state machine: (state, input) → (state, outputs). One case per rule of Algorithm 1
// ("The latest gossip on BFT consensus", arXiv 1807.04938). No I/O, no clock, no randomness: the
// driver decides which input applies (thresholds, "first time" guards) and carries out the outputs.
import type { RoundInput } from './round-input.js'
import type { RoundOutput } from './round-output.js'
import { type RoundState, stepAtLeast } from './round-state.js'

export interface Transition {
  state: RoundState
  outputs: RoundOutput[]
}

const unchanged = (state: RoundState): Transition => ({ state, outputs: [] })

export function applyRoundInput(state: RoundState, input: RoundInput): Transition {
  // Once decided (L49) the height is over; the driver starts the next height with a fresh state.
  if (state.step === 'commit') return unchanged(state)
  switch (input.kind) {
    case 'NewRound':
      return startRound(state, input.round, input.isProposer)
    case 'ProposalAndPrecommitValue':
      // L49: decide in any round.
      return {
        state: { ...state, step: 'commit', decision: { value: input.value, round: input.round } },
        outputs: [{ kind: 'Decide', round: input.round, value: input.value }],
      }
    case 'RoundSkip':
      // L55: f+1 messages from a higher round mean a correct process is already there.
      if (input.round <= state.round) return unchanged(state)
      return { state, outputs: [{ kind: 'NewRound', round: input.round }] }
  }
  // Every other rule is about the current round only.
  if (input.round !== state.round) return unchanged(state)
  switch (input.kind) {
    case 'ProposeValue':
      // L18-L19: broadcast the fresh value with validRound -1.
      if (state.step !== 'propose') return unchanged(state)
      return {
        state,
        outputs: [{ kind: 'Proposal', round: state.round, value: input.value, validRound: -1 }],
      }
    case 'Proposal': {
      // L22-L27: prevote v if not locked or locked on v.
      if (state.step !== 'propose') return unchanged(state)
      const accept = state.locked === undefined || state.locked.value === input.value
      return prevote(state, accept ? input.value : null)
    }
    case 'InvalidProposal':
      // L22/L28 with ¬valid(v): prevote nil.
      if (state.step !== 'propose') return unchanged(state)
      return prevote(state, null)
    case 'ProposalAndPolkaPrevious': {
      // L28-L33: a re-proposal backed by a polka from round vr < r unlocks a lock at or below vr.
      if (state.step !== 'propose' || input.validRound < 0 || input.validRound >= state.round) {
        return unchanged(state)
      }
      const locked = state.locked
      const accept = locked === undefined || locked.round <= input.validRound || locked.value === input.value
      return prevote(state, accept ? input.value : null)
    }
    case 'PolkaAny':
      // L34-L35: wait a little longer for a polka on one value.
      if (state.step !== 'prevote') return unchanged(state)
      return { state, outputs: [{ kind: 'ScheduleTimeout', step: 'prevote', round: state.round }] }
    case 'ProposalAndPolkaCurrent': {
      // L36-L43: lock and precommit when still at prevote; record the valid value in any case.
      if (!stepAtLeast(state.step, 'prevote')) return unchanged(state)
      const valid = { value: input.value, round: state.round }
      if (state.step === 'prevote') {
        return {
          state: { ...state, step: 'precommit', locked: valid, valid },
          outputs: [{ kind: 'Vote', type: 'precommit', round: state.round, value: input.value }],
        }
      }
      return { state: { ...state, valid }, outputs: [] }
    }
    case 'PolkaNil':
      // L44-L46: 2f+1 prevoted nil, so precommit nil.
      if (state.step !== 'prevote') return unchanged(state)
      return precommitNil(state)
    case 'PrecommitAny':
      // L47-L48: the round may still decide; give it timeoutPrecommit.
      return { state, outputs: [{ kind: 'ScheduleTimeout', step: 'precommit', round: state.round }] }
    case 'TimeoutPropose':
      // L57-L60: no (acceptable) proposal in time.
      if (state.step !== 'propose') return unchanged(state)
      return prevote(state, null)
    case 'TimeoutPrevote':
      // L61-L64: no polka on a single value in time.
      if (state.step !== 'prevote') return unchanged(state)
      return precommitNil(state)
    case 'TimeoutPrecommit':
      // L65-L67: the round did not decide; move on.
      return { state, outputs: [{ kind: 'NewRound', round: state.round + 1 }] }
  }
}

/** L11-L21: StartRound(round). The proposer re-proposes validValue or asks for a fresh one. */
function startRound(state: RoundState, round: number, isProposer: boolean): Transition {
  if (round <= state.round) return unchanged(state)
  const next: RoundState = { ...state, round, step: 'propose' }
  if (!isProposer) return { state: next, outputs: [{ kind: 'ScheduleTimeout', step: 'propose', round }] }
  if (state.valid !== undefined) {
    return {
      state: next,
      outputs: [{ kind: 'Proposal', round, value: state.valid.value, validRound: state.valid.round }],
    }
  }
  // getValue() may be slow; the propose timeout bounds it so the round still makes progress.
  return {
    state: next,
    outputs: [
      { kind: 'GetValue', round },
      { kind: 'ScheduleTimeout', step: 'propose', round },
    ],
  }
}

function prevote(state: RoundState, value: string | null): Transition {
  return {
    state: { ...state, step: 'prevote' },
    outputs: [{ kind: 'Vote', type: 'prevote', round: state.round, value }],
  }
}

function precommitNil(state: RoundState): Transition {
  return {
    state: { ...state, step: 'precommit' },
    outputs: [{ kind: 'Vote', type: 'precommit', round: state.round, value: null }],
  }
}
