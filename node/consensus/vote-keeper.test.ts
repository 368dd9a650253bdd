import { describe, expect, it } from 'vitest'
import { isConsensusError } from './errors.js'
import { blockIdFor, signedVote, testValidatorSet } from './testing/keys.js'
import { toHex } from './types.js'
import { type AddVoteResult, isHonestShare, isQuorum, VoteKeeper } from './vote-keeper.js'

const V = blockIdFor('v')
const W = blockIdFor('w')
const vHex = toHex(V.hash)

function events(r: AddVoteResult) {
  return r.status === 'added' ? r.events.map((e) => e.kind) : []
}

describe('threshold arithmetic', () => {
  it('2f+1 is strictly more than two thirds, f+1 strictly more than one third', () => {
    expect(isQuorum(2n, 3n)).toBe(false)
    expect(isQuorum(3n, 4n)).toBe(true)
    expect(isQuorum(20n, 30n)).toBe(false)
    expect(isQuorum(21n, 30n)).toBe(true)
    expect(isHonestShare(1n, 3n)).toBe(false)
    expect(isHonestShare(2n, 4n)).toBe(true)
  })
})

describe('VoteKeeper', () => {
  const { set, keys } = testValidatorSet([10n, 10n, 10n, 10n])

  it('emits PolkaValue and PolkaAny once, when the third of four equal validators prevotes v', () => {
    const k = new VoteKeeper(1n, set)
    expect(
      events(k.addVote(signedVote(set, keys[0]!, { type: 'prevote', height: 1n, round: 0, blockId: V }))),
    ).toEqual([])
    expect(
      events(k.addVote(signedVote(set, keys[1]!, { type: 'prevote', height: 1n, round: 0, blockId: V }))),
    ).toEqual(['SkipRound'])
    const third = k.addVote(signedVote(set, keys[2]!, { type: 'prevote', height: 1n, round: 0, blockId: V }))
    expect(events(third)).toEqual(['PolkaValue', 'PolkaAny'])
    expect(third.status === 'added' && third.events[0]).toEqual({ kind: 'PolkaValue', round: 0, value: vHex })
    expect(
      events(k.addVote(signedVote(set, keys[3]!, { type: 'prevote', height: 1n, round: 0, blockId: V }))),
    ).toEqual([])
    expect(k.hasQuorumFor(0, 'prevote', vHex)).toBe(true)
    expect(k.quorumValue(0, 'prevote')).toBe(vHex)
  })

  it('split prevotes reach PolkaAny but no polka on a value; nil prevotes make PolkaNil', () => {
    const k = new VoteKeeper(1n, set)
    k.addVote(signedVote(set, keys[0]!, { type: 'prevote', height: 1n, round: 2, blockId: V }))
    k.addVote(signedVote(set, keys[1]!, { type: 'prevote', height: 1n, round: 2, blockId: W }))
    expect(events(k.addVote(signedVote(set, keys[2]!, { type: 'prevote', height: 1n, round: 2 })))).toEqual([
      'PolkaAny',
    ])
    expect(k.quorumValue(2, 'prevote')).toBeUndefined()
    const k2 = new VoteKeeper(1n, set)
    for (const key of keys.slice(0, 2))
      k2.addVote(signedVote(set, key, { type: 'prevote', height: 1n, round: 0 }))
    expect(events(k2.addVote(signedVote(set, keys[2]!, { type: 'prevote', height: 1n, round: 0 })))).toEqual([
      'PolkaNil',
      'PolkaAny',
    ])
  })

  it('weights votes by power: one validator with more than 2/3 makes a quorum alone', () => {
    const heavy = testValidatorSet([70n, 10n, 10n, 10n])
    const k = new VoteKeeper(1n, heavy.set)
    const r = k.addVote(
      signedVote(heavy.set, heavy.keys[0]!, { type: 'precommit', height: 1n, round: 0, blockId: V }),
    )
    expect(events(r)).toEqual(['SkipRound', 'PrecommitValue', 'PrecommitAny'])
  })

  it('SkipRound fires when validators with more than 1/3 of the power vote in a round', () => {
    const k = new VoteKeeper(1n, set)
    k.addVote(signedVote(set, keys[0]!, { type: 'prevote', height: 1n, round: 5 }))
    expect(k.highestSkipRound(0)).toBeUndefined()
    k.addVote(signedVote(set, keys[1]!, { type: 'precommit', height: 1n, round: 5 }))
    expect(k.highestSkipRound(0)).toBe(5)
    expect(k.highestSkipRound(5)).toBeUndefined()
  })

  it('counts an identical vote once and reports it as a duplicate', () => {
    const k = new VoteKeeper(1n, set)
    const vote = signedVote(set, keys[0]!, { type: 'prevote', height: 1n, round: 0, blockId: V })
    k.addVote(vote)
    expect(k.addVote(vote).status).toBe('duplicate')
    expect(k.powerFor(0, 'prevote', vHex)).toBe(10n)
  })

  it('keeps two different votes from one validator as duplicate-vote evidence, counted once', () => {
    const k = new VoteKeeper(1n, set)
    const a = signedVote(set, keys[1]!, { type: 'precommit', height: 1n, round: 0, blockId: V })
    const b = signedVote(set, keys[1]!, { type: 'precommit', height: 1n, round: 0, blockId: W })
    k.addVote(a)
    const r = k.addVote(b)
    expect(r.status).toBe('equivocation')
    if (r.status !== 'equivocation') return
    expect(r.evidence.validatorPower).toBe(10n)
    expect(r.evidence.totalVotingPower).toBe(40n)
    const ids = [toHex(r.evidence.voteA.blockId.hash), toHex(r.evidence.voteB.blockId.hash)]
    expect([...ids].sort()).toEqual(ids)
    expect(k.powerFor(0, 'precommit', toHex(W.hash))).toBe(0n)
    expect(k.allEvidence()).toHaveLength(1)
    // A nil vote after a value vote is equivocation too.
    expect(k.addVote(signedVote(set, keys[1]!, { type: 'precommit', height: 1n, round: 0 })).status).toBe(
      'equivocation',
    )
    expect(k.allEvidence()).toHaveLength(1)
  })

  it('rejects unknown validators, wrong heights and bad types with typed errors', () => {
    const k = new VoteKeeper(1n, set)
    const other = testValidatorSet([10n, 10n, 10n, 10n, 10n])
    const stranger = signedVote(other.set, other.keys[4]!, { type: 'prevote', height: 1n, round: 0 })
    expect(() => k.addVote({ ...stranger, validatorIndex: 0 })).toThrow(/UNKNOWN_VALIDATOR/)
    expect(() => k.addVote({ ...stranger, validatorIndex: 9 })).toThrow(/UNKNOWN_VALIDATOR/)
    const wrongHeight = signedVote(set, keys[0]!, { type: 'prevote', height: 2n, round: 0 })
    try {
      k.addVote(wrongHeight)
      expect.unreachable()
    } catch (err) {
      expect(isConsensusError(err, 'WRONG_HEIGHT')).toBe(true)
    }
    expect(() => k.addVote({ ...wrongHeight, height: 1n, type: 32 })).toThrow(/INVALID_VOTE/)
    expect(() => k.addVote({ ...wrongHeight, height: 1n, round: -1 })).toThrow(/INVALID_VOTE/)
  })
})
