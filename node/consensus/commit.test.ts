import { ed25519 } from '@noble/curves/ed25519.js'
import { describe, expect, it } from 'vitest'
import { blockTimeFromCommit, medianTime, voteTime, weightedMedian } from './block-time.js'
import { BlockIDFlag, buildCommit, verifyCommit } from './commit.js'
import { blockIdFor, signedVote, testKey, testValidatorSet } from './testing/keys.js'
import { advanceSchedule, genesisSchedule } from './validator-schedule.js'
import { ValidatorSet } from './validator-set.js'

const CHAIN = 'test-chain'
const { set, keys } = testValidatorSet([10n, 10n, 10n, 10n])
const B = blockIdFor('block')
const precommit = (i: number, ms: number, blockId = B) =>
  signedVote(set, keys[i]!, { type: 'precommit', height: 7n, round: 1, blockId, ms }, CHAIN)

describe('commits', () => {
  it('buildCommit fills one slot per validator in set order; verifyCommit accepts 3 of 4', () => {
    const commit = buildCommit(7n, 1, B, set, [precommit(0, 1000), precommit(2, 3000), precommit(3, 2000)])
    const flags = commit.signatures.map((s) => s.blockIdFlag)
    expect(flags.filter((f) => f === BlockIDFlag.BLOCK_ID_FLAG_COMMIT)).toHaveLength(3)
    expect(flags.filter((f) => f === BlockIDFlag.BLOCK_ID_FLAG_ABSENT)).toHaveLength(1)
    expect(() => verifyCommit(CHAIN, set, B, 7n, commit)).not.toThrow()
  })

  it('nil precommits are kept with the nil flag and do not count', () => {
    const nil = signedVote(set, keys[1]!, { type: 'precommit', height: 7n, round: 1 }, CHAIN)
    const commit = buildCommit(7n, 1, B, set, [precommit(0, 1), precommit(2, 1), nil])
    expect(commit.signatures.some((s) => s.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_NIL)).toBe(true)
    expect(() => verifyCommit(CHAIN, set, B, 7n, commit)).toThrow(/INVALID_COMMIT.*only 20 of 40/)
  })

  it('rejects wrong height, wrong block, a forged signature and a different chain id', () => {
    const commit = buildCommit(
      7n,
      1,
      B,
      set,
      [0, 1, 2].map((i) => precommit(i, 1)),
    )
    expect(() => verifyCommit(CHAIN, set, B, 8n, commit)).toThrow(/height/)
    expect(() => verifyCommit(CHAIN, set, blockIdFor('other'), 7n, commit)).toThrow(/expected/)
    const forged = structuredClone(commit)
    forged.signatures[0]!.signature = new Uint8Array(64).fill(1)
    expect(() => verifyCommit(CHAIN, set, B, 7n, forged)).toThrow(/does not verify/)
    expect(() => verifyCommit('other-chain', set, B, 7n, commit)).toThrow(/does not verify/)
    const short = { ...commit, signatures: commit.signatures.slice(1) }
    expect(() => verifyCommit(CHAIN, set, B, 7n, short)).toThrow(/3 signatures for 4 validators/)
  })
})

describe('BFT time', () => {
  it('weightedMedian picks the time where half the weight is reached (CometBFT WeightedMedian)', () => {
    const t = (s: bigint) => ({ seconds: s, nanos: 0 })
    // types/time/time_test.go TestWeightedMedian: faulty 33 at t1, correct 40 at t1+5 s and 27 at t1+10 s.
    expect(
      weightedMedian([
        { time: t(105n), weight: 40n },
        { time: t(110n), weight: 27n },
        { time: t(100n), weight: 33n },
      ]),
    ).toEqual(t(105n))
    // Integer half of the total: with three equal weights the lower middle is reached first.
    expect(
      weightedMedian([
        { time: t(3n), weight: 1n },
        { time: t(1n), weight: 1n },
        { time: t(2n), weight: 1n },
      ]),
    ).toEqual(t(1n))
    expect(
      weightedMedian([
        { time: t(1n), weight: 10n },
        { time: t(100n), weight: 1n },
        { time: t(50n), weight: 1n },
      ]),
    ).toEqual(t(1n))
  })

  it('a fast clock with less than 1/3 of the power cannot drag the time', () => {
    const commit = buildCommit(7n, 1, B, set, [
      precommit(0, 10_000),
      precommit(1, 10_001),
      precommit(2, 10_002),
      precommit(3, 99_000_000),
    ])
    expect(medianTime(commit, set)).toEqual({ seconds: 10n, nanos: 1_000_000 })
  })

  it('blockTimeFromCommit never goes backwards: at least previous + 1 ms', () => {
    const commit = buildCommit(
      7n,
      1,
      B,
      set,
      [0, 1, 2].map((i) => precommit(i, 5_000)),
    )
    expect(blockTimeFromCommit(commit, set, { seconds: 9n, nanos: 0 })).toEqual({
      seconds: 9n,
      nanos: 1_000_000,
    })
    expect(blockTimeFromCommit(commit, set, { seconds: 1n, nanos: 0 })).toEqual({ seconds: 5n, nanos: 0 })
  })

  it('voteTime is local time but never before the voted block time + 1 ms', () => {
    expect(voteTime({ seconds: 1n, nanos: 0 }, { seconds: 5n, nanos: 999_500_000 })).toEqual({
      seconds: 6n,
      nanos: 500_000,
    })
    expect(voteTime({ seconds: 9n, nanos: 0 }, { seconds: 5n, nanos: 0 })).toEqual({ seconds: 9n, nanos: 0 })
  })
})

describe('validator schedule', () => {
  it('end-block updates at height H take effect at H+2', () => {
    const pub = (i: number) => ed25519.getPublicKey(testKey(i))
    const genesis = ValidatorSet.create([0, 1, 2].map((i) => ({ pubKey: pub(i), power: 10n })))
    const h1 = genesisSchedule(1n, genesis)
    const h2 = advanceSchedule(h1, [{ pubKey: pub(3), power: 10n }]) // end-block of height 1
    expect(h2.height).toBe(2n)
    expect(h2.validators.size).toBe(3)
    expect(h2.nextValidators.size).toBe(4)
    expect(h2.lastHeightValidatorsChanged).toBe(3n)
    const h3 = advanceSchedule(h2, [])
    expect(h3.validators.size).toBe(4)
    expect(h3.lastValidators?.size).toBe(3)
  })
})
