// Shamir t-of-n secret sharing over the prime field GF(2^521 − 1) (a Mersenne prime, larger than any 32-byte
// secret). A share is the value of a random degree-(t − 1) polynomial with constant term = secret at x = 1..n;
// any t shares give the secret by Lagrange interpolation at 0, any t − 1 reveal nothing about it.
import type { RandomSource } from '../random-source.js'

export const FIELD_PRIME = (1n << 521n) - 1n

export interface Share {
  /** Evaluation point 1..n (the holder's participant number). */
  readonly x: bigint
  readonly y: bigint
}

export class ShamirError extends Error {
  constructor(
    readonly code: 'TOO_FEW_SHARES' | 'BAD_SHARES' | 'BAD_PARAMS',
    message: string,
  ) {
    super(message)
    this.name = 'ShamirError'
  }
}

const mod = (a: bigint): bigint => {
  const r = a % FIELD_PRIME
  return r < 0n ? r + FIELD_PRIME : r
}

function power(base: bigint, e: bigint): bigint {
  let result = 1n
  let b = mod(base)
  for (let k = e; k > 0n; k >>= 1n) {
    if (k & 1n) result = (result * b) % FIELD_PRIME
    b = (b * b) % FIELD_PRIME
  }
  return result
}

/** a⁻¹ by Fermat (the modulus is prime). */
const inverse = (a: bigint): bigint => power(a, FIELD_PRIME - 2n)

export function split(secret: bigint, threshold: number, holders: number, rng: RandomSource): Share[] {
  if (threshold < 1 || threshold > holders)
    throw new ShamirError('BAD_PARAMS', `threshold ${threshold} of ${holders} holders`)
  if (secret < 0n || secret >= FIELD_PRIME) throw new ShamirError('BAD_PARAMS', 'secret outside the field')
  const coefficients = [secret, ...Array.from({ length: threshold - 1 }, () => rng.below(FIELD_PRIME))]
  return Array.from({ length: holders }, (_, i) => {
    const x = BigInt(i + 1)
    let y = 0n
    for (let k = coefficients.length - 1; k >= 0; k--) y = (y * x + coefficients[k]!) % FIELD_PRIME
    return { x, y }
  })
}

/** The secret from at least `threshold` shares with distinct points (only the first `threshold` are used). */
export function combine(shares: readonly Share[], threshold: number): bigint {
  if (shares.length < threshold)
    throw new ShamirError('TOO_FEW_SHARES', `${shares.length} shares, ${threshold} needed`)
  const used = shares.slice(0, threshold)
  const xs = new Set(used.map((s) => s.x))
  if (xs.size !== used.length || used.some((s) => s.x <= 0n || s.x >= FIELD_PRIME))
    throw new ShamirError('BAD_SHARES', 'share points must be distinct and non-zero')
  let secret = 0n
  for (const [i, si] of used.entries()) {
    let num = 1n
    let den = 1n
    for (const [j, sj] of used.entries()) {
      if (i === j) continue
      num = (num * mod(-sj.x)) % FIELD_PRIME
      den = (den * mod(si.x - sj.x)) % FIELD_PRIME
    }
    secret = (secret + si.y * num * inverse(den)) % FIELD_PRIME
  }
  return secret
}
