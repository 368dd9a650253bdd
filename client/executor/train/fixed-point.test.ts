// The grid arithmetic: the rounding rule at ties, exact decimal parsing, and the transcendentals within a
// stated error of the true function (checked against Math at many points; Math is the reference, never the path).
import { describe, expect, it } from 'vitest'
import {
  decodeVector,
  div,
  dot,
  encodeVector,
  exp,
  FixedPointError,
  fromNumber,
  isqrt,
  log,
  matTVec,
  matVec,
  mul,
  norm2,
  ONE,
  parseFixed,
  roundDiv,
  roundShift,
  sigmoid,
  sqrt,
  toNumber,
} from './fixed-point.js'

const ULP = 2 ** -32

describe('fixed point: rounding rule', () => {
  it('rounds to nearest with ties toward +∞', () => {
    expect(roundShift(3n, 1)).toBe(2n) // 1.5 → 2
    expect(roundShift(-3n, 1)).toBe(-1n) // −1.5 → −1
    expect(roundShift(5n, 2)).toBe(1n) // 1.25 → 1
    expect(roundDiv(7n, 2n)).toBe(4n)
    expect(roundDiv(-7n, 2n)).toBe(-3n)
    expect(roundDiv(7n, -2n)).toBe(-3n)
    expect(roundDiv(-8n, 3n)).toBe(-3n)
  })

  it('multiplies and divides with one rounding', () => {
    expect(mul(fromNumber(1.5), fromNumber(-2.25))).toBe(fromNumber(-3.375))
    expect(div(ONE, 3n * ONE)).toBe(roundDiv(ONE, 3n))
    expect(dot([ONE, 2n * ONE], [3n * ONE, ONE >> 1n])).toBe(4n * ONE)
    const m = [
      [ONE, 2n * ONE],
      [-ONE, 0n],
    ]
    expect(matVec(m, [ONE, ONE])).toEqual([3n * ONE, -ONE])
    expect(matTVec(m, [ONE, ONE])).toEqual([0n, 2n * ONE])
  })

  it('parses decimals exactly and refuses junk', () => {
    expect(parseFixed('1.5')).toBe(fromNumber(1.5))
    expect(parseFixed('-0.25e1')).toBe(fromNumber(-2.5))
    expect(parseFixed('12')).toBe(12n * ONE)
    expect(parseFixed('.5')).toBe(ONE / 2n)
    // 0.1 is not a binary fraction: the decimal is rounded once, to the nearest grid point
    expect(parseFixed('0.1')).toBe(roundDiv(ONE, 10n))
    for (const bad of ['', 'abc', '1.2.3', '--1', 'NaN'])
      expect(() => parseFixed(bad)).toThrow(FixedPointError)
    expect(() => fromNumber(Number.NaN)).toThrow(FixedPointError)
  })

  it('square roots are floors', () => {
    for (const n of [0n, 1n, 2n, 3n, 4n, 15n, 16n, 17n, (1n << 100n) + 12345n]) {
      const r = isqrt(n)
      expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true)
    }
    expect(toNumber(sqrt(2n * ONE))).toBeCloseTo(Math.SQRT2, 9)
    expect(norm2([3n * ONE, 4n * ONE])).toBe(5n * ONE)
  })
})

describe('fixed point: transcendentals within 2 ulp', () => {
  it('exp', () => {
    for (let x = -20; x <= 12; x += 0.173) {
      const got = toNumber(exp(fromNumber(x)))
      const want = Math.exp(toNumber(fromNumber(x)))
      expect(Math.abs(got - want)).toBeLessThanOrEqual(2 * ULP + want * 2 ** -44)
    }
    expect(exp(0n)).toBe(ONE)
  })

  it('log', () => {
    for (let x = 0.001; x < 5000; x *= 1.37) {
      const raw = fromNumber(x)
      const got = toNumber(log(raw))
      expect(Math.abs(got - Math.log(toNumber(raw)))).toBeLessThanOrEqual(2 * ULP)
    }
    expect(log(ONE)).toBe(0n)
    expect(() => log(0n)).toThrow(FixedPointError)
  })

  it('sigmoid, saturating and symmetric', () => {
    for (let x = -30; x <= 30; x += 0.71) {
      const got = toNumber(sigmoid(fromNumber(x)))
      expect(Math.abs(got - 1 / (1 + Math.exp(-toNumber(fromNumber(x)))))).toBeLessThanOrEqual(2 * ULP)
      expect(sigmoid(fromNumber(x)) + sigmoid(-fromNumber(x))).toBe(ONE)
    }
    expect(sigmoid(100n * ONE)).toBe(ONE)
    expect(sigmoid(-100n * ONE)).toBe(0n)
  })

  it('works at higher precision (the accountant uses 64 bits)', () => {
    const got = exp(1n << 64n, 64)
    expect(Number(got) / 2 ** 64).toBeCloseTo(Math.E, 14)
    expect(Number(log(10n << 64n, 64)) / 2 ** 64).toBeCloseTo(Math.LN10, 14)
  })
})

describe('fixed point: canonical bytes', () => {
  it('round-trips and refuses values beyond 64 bits', () => {
    const v = [0n, -1n, ONE, -(ONE * 1000n), (1n << 63n) - 1n]
    expect(decodeVector(encodeVector(v))).toEqual(v)
    expect(() => encodeVector([1n << 63n])).toThrow(FixedPointError)
  })
})
