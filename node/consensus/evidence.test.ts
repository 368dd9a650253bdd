import { describe, expect, it } from 'vitest'
import {
  fromDuplicateVoteEvidence,
  toDuplicateVoteEvidence,
  toMisbehavior,
  verifyDuplicateVote,
} from './evidence.js'
import { blockIdFor, signedVote, testValidatorSet } from './testing/keys.js'
import { VoteKeeper } from './vote-keeper.js'

const CHAIN = 'test-chain'
const { set, keys } = testValidatorSet([10n, 10n, 10n, 10n])

function caught() {
  const k = new VoteKeeper(3n, set)
  k.addVote(
    signedVote(set, keys[2]!, { type: 'prevote', height: 3n, round: 1, blockId: blockIdFor('x') }, CHAIN),
  )
  const r = k.addVote(
    signedVote(set, keys[2]!, { type: 'prevote', height: 3n, round: 1, blockId: blockIdFor('y') }, CHAIN),
  )
  if (r.status !== 'equivocation') throw new Error('expected equivocation')
  return r.evidence
}

describe('duplicate-vote evidence', () => {
  it('verifies what the vote keeper caught', () => {
    expect(() => verifyDuplicateVote(CHAIN, set, caught())).not.toThrow()
  })

  it('rejects evidence with swapped order, a forged signature, wrong powers, or one vote twice', () => {
    const e = caught()
    expect(() => verifyDuplicateVote(CHAIN, set, { ...e, voteA: e.voteB, voteB: e.voteA })).toThrow(/ordered/)
    const forged = { ...e, voteB: { ...e.voteB, signature: new Uint8Array(64).fill(2) } }
    expect(() => verifyDuplicateVote(CHAIN, set, forged)).toThrow(/signature/)
    expect(() => verifyDuplicateVote(CHAIN, set, { ...e, validatorPower: 99n })).toThrow(/validator power/)
    expect(() => verifyDuplicateVote(CHAIN, set, { ...e, totalVotingPower: 1n })).toThrow(
      /total voting power/,
    )
    expect(() => verifyDuplicateVote(CHAIN, set, { ...e, voteB: e.voteA })).toThrow(/same block/)
    expect(() => verifyDuplicateVote('other', set, e)).toThrow(/signature/)
    const stranger = testValidatorSet([10n, 10n, 10n, 10n, 10n, 10n])
    expect(() => verifyDuplicateVote(CHAIN, stranger.set, e)).toThrow(/INVALID_VOTE/)
  })

  it('converts to protobuf evidence and ABCI misbehaviour and back', () => {
    const e = caught()
    const time = { seconds: 77n, nanos: 0 }
    const pb = toDuplicateVoteEvidence(e, time)
    expect(pb.timestamp).toEqual(time)
    expect(fromDuplicateVoteEvidence(pb)).toEqual(e)
    expect(toMisbehavior(e, time)).toMatchObject({
      type: 'duplicate_vote',
      power: 10n,
      height: 3n,
      totalVotingPower: 40n,
    })
    expect(() => fromDuplicateVoteEvidence({ ...pb, voteA: undefined })).toThrow(/missing/)
  })
})
