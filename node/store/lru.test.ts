import { describe, expect, it } from 'vitest'
import { LruCache } from './lru.js'

describe('LruCache', () => {
  it('never holds more than its capacity and keeps recently used entries', () => {
    const lru = new LruCache<number, string>(10)
    lru.set(0, 'v0')
    for (let i = 1; i < 100; i++) {
      lru.set(i, `v${i}`)
      expect(lru.get(0)).toBe('v0')
      expect(lru.size).toBeLessThanOrEqual(10)
    }
    expect(lru.get(0)).toBe('v0')
    expect(lru.get(99)).toBe('v99')
    expect(lru.get(1)).toBeUndefined()
  })

  it('deletes and overwrites', () => {
    const lru = new LruCache<number, string>(4)
    lru.set(1, 'a')
    lru.set(1, 'b')
    expect(lru.get(1)).toBe('b')
    lru.delete(1)
    expect(lru.get(1)).toBeUndefined()
    expect(() => new LruCache(1)).toThrow(RangeError)
  })
})
