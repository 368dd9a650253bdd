import { ed25519 } from '@noble/curves/ed25519.js'
import { describe, expect, it } from 'vitest'
import { incrementProposerPriority, type PrioritizedValidator } from './proposer-priority.js'
import { testKey } from './testing/keys.js'
import { addressOf, ValidatorSet } from './validator-set.js'

const named = (name: string, power: bigint): PrioritizedValidator => ({
  address: new TextEncoder().encode(name),
  power,
  proposerPriority: 0n,
})
const nameOf = (v: PrioritizedValidator) => new TextDecoder().decode(v.address)

/** NewValidatorSet + GetProposer + IncrementProposerPriority(1), as CometBFT's tests drive it. */
function sequence(vals: PrioritizedValidator[], n: number): PrioritizedValidator[] {
  let proposer = incrementProposerPriority(vals, 1)
  const out: PrioritizedValidator[] = []
  for (let i = 0; i < n; i++) {
    out.push(proposer)
    proposer = incrementProposerPriority(vals, 1)
  }
  return out
}

describe('proposer selection matches CometBFT types/validator_set_test.go', () => {
  it('TestProposerSelection1: foo 1000, bar 300, baz 330 for 99 heights', () => {
    const got = sequence([named('foo', 1000n), named('bar', 300n), named('baz', 330n)], 99).map(nameOf)
    const expected =
      'foo baz foo bar foo foo baz foo bar foo foo baz foo foo bar foo baz foo foo bar' +
      ' foo foo baz foo bar foo foo baz foo bar foo foo baz foo foo bar foo baz foo foo bar' +
      ' foo baz foo foo bar foo baz foo foo bar foo baz foo foo foo baz bar foo foo foo baz' +
      ' foo bar foo foo baz foo bar foo foo baz foo bar foo foo baz foo bar foo foo baz foo' +
      ' foo bar foo baz foo foo bar foo baz foo foo bar foo baz foo foo'
    expect(got.join(' ')).toBe(expected)
  })

  const addr = (i: number) => {
    const a = new Uint8Array(20)
    a[19] = i
    return a
  }
  const v = (i: number, power: bigint): PrioritizedValidator => ({
    address: addr(i),
    power,
    proposerPriority: 0n,
  })

  it('TestProposerSelection2: equal power goes in address order', () => {
    const got = sequence([v(0, 100n), v(1, 100n), v(2, 100n)], 15).map((p) => p.address[19])
    expect(got).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2])
  })

  it('TestProposerSelection2: 400 proposes once then the smallest address; 401 proposes twice', () => {
    expect(sequence([v(0, 100n), v(1, 100n), v(2, 400n)], 2).map((p) => p.address[19])).toEqual([2, 0])
    expect(sequence([v(0, 100n), v(1, 100n), v(2, 401n)], 3).map((p) => p.address[19])).toEqual([2, 2, 0])
  })

  it('TestProposerSelection2: proposals are proportional to power (4:5:3 over 120 heights)', () => {
    const counts = [0, 0, 0]
    for (const p of sequence([v(0, 4n), v(1, 5n), v(2, 3n)], 120)) counts[p.address[19]!]!++
    expect(counts).toEqual([40, 50, 30])
  })

  it('TestAveragingInIncrementProposerPriorityWithVotingPower: priorities after 1..11 steps', () => {
    const total = 12n
    const want: [number, bigint[], number][] = [
      [1, [10n - total, 1n, 1n], 0],
      [2, [2n * (10n - total), 2n, 2n], 0],
      [3, [3n * (10n - total), 3n, 3n], 0],
      [4, [4n * (10n - total), 4n, 4n], 0],
      [5, [4n * (10n - total) + 10n, 5n - total, 5n], 1],
      [6, [60n - 5n * total, 6n - total, 6n], 0],
      [7, [70n - 6n * total, 7n - total, 7n], 0],
      [8, [80n - 7n * total, 8n - total, 8n], 0],
      [9, [90n - 7n * total, 9n - total, 9n - total], 2],
      [10, [100n - 8n * total, 10n - total, 10n - total], 0],
      [11, [110n - 9n * total, 11n - total, 11n - total], 0],
    ]
    for (const [times, priorities, proposer] of want) {
      const vals = [v(0, 10n), v(1, 1n), v(2, 1n)]
      const p = incrementProposerPriority(vals, times)
      expect(
        vals.map((x) => x.proposerPriority),
        `times ${times}`,
      ).toEqual(priorities)
      expect(p.address[19], `times ${times}`).toBe(proposer)
    }
  })

  it('rejects an empty set and non-positive times', () => {
    expect(() => incrementProposerPriority([], 1)).toThrow(RangeError)
    expect(() => incrementProposerPriority([v(0, 1n)], 0)).toThrow(RangeError)
  })
})

describe('ValidatorSet', () => {
  const pub = (i: number) => ed25519.getPublicKey(testKey(i))

  it('orders by power descending then address, with ed25519 addresses', () => {
    const set = ValidatorSet.create([
      { pubKey: pub(0), power: 5n },
      { pubKey: pub(1), power: 9n },
      { pubKey: pub(2), power: 5n },
    ])
    expect(set.validators[0]!.power).toBe(9n)
    expect(
      Buffer.compare(Buffer.from(set.validators[1]!.address), Buffer.from(set.validators[2]!.address)),
    ).toBe(-1)
    expect(set.byAddress(addressOf(pub(1)))?.power).toBe(9n)
    expect(set.totalPower).toBe(19n)
  })

  it('proposerForRound(r) equals the proposer after r more rotation steps', () => {
    const set = ValidatorSet.create([0, 1, 2, 3].map((i) => ({ pubKey: pub(i), power: 10n })))
    expect(set.proposerForRound(0)).toBe(set.proposer)
    expect(set.proposerForRound(2).address).toEqual(set.incremented(1).incremented(1).proposer.address)
  })

  it('withUpdates adds at -1.125 × total, changes power, removes at 0, and refuses bad changes', () => {
    const set = ValidatorSet.create([0, 1, 2].map((i) => ({ pubKey: pub(i), power: 10n })))
    const grown = set.withUpdates([{ pubKey: pub(3), power: 10n }])
    expect(grown.size).toBe(4)
    const newcomer = grown.byAddress(addressOf(pub(3)))!
    expect(newcomer.proposerPriority < 0n).toBe(true)
    expect(grown.withUpdates([{ pubKey: pub(0), power: 0n }]).size).toBe(3)
    expect(grown.withUpdates([{ pubKey: pub(1), power: 30n }]).validators[0]!.power).toBe(30n)
    expect(() => set.withUpdates([{ pubKey: pub(9), power: 0n }])).toThrow(/INVALID_VALIDATOR_SET/)
    expect(() => set.withUpdates([0, 1, 2].map((i) => ({ pubKey: pub(i), power: 0n })))).toThrow(
      /every validator/,
    )
    expect(() => set.withUpdates([{ pubKey: new Uint8Array(3), power: 1n }])).toThrow(/32 bytes/)
  })
})
