import { describe, expect, it } from 'vitest'
import { compareBytes, prefixEnd, utf8 } from './bytes.js'
import { type KVPair, type KVStore, PrefixStore } from './store.js'

/** A plain sorted-map KVStore, enough to test the prefix view. */
class MapStore implements KVStore {
  private readonly m = new Map<string, KVPair>()
  get(k: Uint8Array) {
    return this.m.get(Buffer.from(k).toString('hex'))?.value
  }
  has(k: Uint8Array) {
    return this.get(k) !== undefined
  }
  set(key: Uint8Array, value: Uint8Array) {
    this.m.set(Buffer.from(key).toString('hex'), { key, value })
  }
  delete(k: Uint8Array) {
    this.m.delete(Buffer.from(k).toString('hex'))
  }
  *iterator(start?: Uint8Array, end?: Uint8Array, reverse = false) {
    const all = [...this.m.values()]
      .filter((p) => (!start || compareBytes(p.key, start) >= 0) && (!end || compareBytes(p.key, end) < 0))
      .sort((a, b) => compareBytes(a.key, b.key))
    yield* reverse ? all.reverse() : all
  }
}

describe('PrefixStore', () => {
  it('isolates keys under its prefix and strips the prefix when iterating', () => {
    const base = new MapStore()
    const a = new PrefixStore(base, utf8.encode('a/'))
    const b = new PrefixStore(base, utf8.encode('b/'))
    a.set(utf8.encode('2'), utf8.encode('x'))
    a.set(utf8.encode('1'), utf8.encode('y'))
    b.set(utf8.encode('1'), utf8.encode('z'))
    expect([...a.iterator()].map((p) => utf8.decode(p.key))).toEqual(['1', '2'])
    expect([...a.iterator(undefined, undefined, true)].map((p) => utf8.decode(p.key))).toEqual(['2', '1'])
    expect(utf8.decode(b.get(utf8.encode('1'))!)).toBe('z')
    expect(b.has(utf8.encode('2'))).toBe(false)
  })

  it('prefixEnd handles 0xff carries', () => {
    expect(prefixEnd(Uint8Array.of(1, 0xff))).toEqual(Uint8Array.of(2))
    expect(prefixEnd(Uint8Array.of(0xff, 0xff))).toBeUndefined()
  })
})
