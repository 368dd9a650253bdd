// The Laplace mechanism with noise from the OS CSPRNG (never Math.random): scale b = sensitivity / ε.
import { randomBytes } from 'node:crypto'

export type UniformSource = () => number

/** A uniform double in (0, 1) from 53 random bits; 0 is excluded so the logarithm stays finite. */
export const cryptoUniform: UniformSource = () => {
  for (;;) {
    const b = randomBytes(8)
    const bits = (b.readUInt32BE(0) >>> 5) * 2 ** 26 + (b.readUInt32BE(4) >>> 6)
    const u = bits / 2 ** 53
    if (u > 0) return u
  }
}

/** One Laplace(0, b) sample by inverse CDF. */
export function laplace(scale: number, uniform: UniformSource = cryptoUniform): number {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`Laplace scale ${scale} must be positive`)
  const u = uniform() - 0.5
  return -scale * Math.sign(u) * Math.log(1 - 2 * Math.abs(u))
}

/** The bound t with P(|noise| > t) = p for Laplace(b): t = b · ln(1/p). */
export const laplaceTail = (scale: number, p: number): number => scale * Math.log(1 / p)
