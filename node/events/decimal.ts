// Exact decimal comparison for numeric query conditions (CometBFT 0.38 compares big floats; exact decimals give
// the same answers without rounding).

export interface Decimal {
  /** The value times 10^scale. */
  units: bigint
  scale: number
}

const FULL_INT = /^[+-]?\d+$/
const NUMBER_PREFIX = /^\d+(\.\d+)?/

export function parseDecimal(text: string): Decimal | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text)
  if (!m) return undefined
  const frac = m[2] ?? ''
  return { units: BigInt(m[1]! + frac), scale: frac.length }
}

/**
 * An event attribute value as a number, as CometBFT reads it: a whole signed integer, or else the leading
 * `digits[.digits]` of the text (so `100udatum` reads as 100). Undefined when there is no number.
 */
export function parseEventNumber(text: string): Decimal | undefined {
  if (FULL_INT.test(text)) return { units: BigInt(text), scale: 0 }
  const prefix = NUMBER_PREFIX.exec(text)
  return prefix ? parseDecimal(prefix[0]) : undefined
}

export function compareDecimal(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale)
  const x = a.units * 10n ** BigInt(scale - a.scale)
  const y = b.units * 10n ** BigInt(scale - b.scale)
  return x < y ? -1 : x > y ? 1 : 0
}
