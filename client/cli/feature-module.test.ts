// `approve-feature-module` flags: bounds are exact millionths (no float), signed; bad input is a usage error.
import { describe, expect, it } from 'vitest'
import { UsageError } from './errors.js'
import { boundsOf } from './feature-module.js'

describe('feature module bounds flag', () => {
  it('parses signed decimals to exact millionths', () => {
    expect(boundsOf('0:1, -2.5:0.000001')).toEqual([
      { lowerMicro: 0n, upperMicro: 1_000_000n },
      { lowerMicro: -2_500_000n, upperMicro: 1n },
    ])
  })
  it('refuses more than 6 decimals, missing halves and words', () => {
    for (const bad of ['0:0.0000001', '1', 'a:b', '0:1,'])
      expect(() => boundsOf(bad), bad).toThrow(UsageError)
  })
})
