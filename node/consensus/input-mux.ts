// Turns the message log (proposals + votes) into the next state-machine input, in the order that
// matters: decide first (L49), then skip ahead (L55), then the current round's rules. "First time"
// rules (L34, L36, L47) fire once per round, tracked in `fired`.
import type { ProposalKeeper } from './proposal-keeper.js'
import type { RoundInput } from './round-input.js'
import { type RoundState, stepAtLeast } from './round-state.js'
import type { VoteKeeper } from './vote-keeper.js'

export function nextInput<B>(
  state: RoundState,
  votes: VoteKeeper,
  proposals: ProposalKeeper<B>,
  fired: Set<string>,
): RoundInput | undefined {
  if (state.step === 'commit' || state.step === 'unstarted') return undefined
  // L49: 2f+1 precommits for v in any round r, plus the proposal of v. Like CometBFT's enterCommit we
  // accept the block from any round's valid proposal: the value, not the round it came in, is decided.
  for (const round of votes.roundsWithVotes()) {
    const value = votes.quorumValue(round, 'precommit')
    if (value !== undefined && proposals.isKnownValid(value)) {
      return { kind: 'ProposalAndPrecommitValue', round, value }
    }
  }
  // L55: f+1 of the power already moved to a higher round.
  const skip = votes.highestSkipRound(state.round)
  if (skip !== undefined) return { kind: 'RoundSkip', round: skip }

  const r = state.round
  const proposal = proposals.get(r)
  if (state.step === 'propose' && proposal !== undefined && proposal.valid !== undefined) {
    const vr = proposal.msg.proposal.polRound
    if (vr === -1) {
      return proposal.valid
        ? { kind: 'Proposal', round: r, value: proposal.value }
        : { kind: 'InvalidProposal', round: r }
    }
    // L28: the re-proposal's POL round must hold 2f+1 prevotes for the value.
    if (vr >= 0 && vr < r && votes.hasQuorumFor(vr, 'prevote', proposal.value)) {
      return proposal.valid
        ? { kind: 'ProposalAndPolkaPrevious', round: r, value: proposal.value, validRound: vr }
        : { kind: 'InvalidProposal', round: r }
    }
  }
  if (
    stepAtLeast(state.step, 'prevote') &&
    proposal?.valid === true &&
    votes.hasQuorumFor(r, 'prevote', proposal.value) &&
    once(fired, `L36/${r}`)
  ) {
    return { kind: 'ProposalAndPolkaCurrent', round: r, value: proposal.value }
  }
  if (state.step === 'prevote' && votes.hasQuorumFor(r, 'prevote', null))
    return { kind: 'PolkaNil', round: r }
  if (state.step === 'prevote' && votes.hasQuorumAny(r, 'prevote') && once(fired, `L34/${r}`)) {
    return { kind: 'PolkaAny', round: r }
  }
  if (votes.hasQuorumAny(r, 'precommit') && once(fired, `L47/${r}`)) return { kind: 'PrecommitAny', round: r }
  return undefined
}

function once(fired: Set<string>, key: string): boolean {
  if (fired.has(key)) return false
  fired.add(key)
  return true
}
