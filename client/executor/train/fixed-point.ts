// Exactly reproducible arithmetic for training: every value is a bigint `raw` standing for raw · 2^−P (P = 32
// for model values, higher for the accountant). Only integer operations are used, so the same inputs give the
// same bits in every process on every platform; there is no float anywhere on the computing path.
//
// Rounding rule (one rule everywhere): a result that falls between two grid points is rounded to the nearest
// grid point, ties toward +∞ (i.e. ⌊x + ½⌋). Sums are exact; products and quotients are rounded once.
// Transcendentals (exp, log, sigmoid, sqrt) are evaluated with 16 guard bits by range reduction and a series
// run until its terms vanish, then rounded once to P bits by the same rule; sqrt is the floor.

/** Fraction bits of model values: raw · 2^−32. */
export const FRAC = 32
export const ONE = 1n << BigInt(FRAC)
const GUARD = 16

export class FixedPointError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FixedPointError'
  }
}

/** ⌊n / d⌋ for d > 0 (bigint `/` truncates toward zero). */
export function floorDiv(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new FixedPointError(`division by non-positive ${d}`)
  const q = n / d
  return q * d > n ? q - 1n : q
}

/** n / d rounded to the nearest integer, ties toward +∞: ⌊(2n + d) / 2d⌋. */
export function roundDiv(n: bigint, d: bigint): bigint {
  if (d < 0n) return roundDiv(-n, -d)
  if (d === 0n) throw new FixedPointError('division by zero')
  return floorDiv(2n * n + d, 2n * d)
}

/** x · 2^−k rounded by the house rule (k ≥ 0). */
export function roundShift(x: bigint, k: number): bigint {
  if (k <= 0) return x << BigInt(-k)
  return (x + (1n << BigInt(k - 1))) >> BigInt(k)
}

// ---- conversions -------------------------------------------------------------------------------------------

/** A double to the grid. x · 2^P is exact in binary floating point, so only the final rounding is applied. */
export function fromNumber(x: number, p = FRAC): bigint {
  if (!Number.isFinite(x)) throw new FixedPointError(`${x} is not a finite number`)
  const scaled = x * 2 ** p
  const floor = Math.floor(scaled)
  return BigInt(floor) + (scaled - floor >= 0.5 ? 1n : 0n)
}

/** A value on the grid as a double (for display and tests only; never fed back into a computation). */
export const toNumber = (raw: bigint, p = FRAC): number => Number(raw) / 2 ** p

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/** A decimal string (as in a CSV cell) to the grid exactly: the decimal is a rational, rounded once. */
export function parseFixed(text: string, p = FRAC): bigint {
  const m = DECIMAL.exec(text.trim())
  if (!m || (m[2] === '' && (m[3] ?? '') === ''))
    throw new FixedPointError(`${JSON.stringify(text)} is not a decimal number`)
  const digits = BigInt(`${m[2] || '0'}${m[3] ?? ''}`)
  const exp = Number(m[4] ?? '0') - (m[3] ?? '').length
  if (Math.abs(exp) > 400) throw new FixedPointError(`${JSON.stringify(text)}: exponent out of range`)
  const signed = m[1] === '-' ? -digits : digits
  const scaled = signed << BigInt(p)
  return exp >= 0 ? scaled * 10n ** BigInt(exp) : roundDiv(scaled, 10n ** BigInt(-exp))
}

// ---- arithmetic --------------------------------------------------------------------------------------------

export const mul = (a: bigint, b: bigint, p = FRAC): bigint => roundShift(a * b, p)
export const div = (a: bigint, b: bigint, p = FRAC): bigint => roundDiv(a << BigInt(p), b)

/** Σ aᵢbᵢ with the products summed exactly and the sum rounded once. */
export function dot(a: readonly bigint[], b: readonly bigint[], p = FRAC): bigint {
  if (a.length !== b.length) throw new FixedPointError(`dot of lengths ${a.length} and ${b.length}`)
  let s = 0n
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!
  return roundShift(s, p)
}

/** M·v for M given as rows. */
export const matVec = (m: readonly (readonly bigint[])[], v: readonly bigint[], p = FRAC): bigint[] =>
  m.map((row) => dot(row, v, p))

/** Mᵀ·v for M given as rows (the backward pass of matVec). */
export function matTVec(m: readonly (readonly bigint[])[], v: readonly bigint[], p = FRAC): bigint[] {
  if (m.length !== v.length) throw new FixedPointError(`matTVec of ${m.length} rows and length ${v.length}`)
  const cols = m[0]?.length ?? 0
  const acc = new Array<bigint>(cols).fill(0n)
  for (let i = 0; i < m.length; i++) for (let j = 0; j < cols; j++) acc[j]! += m[i]![j]! * v[i]!
  return acc.map((s) => roundShift(s, p))
}

export const add = (a: readonly bigint[], b: readonly bigint[]): bigint[] => a.map((x, i) => x + b[i]!)
export const scale = (v: readonly bigint[], k: bigint, p = FRAC): bigint[] => v.map((x) => mul(x, k, p))

/** ⌊√n⌋ for n ≥ 0 (Newton's method on integers). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new FixedPointError(`square root of negative ${n}`)
  if (n < 2n) return n
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1)
  for (;;) {
    const y = (x + n / x) >> 1n
    if (y >= x) return x
    x = y
  }
}

/** ⌊√a⌋ on the grid. */
export const sqrt = (a: bigint, p = FRAC): bigint => isqrt(a << BigInt(p))

/** ‖v‖₂, floored: the squares are summed exactly at 2P fraction bits, whose integer root is at P bits. */
export const norm2 = (v: readonly bigint[]): bigint => isqrt(v.reduce((s, x) => s + x * x, 0n))

// ---- constants, computed from integer series at load (no hand-typed digits to get wrong) ---------------------

const ln2Cache = new Map<number, bigint>()
/** ln 2 · 2^w, rounded: Σ_{k≥1} 1/(k·2^k), each term at w + 8 bits. */
function ln2(w: number): bigint {
  const hit = ln2Cache.get(w)
  if (hit !== undefined) return hit
  const wp = w + 8
  let s = 0n
  for (let k = 1; k <= wp + 8; k++) s += roundDiv(1n << BigInt(wp - k), BigInt(k))
  const v = roundShift(s, 8)
  ln2Cache.set(w, v)
  return v
}

// ---- transcendentals ---------------------------------------------------------------------------------------

/** e^x on the P-bit grid: x = k·ln2 + r with |r| ≤ ln2/2, e^r by its Taylor series, times 2^k. */
export function exp(x: bigint, p = FRAC): bigint {
  const w = p + GUARD
  const L = ln2(w)
  const xw = x << BigInt(GUARD)
  const k = roundDiv(xw, L)
  const r = xw - k * L
  const one = 1n << BigInt(w)
  let sum = one
  let term = one
  for (let i = 1n; term !== 0n; i++) {
    term = roundDiv(roundShift(term * r, w), i)
    sum += term
  }
  // sum · 2^k at w bits → P bits
  return roundShift(sum, GUARD - Number(k))
}

/** ln x on the P-bit grid for x > 0: x = m·2^n with m ∈ [1, 2), ln m = 2·atanh((m − 1)/(m + 1)). */
export function log(x: bigint, p = FRAC): bigint {
  if (x <= 0n) throw new FixedPointError(`log of non-positive ${x}`)
  const w = p + GUARD
  const n = x.toString(2).length - 1 // 2^n ≤ x < 2^(n+1)
  const m = n >= w ? roundShift(x, n - w) : x << BigInt(w - n) // m · 2^−w ∈ [1, 2]
  const one = 1n << BigInt(w)
  const z = roundDiv((m - one) << BigInt(w), m + one)
  const z2 = roundShift(z * z, w)
  let power = z
  let s = 0n
  for (let k = 1n; power !== 0n; k += 2n) {
    s += roundDiv(power, k)
    power = roundShift(power * z2, w)
  }
  return roundShift(2n * s + BigInt(n - p) * ln2(w), GUARD)
}

/** Beyond |x| ≥ 64, σ(x) is within 2^−92 of 0 or 1: saturate (below the grid's resolution either way). */
const SIGMOID_SATURATION = 64n << BigInt(FRAC)

/** σ(x) = 1/(1 + e^−x) on the 32-bit grid, evaluated on the side where e^−|x| ≤ 1 (no overflow). */
export function sigmoid(x: bigint): bigint {
  if (x >= SIGMOID_SATURATION) return ONE
  if (x <= -SIGMOID_SATURATION) return 0n
  const e = exp(-(x < 0n ? -x : x))
  const s = div(ONE, ONE + e)
  return x < 0n ? ONE - s : s
}

// ---- bytes -------------------------------------------------------------------------------------------------

/** Big-endian 64-bit two's complement per value: the canonical bytes of a weight vector. */
export function encodeVector(v: readonly bigint[]): Uint8Array {
  const out = new Uint8Array(v.length * 8)
  const view = new DataView(out.buffer)
  for (const [i, x] of v.entries()) {
    if (x !== BigInt.asIntN(64, x)) throw new FixedPointError(`value ${x} does not fit 64 bits`)
    view.setBigInt64(i * 8, x)
  }
  return out
}

export function decodeVector(bytes: Uint8Array): bigint[] {
  if (bytes.length % 8 !== 0)
    throw new FixedPointError(`vector bytes length ${bytes.length} is not a multiple of 8`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return Array.from({ length: bytes.length / 8 }, (_, i) => view.getBigInt64(i * 8))
}
