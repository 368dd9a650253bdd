// Exact uniform integers from a byte source: everything the DP mechanisms draw is an integer below a bound,
// sampled by rejection (no floating point, no modulo bias), so the same bytes give the same samples anywhere.
import { randomBytes } from 'node:crypto'

export interface RandomSource {
  /** A uniform integer in [0, n), n ≥ 1. */
  below(n: bigint): bigint
}

/** A RandomSource over any byte stream: draws ⌈bits/8⌉ bytes, masks to bitLength(n − 1), rejects ≥ n. */
export function sourceOf(bytes: (count: number) => Uint8Array): RandomSource {
  return {
    below(n: bigint): bigint {
      if (n < 1n) throw new RangeError(`uniform bound ${n} must be at least 1`)
      if (n === 1n) return 0n
      const bits = (n - 1n).toString(2).length
      const mask = (1n << BigInt(bits)) - 1n
      const count = Math.ceil(bits / 8)
      for (;;) {
        let x = 0n
        for (const b of bytes(count)) x = (x << 8n) | BigInt(b)
        x &= mask
        if (x < n) return x
      }
    },
  }
}

/** The OS CSPRNG (never Math.random): for draws nobody needs to reproduce. */
export const cryptoSource: RandomSource = sourceOf((count) => randomBytes(count))
