import { describe, expect, it } from 'vitest'
import { BlockIDFlag, buildCommit, verifyCommit } from './commit.js'
import { freshLastCommit } from './previous-height.js'
import { blockIdFor, signedVote, testValidatorSet } from './testing/keys.js'
import { advanceSchedule, genesisSchedule } from './validator-schedule.js'
import { VoteKeeper } from './vote-keeper.js'

const CHAIN = 'test-chain'
const { set, keys } = testValidatorSet([10n, 10n, 10n, 10n])
const B = blockIdFor('decided')
const precommit = (i: number) =>
  signedVote(set, keys[i]!, { type: 'precommit', height: 1n, round: 0, blockId: B }, CHAIN)
const schedule = advanceSchedule(genesisSchedule(1n, set), [])
const flags = (c: { signatures: { blockIdFlag: number }[] }) =>
  c.signatures.filter((s) => s.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_COMMIT).length

describe('freshLastCommit', () => {
  it('fills late precommits into the stored commit', () => {
    const keeper = new VoteKeeper(1n, set)
    for (const i of [0, 1, 2]) keeper.addVote(precommit(i))
    const stored = buildCommit(1n, 0, B, set, keeper.votes(0, 'precommit'))
    keeper.addVote(precommit(3))
    const fresh = freshLastCommit({ keeper, round: 0, blockId: B }, stored, schedule)!
    expect(flags(stored)).toBe(3)
    expect(flags(fresh)).toBe(4)
    expect(() => verifyCommit(CHAIN, set, B, 1n, fresh)).not.toThrow()
  })

  it('keeps a synced commit when our own keeper saw fewer precommits', () => {
    const keeper = new VoteKeeper(1n, set)
    keeper.addVote(precommit(0))
    const synced = buildCommit(1n, 0, B, set, [1, 2, 3].map(precommit))
    const fresh = freshLastCommit({ keeper, round: 0, blockId: B }, synced, schedule)!
    expect(flags(fresh)).toBe(4)
    expect(() => verifyCommit(CHAIN, set, B, 1n, fresh)).not.toThrow()
    const otherRound = { ...synced, round: 3 }
    expect(freshLastCommit({ keeper, round: 0, blockId: B }, otherRound, schedule)).toBe(otherRound)
  })
})
