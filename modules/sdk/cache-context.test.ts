// CacheKVStore and cacheContext: reads see buffered writes and deletes, iteration merges the buffer with
// the parent in key order (both directions, within bounds), nothing reaches the parent before write(),
// and a dropped branch leaves the parent and its events untouched.
import { afterEach, describe, expect, it } from 'vitest'
import { makeTestContext, type TestContext } from '../../node/testing/test-context.js'
import { CacheKVStore, cacheContext } from './cache-context.js'
import type { KVStore } from './store.js'

let tc: TestContext | undefined
afterEach(async () => {
  await tc?.cleanup()
  tc = undefined
})

const b = (s: string) => new TextEncoder().encode(s)
const s = (u: Uint8Array) => new TextDecoder().decode(u)
const keys = (it: Iterable<{ key: Uint8Array }>) => [...it].map((p) => s(p.key))

describe('CacheKVStore', () => {
  it('merges buffered writes and deletes with the parent, in order, within bounds, and writes on demand', async () => {
    tc = await makeTestContext({ storeKeys: ['x'] })
    const parent: KVStore = tc.ctx.kvStore('x')
    for (const k of ['a', 'c', 'e', 'g']) parent.set(b(k), b(`p${k}`))
    const cache = new CacheKVStore(parent)
    cache.set(b('b'), b('cb'))
    cache.set(b('c'), b('cc'))
    cache.delete(b('e'))
    cache.set(b('h'), b('ch'))
    expect(s(cache.get(b('c'))!)).toBe('cc')
    expect(cache.get(b('e'))).toBeUndefined()
    expect(cache.has(b('a'))).toBe(true)
    expect(keys(cache.iterator())).toEqual(['a', 'b', 'c', 'g', 'h'])
    expect(keys(cache.iterator(b('b'), b('h')))).toEqual(['b', 'c', 'g'])
    expect(keys(cache.iterator(undefined, undefined, true))).toEqual(['h', 'g', 'c', 'b', 'a'])
    expect(keys(parent.iterator())).toEqual(['a', 'c', 'e', 'g'])
    cache.write()
    expect(keys(parent.iterator())).toEqual(['a', 'b', 'c', 'g', 'h'])
    expect(s(parent.get(b('c'))!)).toBe('cc')
  })

  it('a dropped cacheContext changes nothing; a written one forwards its writes and events', async () => {
    tc = await makeTestContext({ storeKeys: ['x', 'y'] })
    const ctx = tc.ctx
    const dropped = cacheContext(ctx)
    dropped.ctx.kvStore('x').set(b('k'), b('v'))
    dropped.ctx.events.emit('e', [['a', '1']])
    expect(ctx.kvStore('x').get(b('k'))).toBeUndefined()
    expect(ctx.events.events()).toEqual([])

    const kept = cacheContext(ctx)
    kept.ctx.kvStore('x').set(b('k'), b('v'))
    kept.ctx.kvStore('y').set(b('j'), b('w'))
    kept.ctx.events.emit('e', [['a', '1']])
    kept.write()
    expect(s(ctx.kvStore('x').get(b('k'))!)).toBe('v')
    expect(s(ctx.kvStore('y').get(b('j'))!)).toBe('w')
    expect(ctx.events.events().map((e) => e.type)).toEqual(['e'])
  })
})
