import { describe, expect, it } from 'vitest'
import { type DecodedTx, sdkErrors } from '../../modules/sdk/index.js'
import { txHash } from '../types/hash.js'
import { DecodeCache } from './decode-cache.js'

const fakeTx = (raw: Uint8Array) => ({ raw }) as unknown as DecodedTx
const bigTx = (n: number) => Uint8Array.from({ length: 10_000 }, () => n)

describe('DecodeCache', () => {
  it('decodes each distinct tx once, hands the entry out once with take, and caches refusals', () => {
    const cache = new DecodeCache(10)
    let calls = 0
    const decode = (raw: Uint8Array) => {
      calls++
      if (raw[0] === 0) throw sdkErrors.txDecode.wrap('bad')
      return fakeTx(raw)
    }
    const a = Uint8Array.of(1, 2)
    const first = cache.decode(a, decode)
    expect(cache.decode(a, decode)).toBe(first)
    expect(calls).toBe(1)
    expect(cache.decode(a, decode, true)).toBe(first)
    expect(cache.size).toBe(0)
    expect(cache.decode(a, decode, true)).not.toBe(first) // decoded afresh, not remembered
    expect(calls).toBe(2)
    expect(() => cache.decode(Uint8Array.of(0), decode)).toThrow(/bad/)
    expect(() => cache.decode(Uint8Array.of(0), decode)).toThrow(/bad/)
    expect(calls).toBe(3)
  })

  it('evicts the oldest entries past its limit and lets non-ABCI errors through uncached', () => {
    const cache = new DecodeCache(2)
    for (let i = 1; i <= 3; i++) cache.decode(Uint8Array.of(i), fakeTx)
    expect(cache.size).toBe(2)
    const boom = () => {
      throw new TypeError('bug')
    }
    expect(() => cache.decode(Uint8Array.of(9), boom)).toThrow(TypeError)
    expect(cache.size).toBe(2)
  })

  it('stays within its byte budget, evicting the oldest and skipping entries larger than the budget', () => {
    const cache = new DecodeCache(100, 25_000)
    for (let i = 1; i <= 4; i++) cache.decode(bigTx(i), fakeTx)
    expect(cache.size).toBe(2)
    expect(cache.sizeBytes).toBeLessThanOrEqual(25_000)
    cache.decode(new Uint8Array(30_000).fill(1), fakeTx)
    expect(cache.size).toBe(2)
    cache.decode(bigTx(4), fakeTx, true)
    expect(cache.size).toBe(1)
    expect(cache.sizeBytes).toBe(11_024)
  })

  it('uses the hash its caller already computed (the tx is hashed once on its way)', () => {
    const cache = new DecodeCache(10)
    const seen: (Uint8Array | undefined)[] = []
    const decode = (raw: Uint8Array, hash?: Uint8Array) => {
      seen.push(hash)
      return fakeTx(raw)
    }
    const raw = Uint8Array.of(7, 7)
    const known = txHash(raw)
    const first = cache.decode(raw, decode, false, known)
    expect(seen).toEqual([known])
    expect(seen[0]).toBe(known)
    // The same tx found by its bytes alone (no hash given) is the same entry: one key form everywhere.
    expect(cache.decode(raw, decode)).toBe(first)
    expect(seen).toHaveLength(1)
  })
})
