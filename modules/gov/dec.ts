// cosmos LegacyDec arithmetic for the tally: 18-digit fixed point held as bigint atomics (1.0 = 10^18).
// Gov v1 carries decimals as plain strings ("0.334000000000000000"); v1beta1 proto carries atomics.
// Rounding as the SDK: Mul and Quo round half to even on the digits cut off.
import { sdkErrors } from '../sdk/index.js'

export type Dec = bigint

export const DEC_ONE = 10n ** 18n
const HALF = DEC_ONE / 2n

function chopRound(x: bigint): bigint {
  if (x < 0n) return -chopRound(-x)
  const quo = x / DEC_ONE
  const rem = x % DEC_ONE
  if (rem < HALF) return quo
  if (rem > HALF) return quo + 1n
  return quo % 2n === 0n ? quo : quo + 1n
}

export const decFromInt = (i: bigint): Dec => i * DEC_ONE
export const decMul = (a: Dec, b: Dec): Dec => chopRound(a * b)
export const decMulInt = (a: Dec, i: bigint): Dec => a * i
/** a / b: the SDK divides at 36 digits (truncating) and rounds the last 18 half to even. */
export function decQuo(a: Dec, b: Dec): Dec {
  if (b === 0n) throw sdkErrors.logic.wrap('decimal division by zero')
  return chopRound((a * DEC_ONE * DEC_ONE) / b)
}
/** Toward zero, as LegacyDec.TruncateInt. */
export const decTruncateInt = (a: Dec): bigint => a / DEC_ONE
/** Half away from zero, as LegacyDec.RoundInt (half-even on exact halves). */
export const decRoundInt = (a: Dec): bigint => chopRound(a)

const DEC_RE = /^(\d+)(?:\.(\d{1,18}))?$/

/** Parses "0.5" / "0.500000000000000000" (cosmos LegacyNewDecFromStr, non-negative only). */
export function parseDec(s: string, what = 'decimal'): Dec {
  const m = DEC_RE.exec(s)
  if (!m) throw sdkErrors.invalidRequest.wrap(`invalid ${what}: ${JSON.stringify(s)}`)
  return BigInt(m[1]!) * DEC_ONE + BigInt((m[2] ?? '').padEnd(18, '0'))
}

/** The 18-digit form cosmos prints: "0.334000000000000000". */
export function formatDec(d: Dec): string {
  const neg = d < 0n
  const abs = neg ? -d : d
  const s = `${abs / DEC_ONE}.${(abs % DEC_ONE).toString().padStart(18, '0')}`
  return neg ? `-${s}` : s
}

/** v1beta1 proto carries a Dec as its atomics ("500000000000000000"). */
export function parseDecAtomics(s: string, what = 'decimal'): Dec {
  if (!/^\d{1,60}$/.test(s)) throw sdkErrors.invalidRequest.wrap(`invalid ${what}: ${JSON.stringify(s)}`)
  return BigInt(s)
}
