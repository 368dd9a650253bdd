// Pieces of crash recovery that need no driver state: finding our own logged proposals (so a restarted
// proposer re-sends the same block instead of signing a new one) and restoring the lock implied by our
// own logged precommits (a validator that forgets its lock is, in effect, byzantine).
import type { WalRecord } from './consensus-wal.js'
import type { ProposalMessage } from './driver-types.js'
import type { ProposalKeeper } from './proposal-keeper.js'
import type { RoundState } from './round-state.js'
import type { Round } from './types.js'
import { bytesEqual, valueIdOf } from './types.js'
import type { VoteKeeper } from './vote-keeper.js'

export function ownProposalsIn<B>(
  records: readonly WalRecord[],
  me: Uint8Array,
  proposerOf: (round: Round) => Uint8Array,
  decodeBlock: (bytes: Uint8Array) => B,
): Map<Round, ProposalMessage<B>> {
  const own = new Map<Round, ProposalMessage<B>>()
  for (const r of records) {
    if (r.kind !== 'proposal' || !bytesEqual(proposerOf(r.proposal.round), me)) continue
    own.set(r.proposal.round, { proposal: r.proposal, block: decodeBlock(r.block) })
  }
  return own
}

/** Our latest non-nil precommit is at least our lock, whatever order the replay took. */
export function lockFromOwnPrecommits<B>(
  state: RoundState,
  votes: VoteKeeper,
  proposals: ProposalKeeper<B>,
  me: Uint8Array,
): RoundState {
  let s = state
  for (const round of votes.roundsWithVotes()) {
    const own = votes.votes(round, 'precommit').find((v) => bytesEqual(v.validatorAddress, me))
    const value = own === undefined ? null : valueIdOf(own.blockId)
    if (value === null || proposals.block(value) === undefined) continue
    if (s.locked === undefined || s.locked.round < round) {
      const lock = { value, round }
      s = { ...s, locked: lock, valid: s.valid === undefined || s.valid.round < round ? lock : s.valid }
    }
  }
  return s
}
