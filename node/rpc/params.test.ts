// Param readers: JSON values versus CometBFT URI values, and every malformed form as -32602.
import { describe, expect, it } from 'vitest'
import { RpcError } from './errors.js'
import { Params, paramsFromJson } from './params.js'

const invalid = (f: () => unknown) => {
  try {
    f()
  } catch (err) {
    return err instanceof RpcError ? err.code : 'other'
  }
  return 'no error'
}

describe('Params', () => {
  it('reads int64 as JSON numbers, decimal strings or quoted URI values', () => {
    const json = new Params({ a: 5, b: '9223372036854775807', c: '-3', d: '' }, 'json')
    expect([json.int('a'), json.int('b'), json.int('c'), json.int('d'), json.int('none')]).toEqual([
      5n,
      9223372036854775807n,
      -3n,
      undefined,
      undefined,
    ])
    expect(new Params({ h: '"12"' }, 'uri').int('h')).toBe(12n)
    for (const bad of ['9223372036854775808', '1.5', '0x10', 'ten', '1e3']) {
      expect(invalid(() => new Params({ h: bad }, 'json').int('h'))).toBe(-32602)
    }
    expect(invalid(() => new Params({ h: 2 ** 60 }, 'json').int('h'))).toBe(-32602)
    expect(invalid(() => new Params({ h: true }, 'json').int('h'))).toBe(-32602)
  })

  it('reads []byte as base64 in JSON and as 0x-hex or a quoted literal in URIs', () => {
    expect(new Params({ tx: 'AQID' }, 'json').bytes('tx')).toEqual(Uint8Array.of(1, 2, 3))
    expect(new Params({ tx: '0x010203' }, 'uri').bytes('tx')).toEqual(Uint8Array.of(1, 2, 3))
    expect(new Params({ tx: '"ab"' }, 'uri').bytes('tx')).toEqual(Uint8Array.from(Buffer.from('ab')))
    expect(invalid(() => new Params({ tx: 'AQI-' }, 'json').bytes('tx'))).toBe(-32602)
    expect(invalid(() => new Params({ tx: 'AQI' }, 'json').bytes('tx'))).toBe(-32602)
    expect(invalid(() => new Params({ tx: '010203' }, 'uri').bytes('tx'))).toBe(-32602)
    expect(invalid(() => new Params({ tx: '0x0g' }, 'uri').bytes('tx'))).toBe(-32602)
  })

  it('reads HexBytes with or without 0x, strings unquoted in URIs, booleans strictly', () => {
    expect(new Params({ data: '0aff' }, 'json').hexBytes('data')).toEqual(Uint8Array.of(10, 255))
    expect(new Params({ data: '0x0aFF' }, 'uri').hexBytes('data')).toEqual(Uint8Array.of(10, 255))
    expect(new Params({}, 'json').hexBytes('data')).toEqual(new Uint8Array())
    expect(invalid(() => new Params({ data: 'abc' }, 'json').hexBytes('data'))).toBe(-32602)
    expect(new Params({ q: '"tx.height=5"' }, 'uri').string('q')).toBe('tx.height=5')
    expect(new Params({ q: '"tx.height=5"' }, 'json').string('q')).toBe('"tx.height=5"')
    expect([true, 'true', '"false"'].map((v) => new Params({ p: v }, 'uri').bool('p'))).toEqual([
      true,
      true,
      false,
    ])
    expect(invalid(() => new Params({ p: 'yes' }, 'json').bool('p'))).toBe(-32602)
    expect(invalid(() => new Params({ q: ['a', 'b'] }, 'uri').string('q'))).toBe(-32602)
  })

  it('maps positional params by argument name and ignores inherited keys', () => {
    expect(paramsFromJson(["tm.event='Tx'"], ['query']).string('query')).toBe("tm.event='Tx'")
    expect(invalid(() => paramsFromJson(['a', 'b'], ['query']))).toBe(-32602)
    expect(invalid(() => paramsFromJson(7, ['query']))).toBe(-32602)
    const poisoned = paramsFromJson(JSON.parse('{"__proto__":{"height":"1"}}'), ['height'])
    expect(poisoned.int('height')).toBeUndefined()
    expect(paramsFromJson(undefined, ['height']).int('height')).toBeUndefined()
  })
})
