import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { utf8 } from '../../modules/sdk/bytes.js'
import { StoreError } from './errors.js'
import { b, openDb, openStore, removeDir, type TestDb, tempDir } from './test-helpers.js'
import type { CommitMultiStore } from './types.js'

const keysOf = (it: Iterable<{ key: Uint8Array }>) => [...it].map((p) => utf8.decode(p.key))

describe('cache branches', () => {
  let dir: string
  let db: TestDb
  let store: CommitMultiStore
  beforeEach(async () => {
    dir = await tempDir()
    db = await openDb(dir)
    store = await openStore(db)
    const seed = store.branch()
    for (const k of ['a', 'c', 'e', 'g']) seed.getKVStore('bank').set(b(k), b(`v${k}`))
    seed.write()
    await store.commit()
  })
  afterEach(async () => {
    await db.close()
    await removeDir(dir)
  })

  it('reads its own writes, flushes on write() and discards when dropped', () => {
    const block = store.branch()
    const tx = block.branch()
    const bank = tx.getKVStore('bank')
    bank.set(b('b'), b('vb'))
    bank.delete(b('c'))
    expect(bank.get(b('b'))).toEqual(b('vb'))
    expect(bank.has(b('c'))).toBe(false)
    expect(block.getKVStore('bank').get(b('b'))).toBeUndefined()
    tx.write()
    expect(block.getKVStore('bank').get(b('b'))).toEqual(b('vb'))
    expect(store.branch().getKVStore('bank').get(b('b'))).toBeUndefined()
    const dropped = block.branch()
    dropped.getKVStore('bank').set(b('z'), b('vz'))
    expect(block.getKVStore('bank').has(b('z'))).toBe(false)
    block.write()
    expect(keysOf(store.branch().getKVStore('bank').iterator())).toEqual(['a', 'b', 'e', 'g'])
  })

  it('merges cache and tree in order, forward and reverse, within [start, end)', () => {
    const block = store.branch()
    block.getKVStore('bank').set(b('d'), b('vd'))
    const tx = block.branch()
    const bank = tx.getKVStore('bank')
    bank.set(b('b'), b('vb'))
    bank.delete(b('e'))
    bank.set(b('g'), b('new'))
    expect(keysOf(bank.iterator())).toEqual(['a', 'b', 'c', 'd', 'g'])
    expect(keysOf(bank.iterator(undefined, undefined, true))).toEqual(['g', 'd', 'c', 'b', 'a'])
    expect(keysOf(bank.iterator(b('b'), b('g')))).toEqual(['b', 'c', 'd'])
    expect(keysOf(bank.iterator(b('b'), b('g'), true))).toEqual(['d', 'c', 'b'])
    expect(keysOf(bank.iterator(b('c'), b('c')))).toEqual([])
    expect([...bank.iterator(b('g'))].map((p) => utf8.decode(p.value))).toEqual(['new'])
  })

  it('keeps an open iterator on the snapshot it started from', () => {
    const bank = store.branch().getKVStore('bank')
    bank.set(b('b'), b('vb'))
    const it = bank.iterator()
    bank.set(b('bb'), b('vbb'))
    expect(keysOf(it)).toEqual(['a', 'b', 'c', 'e', 'g'])
  })

  it('rejects inverted bounds and bad keys with typed errors, changing nothing', () => {
    const bank = store.branch().getKVStore('bank')
    expect(() => bank.iterator(b('z'), b('a'))).toThrow(expect.objectContaining({ code: 'INVALID_RANGE' }))
    expect(() => bank.set(new Uint8Array(), b('x'))).toThrow(StoreError)
    expect(() => bank.get(new Uint8Array())).toThrow(expect.objectContaining({ code: 'EMPTY_KEY' }))
    expect(() => store.branch().getKVStore('nope')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_STORE' }),
    )
    expect(keysOf(bank.iterator())).toEqual(['a', 'c', 'e', 'g'])
  })
})
