// Integer-only fixed-point arithmetic for the training accountant: a value is a bigint raw standing for
// raw · 2^−p. Copied from client/executor/train/fixed-point.ts (the executor's library, same rounding rule),
// because a module may import only modules/sdk: the chain and the executors must agree bit for bit.
//
// Rounding rule: a result between two grid points goes to the nearest, ties toward +∞ (⌊x + ½⌋). exp and log
// run their series with 16 guard bits until the terms vanish, then round once to p bits.

const GUARD = 16

/** ⌊n / d⌋ for d > 0 (bigint `/` truncates toward zero). */
export function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d
  return q * d > n ? q - 1n : q
}

/** n / d rounded to the nearest integer, ties toward +∞, for d ≠ 0. */
export function roundDiv(n: bigint, d: bigint): bigint {
  if (d < 0n) return roundDiv(-n, -d)
  return floorDiv(2n * n + d, 2n * d)
}

/** x · 2^−k rounded by the same rule (k ≥ 0; k < 0 shifts left exactly). */
export function roundShift(x: bigint, k: number): bigint {
  if (k <= 0) return x << BigInt(-k)
  return (x + (1n << BigInt(k - 1))) >> BigInt(k)
}

const ln2Cache = new Map<number, bigint>()
/** ln 2 · 2^w, rounded: Σ_{k≥1} 1/(k·2^k), each term at w + 8 bits (no hand-typed digits). */
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

/** e^x on the p-bit grid: x = k·ln2 + r with |r| ≤ ln2/2, e^r by its Taylor series, times 2^k. */
export function exp(x: bigint, p: number): bigint {
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
  return roundShift(sum, GUARD - Number(k))
}

/** ln x on the p-bit grid for x > 0: x = m·2^n with m ∈ [1, 2), ln m = 2·atanh((m − 1)/(m + 1)). */
export function log(x: bigint, p: number): bigint {
  if (x <= 0n) throw new RangeError(`log of non-positive ${x}`)
  const w = p + GUARD
  const n = x.toString(2).length - 1
  const m = n >= w ? roundShift(x, n - w) : x << BigInt(w - n)
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
