import { describe, expect, it } from 'vitest'
import { runDp } from './dp-aggregates.js'
import { jobNoiseSeed, seededUniform } from './job-noise.js'

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
    const run = (job: bigint) => runDp(csv, req, seededUniform(jobNoiseSeed(key, 'c', job, 'ab'))).value
    expect(run(1n)).toBe(run(1n))
    expect(run(1n)).not.toBe(run(2n))
    const otherKey = runDp(csv, req, seededUniform(jobNoiseSeed(new Uint8Array(32), 'c', 1n, 'ab'))).value
    expect(otherKey).not.toBe(run(1n))
  })

  it('draws uniforms in (0, 1) with a plausible mean', () => {
    const u = seededUniform(new Uint8Array(32).fill(1))
    let sum = 0
    for (let i = 0; i < 20_000; i++) {
      const x = u()
      expect(x > 0 && x < 1).toBe(true)
      sum += x
    }
    expect(Math.abs(sum / 20_000 - 0.5)).toBeLessThan(0.01)
  })
})
