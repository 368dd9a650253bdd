// LegacyDec: cosmos-sdk's 18-digit fixed-point decimal, kept as a bigint of atomics (value × 10^18).
// Protobuf carries the atomics as a decimal integer string; amino and REST JSON carry "1.000000000000000000".
// Rounding follows the SDK: Mul/Quo round half to even, the *Truncate variants cut toward zero.

export const DEC_PRECISION = 18
export const DEC_ONE = 10n ** 18n

/** A decimal, in atomics (1.0 = 10^18). */
export type Dec = bigint

const HALF = DEC_ONE / 2n

export const decFromInt = (i: bigint): Dec => i * DEC_ONE

/** Divides by 10^18 with half-to-even rounding on what is cut off (cosmos `chopPrecisionAndRound`). */
function chopRound(x: bigint): bigint {
  if (x < 0n) return -chopRound(-x)
  const quo = x / DEC_ONE
  const rem = x % DEC_ONE
  if (rem < HALF) return quo
  if (rem > HALF) return quo + 1n
  return quo % 2n === 0n ? quo : quo + 1n
}

function truncDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new RangeError('division by zero')
  return a / b
}

export const decMul = (a: Dec, b: Dec): Dec => chopRound(a * b)
export const decMulTruncate = (a: Dec, b: Dec): Dec => (a * b) / DEC_ONE
export const decMulInt = (a: Dec, i: bigint): Dec => a * i
/** a / b: the SDK first divides at 36 digits (truncating), then rounds the last 18 half to even. */
export const decQuo = (a: Dec, b: Dec): Dec => chopRound(truncDiv(a * DEC_ONE * DEC_ONE, b))
export const decQuoTruncate = (a: Dec, b: Dec): Dec => {
  if (b === 0n) throw new RangeError('division by zero')
  return (a * DEC_ONE) / b
}
/** a / b rounded up (positive operands), cosmos `QuoRoundUp`. */
export const decQuoRoundUp = (a: Dec, b: Dec): Dec => {
  const wide = truncDiv(a * DEC_ONE * DEC_ONE, b)
  const q = wide / DEC_ONE
  return wide % DEC_ONE === 0n || wide < 0n ? q : q + 1n
}
export const decQuoInt = (a: Dec, i: bigint): Dec => {
  if (i === 0n) throw new RangeError('division by zero')
  return a / i
}
/** The integer part, cut toward zero (cosmos `TruncateInt`). */
export const decTruncateInt = (a: Dec): bigint => a / DEC_ONE
/** The nearest integer, halves to even (cosmos `RoundInt`). */
export const decRoundInt = (a: Dec): bigint => chopRound(a)
/** The smallest integer not below a (cosmos `Ceil().TruncateInt()`). */
export const decCeilInt = (a: Dec): bigint => {
  const q = a / DEC_ONE
  return a % DEC_ONE === 0n || a < 0n ? q : q + 1n
}

/** Parses the protobuf form: a signed integer string of atomics; empty is zero (gogoproto nullable Dec). */
export function decFromAtomics(s: string): Dec {
  if (s === '') return 0n
  if (!/^-?\d{1,100}$/.test(s)) throw new RangeError(`invalid decimal atomics: ${JSON.stringify(s)}`)
  return BigInt(s)
}

export const decToAtomics = (d: Dec): string => d.toString()

/** "1.500000000000000000", as LegacyDec.String() (amino JSON, events, REST). */
export function decToString(d: Dec): string {
  const neg = d < 0n
  const abs = neg ? -d : d
  const whole = abs / DEC_ONE
  const frac = (abs % DEC_ONE).toString().padStart(DEC_PRECISION, '0')
  return `${neg ? '-' : ''}${whole}.${frac}`
}

/** Parses "0.1", "1", "-2.25" (at most 18 fractional digits), as LegacyNewDecFromStr. */
export function decFromString(s: string): Dec {
  const m = /^(-?)(\d+)(?:\.(\d{1,18}))?$/.exec(s)
  if (!m) throw new RangeError(`invalid decimal: ${JSON.stringify(s)}`)
  const v = BigInt(m[2]!) * DEC_ONE + BigInt((m[3] ?? '').padEnd(DEC_PRECISION, '0') || '0')
  return m[1] === '-' ? -v : v
}

export const decMin = (a: Dec, b: Dec): Dec => (a < b ? a : b)
export const decAbs = (a: Dec): Dec => (a < 0n ? -a : a)
