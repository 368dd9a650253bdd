import { describe, expect, it } from 'vitest'
import {
  DEC_ONE,
  decFromString,
  decMul,
  decMulTruncate,
  decQuo,
  decQuoRoundUp,
  decQuoTruncate,
  decRoundInt,
  decToString,
} from './dec.js'

const d = decFromString

describe('LegacyDec arithmetic', () => {
  it('prints and parses with 18 fractional digits', () => {
    expect(decToString(d('0.1'))).toBe('0.100000000000000000')
    expect(decToString(d('-2.25'))).toBe('-2.250000000000000000')
    expect(d('1')).toBe(DEC_ONE)
    expect(() => d('1.0000000000000000001')).toThrow(/invalid decimal/)
  })

  it('rounds half to even on Mul and Quo, truncates on the *Truncate variants', () => {
    // 0.000000000000000005 × 0.1 = 5e-37 → chops to 0 (half of 1e-18 rounds to the even 0)
    expect(decMul(5n, d('0.1'))).toBe(0n)
    // 1.5e-18 × 1 exactly representable
    expect(decMul(15n, d('0.1'))).toBe(2n) // 1.5 atomics → 2 (even)
    expect(decMul(25n, d('0.1'))).toBe(2n) // 2.5 atomics → 2 (even)
    expect(decMulTruncate(29n, d('0.1'))).toBe(2n)
    expect(decQuo(d('2'), d('3'))).toBe(666666666666666667n)
    expect(decQuoTruncate(d('2'), d('3'))).toBe(666666666666666666n)
    expect(decQuoRoundUp(d('1'), d('3'))).toBe(333333333333333334n)
    expect(decRoundInt(d('2.5'))).toBe(2n)
    expect(decRoundInt(d('3.5'))).toBe(4n)
  })
})
