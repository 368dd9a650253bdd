import { describe, expect, it } from 'vitest'
import { addCoins, coin, normalizeCoins, parseAmount, subCoins, validateCoins } from './coins.js'
import { AbciError } from './errors.js'

describe('coins', () => {
  it('normalizes: sorted by denom, merged, zeros dropped', () => {
    expect(normalizeCoins([coin(5, 'b'), coin(2, 'a'), coin(3, 'b'), coin(0, 'c')])).toEqual([
      coin(2, 'a'),
      coin(8, 'b'),
    ])
  })

  it('subtracts and refuses to go negative with sdk code 5', () => {
    expect(subCoins([coin(10, 'udatum')], [coin(4, 'udatum')])).toEqual([coin(6, 'udatum')])
    try {
      subCoins([coin(3, 'udatum')], [coin(4, 'udatum')])
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(AbciError)
      expect((e as AbciError).code).toBe(5)
      expect((e as AbciError).codespace).toBe('sdk')
    }
    expect(addCoins([coin(1, 'a')], [coin(1, 'a')])).toEqual([coin(2, 'a')])
  })

  it('rejects malformed amounts and unsorted or non-positive coin lists', () => {
    for (const bad of ['-1', '', '1.5', ' 1', '1e3', '0x10', '01', '007', '00'])
      expect(() => parseAmount(bad)).toThrow(/invalid amount/)
    expect(parseAmount('0')).toBe(0n)
    expect(parseAmount('10')).toBe(10n)
    expect(() => validateCoins([coin(1, 'ubbb'), coin(1, 'uaaa')])).toThrow(/not sorted/)
    expect(() => validateCoins([coin(0, 'uaaa')])).toThrow(/not positive/)
    expect(() => validateCoins([coin(1, '1abc')])).toThrow(/invalid denom/)
  })
})
