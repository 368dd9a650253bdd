// Inputs of the round state machine, one per rule of Algorithm 1, named after the paper's lines.
// The driver derives them from the message log (vote keeper, proposal keeper), timers and the app.
import type { Round, ValueId } from './types.js'

export type RoundInput =
  /** L11/L14/L20: StartRound(round); `isProposer` is proposer(h_p, round) = p. */
  | { kind: 'NewRound'; round: Round; isProposer: boolean }
  /** L18: getValue() returned the value this process proposes. */
  | { kind: 'ProposeValue'; round: Round; value: ValueId }
  /** L22: ⟨PROPOSAL, h, r, v, -1⟩ from the proposer with valid(v). */
  | { kind: 'Proposal'; round: Round; value: ValueId }
  /** L22 with ¬valid(v), or L28 with ¬valid(v): prevote nil. */
  | { kind: 'InvalidProposal'; round: Round }
  /** L28: ⟨PROPOSAL, h, r, v, vr⟩ plus 2f+1 ⟨PREVOTE, h, vr, id(v)⟩, 0 ≤ vr < r, valid(v). */
  | { kind: 'ProposalAndPolkaPrevious'; round: Round; value: ValueId; validRound: Round }
  /** L34: 2f+1 ⟨PREVOTE, h, r, *⟩ for the first time. */
  | { kind: 'PolkaAny'; round: Round }
  /** L36: ⟨PROPOSAL, h, r, v, *⟩ plus 2f+1 ⟨PREVOTE, h, r, id(v)⟩, valid(v), first time. */
  | { kind: 'ProposalAndPolkaCurrent'; round: Round; value: ValueId }
  /** L44: 2f+1 ⟨PREVOTE, h, r, nil⟩. */
  | { kind: 'PolkaNil'; round: Round }
  /** L47: 2f+1 ⟨PRECOMMIT, h, r, *⟩ for the first time. */
  | { kind: 'PrecommitAny'; round: Round }
  /** L49: ⟨PROPOSAL, h, r, v, *⟩ plus 2f+1 ⟨PRECOMMIT, h, r, id(v)⟩ in any round r, valid(v). */
  | { kind: 'ProposalAndPrecommitValue'; round: Round; value: ValueId }
  /** L55: f+1 messages of any kind from a round r > round_p. */
  | { kind: 'RoundSkip'; round: Round }
  /** L57: OnTimeoutPropose(h, r). */
  | { kind: 'TimeoutPropose'; round: Round }
  /** L61: OnTimeoutPrevote(h, r). */
  | { kind: 'TimeoutPrevote'; round: Round }
  /** L65: OnTimeoutPrecommit(h, r). */
  | { kind: 'TimeoutPrecommit'; round: Round }

export type RoundInputKind = RoundInput['kind']
