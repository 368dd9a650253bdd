import { describe, expect, it } from 'vitest'
import { runDp } from './dp-aggregates.js'
import { jobNoiseSeed, seededBytes, seededSource } from './job-noise.js'

const key = new Uint8Array(32).fill(7)
const csv = `age\n${Array.from({ length: 1000 }, (_, i) => i % 100).join('\n')}\n`

describe('job noise', () => {
  it('gives every executor of a job the same result, and another job other noise', () => {
    const req = {
      algorithm: 'dp-mean' as const,
      column: 'age',
      epsilonMicro: 5_000_000n,
      lower: 0,
      upper: 100,
    }
    const run = (job: bigint) => runDp(csv, req, seededSource(jobNoiseSeed(key, 'c', job, 'ab'))).value
    expect(run(1n)).toBe(run(1n))
    expect(run(1n)).not.toBe(run(2n))
    const otherKey = runDp(csv, req, seededSource(jobNoiseSeed(new Uint8Array(32), 'c', 1n, 'ab'))).value
    expect(otherKey).not.toBe(run(1n))
  })

  it('reads SHA-256 counter blocks in order, whatever the chunking', () => {
    const a = seededBytes(new Uint8Array(32).fill(1))
    const b = seededBytes(new Uint8Array(32).fill(1))
    const whole = a(100)
    const parts = [b(1), b(31), b(33), b(35)]
    expect(Buffer.concat(parts)).toEqual(Buffer.from(whole))
    expect(() => seededBytes(new Uint8Array(16))).toThrow(/32 bytes/)
  })

  it('draws uniform integers below a bound without bias', () => {
    const r = seededSource(new Uint8Array(32).fill(3))
    const counts = [0, 0, 0]
    for (let i = 0; i < 30_000; i++) counts[Number(r.below(3n))]!++
    // each ≈ 10,000 with sd ≈ 82: 5 sd
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(410)
    expect(r.below(1n)).toBe(0n)
    expect(() => r.below(0n)).toThrow(RangeError)
  })
})
