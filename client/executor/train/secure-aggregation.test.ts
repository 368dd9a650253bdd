// Secure aggregation: masks cancel in the sum; a participant that drops after sharing is recovered; a single
// masked vector is uniform (chi-square on its bytes, fixed printed seed); fewer than t answers fails with a
// typed error; a participant never reveals both secrets of the same peer; Shamir round-trips.
import { describe, expect, it } from 'vitest'
import { seededSource } from '../job-noise.js'
import { type SecAggConfig, SecAggError, SecAggParticipant, secureSumInMemory } from './secure-aggregation.js'
import { combine, FIELD_PRIME, ShamirError, split } from './shamir.js'

const SEED = 0x5a
const rngFor = (i: number) => seededSource(new Uint8Array(32).fill(SEED + i))
const rngs = (n: number) => Array.from({ length: n }, (_, i) => rngFor(i))
const config = (n: number, t: number, length: number): SecAggConfig => ({
  participants: n,
  threshold: t,
  length,
  context: new TextEncoder().encode('test-job|round-1'),
})
const inputsFor = (n: number, length: number) =>
  Array.from({ length: n }, (_, i) =>
    Array.from({ length }, (_, k) => (BigInt((i + 1) * 1000 + k) * (k % 2 ? -1n : 1n)) << 20n),
  )
const plainSum = (xs: bigint[][], ids: number[]) =>
  xs[0]!.map((_, k) => ids.reduce((s, id) => s + xs[id - 1]![k]!, 0n))

describe('Shamir t-of-n', () => {
  it('any t shares rebuild the secret; t − 1 is refused', () => {
    const rng = rngFor(1)
    const secret = rng.below(1n << 256n)
    const shares = split(secret, 3, 5, rng)
    expect(combine([shares[4]!, shares[0]!, shares[2]!], 3)).toBe(secret)
    expect(combine(shares.slice(1, 4), 3)).toBe(secret)
    expect(() => combine(shares.slice(0, 2), 3)).toThrow(ShamirError)
    expect(() => combine([shares[0]!, shares[0]!, shares[1]!], 3)).toThrow(ShamirError)
    expect(() => split(FIELD_PRIME, 2, 3, rng)).toThrow(ShamirError)
    expect(() => split(1n, 4, 3, rng)).toThrow(ShamirError)
  })
})

describe('secure aggregation', () => {
  it('masks cancel: the sum over everyone is exact', () => {
    const xs = inputsFor(5, 16)
    const { sum } = secureSumInMemory(config(5, 3, 16), xs, rngs(5))
    expect(sum).toEqual(plainSum(xs, [1, 2, 3, 4, 5]))
  })

  it('a participant that drops after sharing is unmasked away; the sum is over the survivors', () => {
    const xs = inputsFor(5, 16)
    const { sum, survivors } = secureSumInMemory(config(5, 3, 16), xs, rngs(5), {
      afterSharing: new Set([2, 5]),
    })
    expect(survivors).toEqual([1, 3, 4])
    expect(sum).toEqual(plainSum(xs, [1, 3, 4]))
  })

  it('survivors that go quiet in unmasking are tolerated down to t answers', () => {
    const xs = inputsFor(5, 8)
    const { sum } = secureSumInMemory(config(5, 3, 8), xs, rngs(5), {
      afterSharing: new Set([1]),
      beforeUnmasking: new Set([4]),
    })
    expect(sum).toEqual(plainSum(xs, [2, 3, 4, 5]))
  })

  it('too few survivors fails with TOO_FEW_SURVIVORS', () => {
    const xs = inputsFor(5, 8)
    let error: unknown
    try {
      secureSumInMemory(config(5, 3, 8), xs, rngs(5), {
        afterSharing: new Set([1, 2]),
        beforeUnmasking: new Set([3]),
      })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SecAggError)
    expect((error as SecAggError).code).toBe('TOO_FEW_SURVIVORS')
  })

  it('a single masked vector is uniform mod 2^64 (chi-square on every byte position)', () => {
    // the input is all zeros: if masking leaked anything, the bytes would not be uniform
    const length = 4096
    console.log(`uniformity seeds 0x${SEED.toString(16)}+i`)
    const cfg = config(3, 2, length)
    const parties = [1, 2, 3].map((id) => new SecAggParticipant(id, cfg, rngFor(id)))
    const ads = parties.map((p) => p.advertise())
    for (const p of parties) p.shareKeys(ads)
    const y = parties[0]!.maskedInput(new Array<bigint>(length).fill(0n), [1, 2, 3])
    // 255 degrees of freedom: P(χ² > 330.5) = 0.001
    for (const shift of [0n, 24n, 56n]) {
      const counts = new Array<number>(256).fill(0)
      for (const v of y) counts[Number((v >> shift) & 255n)]!++
      const expected = length / 256
      const chi = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0)
      expect(chi).toBeLessThan(330.5)
    }
  })

  it('shares are sealed to their recipient: a tampered, relabelled or misdelivered one is refused', () => {
    const cfg = config(3, 2, 4)
    const parties = [1, 2, 3].map((id) => new SecAggParticipant(id, cfg, rngFor(id)))
    const ads = parties.map((p) => p.advertise())
    const sealed = parties.flatMap((p) => p.shareKeys(ads))
    const toTwo = sealed.filter((s) => s.to === 2)
    const tampered = toTwo.map((s, i) =>
      i === 0 ? { ...s, sealed: s.sealed.map((b, k) => (k === 5 ? b ^ 1 : b)) } : s,
    )
    let error: unknown
    try {
      parties[1]!.receiveShares(tampered)
    } catch (e) {
      error = e
    }
    expect((error as SecAggError).code).toBe('PROTOCOL')
    // sealed under the wrong direction's key (a share from 1 relabelled as from 3) fails too
    expect(() => parties[1]!.receiveShares([{ ...toTwo[0]!, from: 3 }])).toThrow(SecAggError)
    expect(() => parties[0]!.receiveShares(toTwo)).toThrow(SecAggError)
    parties[1]!.receiveShares(toTwo)
  })

  it('a participant refuses to reveal both secrets of one peer', () => {
    const cfg = config(3, 2, 4)
    const p = new SecAggParticipant(1, cfg, rngFor(1))
    expect(() => p.reveal([2, 3], [3])).toThrow(SecAggError)
  })

  it('refuses bad parameters and inputs that could overflow the ring', () => {
    expect(() => new SecAggParticipant(1, config(4, 2, 4), rngFor(1))).toThrow(SecAggError) // t ≤ n/2
    expect(() => new SecAggParticipant(4, config(3, 2, 4), rngFor(1))).toThrow(SecAggError)
    const cfg = config(2, 2, 1)
    const parties = [1, 2].map((id) => new SecAggParticipant(id, cfg, rngFor(id)))
    const ads = parties.map((p) => p.advertise())
    for (const p of parties) p.shareKeys(ads)
    expect(() => parties[0]!.maskedInput([1n << 62n], [1, 2])).toThrow(SecAggError)
    expect(() => parties[0]!.maskedInput([1n, 2n], [1, 2])).toThrow(SecAggError)
  })
})
