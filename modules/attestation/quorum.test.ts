import { describe, expect, it } from 'vitest'
import { commitmentOf } from './commitment.js'
import { executorWeight, nextReputation, quorumReached } from './quorum.js'

describe('iExec quorum rule', () => {
  it('weights follow max(score/3, 3) - 1', () => {
    expect(executorWeight(0)).toBe(2n)
    expect(executorWeight(11)).toBe(2n)
    expect(executorWeight(12)).toBe(3n)
    expect(executorWeight(30)).toBe(9n)
  })
  it('group × trust > total × (trust − 1), and at least the job minimum agree', () => {
    const q = { totalWeight: 6n, groupWeight: 4n, groupSize: 2, minExecutors: 2, trust: 2 }
    expect(quorumReached(q)).toBe(true)
    expect(quorumReached({ ...q, trust: 3 })).toBe(false)
    expect(quorumReached({ ...q, minExecutors: 3 })).toBe(false)
    expect(quorumReached({ ...q, groupWeight: 3n })).toBe(false)
  })
  it('reputation +1 agreeing, ×2/3 (floor) dissenting', () => {
    expect(nextReputation({ reputation: 4 }, true)).toBe(5)
    expect(nextReputation({ reputation: 4 }, false)).toBe(2)
    expect(nextReputation({ reputation: 0 }, false)).toBe(0)
  })
  it('a commitment binds the digest and the salt', () => {
    const d = 'ab'.repeat(32)
    expect(commitmentOf(d, '01'.repeat(16))).toMatch(/^[0-9a-f]{64}$/)
    expect(commitmentOf(d, '01'.repeat(16))).not.toBe(commitmentOf(d, '02'.repeat(16)))
  })
})
