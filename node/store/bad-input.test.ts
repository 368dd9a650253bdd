// Bad input at every entry of the store: a typed error, no state change, and the store keeps working.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { toHex } from '../../modules/sdk/bytes.js'
import { MAX_KEY_LENGTH, MAX_VALUE_LENGTH } from './errors.js'
import { openCommitMultiStore } from './open.js'
import { asStoreDb, b, openDb, openStore, removeDir, type TestDb, tempDir } from './test-helpers.js'
import type { CommitMultiStore } from './types.js'

const code = (c: string) => expect.objectContaining({ name: 'StoreError', code: c })

describe('bad input', () => {
  let dir: string
  let db: TestDb
  let store: CommitMultiStore
  beforeEach(async () => {
    dir = await tempDir()
    db = await openDb(dir)
    store = await openStore(db, { pruning: { keepRecent: 2, keepEvery: 0 } })
    const block = store.branch()
    block.getKVStore('bank').set(b('k'), b('v'))
    block.write()
    await store.commit()
  })
  afterEach(async () => {
    await db.close()
    await removeDir(dir)
  })

  it('rejects bad keys, values and ranges without changing state', async () => {
    const before = toHex(store.workingHash())
    const block = store.branch()
    const kv = block.getKVStore('bank')
    const empty = new Uint8Array()
    expect(() => kv.set(empty, b('v'))).toThrow(code('EMPTY_KEY'))
    expect(() => kv.get(empty)).toThrow(code('EMPTY_KEY'))
    expect(() => kv.has(empty)).toThrow(code('EMPTY_KEY'))
    expect(() => kv.delete(empty)).toThrow(code('EMPTY_KEY'))
    expect(() => kv.set(new Uint8Array(MAX_KEY_LENGTH + 1), b('v'))).toThrow(code('KEY_TOO_LARGE'))
    expect(() => kv.set(b('k2'), new Uint8Array(MAX_VALUE_LENGTH + 1))).toThrow(code('VALUE_TOO_LARGE'))
    expect(() => kv.set(b('k2'), null as unknown as Uint8Array)).toThrow(code('NIL_VALUE'))
    expect(() => kv.set('k2' as unknown as Uint8Array, b('v'))).toThrow(code('EMPTY_KEY'))
    expect(() => kv.iterator(b('b'), b('a'))).toThrow(code('INVALID_RANGE'))
    expect(() => store.storeAt('bank', 1n).iterator(b('b'), b('a'))).toThrow(code('INVALID_RANGE'))
    expect(() => store.storeAt('bank', 1n).set(b('x'), b('y'))).toThrow(code('READ_ONLY'))
    // The largest key and value still work, and an empty value is a value.
    kv.set(new Uint8Array(MAX_KEY_LENGTH).fill(7), new Uint8Array(MAX_VALUE_LENGTH))
    kv.set(b('marker'), new Uint8Array())
    expect(kv.get(b('marker'))).toEqual(new Uint8Array())
    expect(toHex(store.workingHash())).toBe(before)
    block.write()
    const c = await store.commit()
    expect(store.storeAt('bank', c.version).get(b('marker'))).toEqual(new Uint8Array())
  })

  it('rejects bad versions, stores and proof requests', async () => {
    for (let i = 0; i < 3; i++) await store.commit()
    expect(store.versions()).toEqual([3n, 4n])
    expect(() => store.storeAt('bank', 1n)).toThrow(code('VERSION_PRUNED'))
    expect(() => store.prove('bank', b('k'), 2n)).toThrow(code('VERSION_PRUNED'))
    expect(() => store.storeAt('bank', 5n)).toThrow(code('VERSION_NOT_FOUND'))
    expect(() => store.storeAt('bank', 0n)).toThrow(code('INVALID_VERSION'))
    expect(() => store.storeAt('bank', -1n)).toThrow(code('INVALID_VERSION'))
    expect(() => store.storeAt('bank', 4 as unknown as bigint)).toThrow(code('INVALID_VERSION'))
    expect(() => store.storeAt('nope', 4n)).toThrow(code('UNKNOWN_STORE'))
    expect(() => store.prove('nope', b('k'), 4n)).toThrow(code('UNKNOWN_STORE'))
    expect(() => store.prove('bank', new Uint8Array(), 4n)).toThrow(code('EMPTY_KEY'))
    expect(() => store.prove('acc', b('k'), 4n)).toThrow(code('PROOF_UNAVAILABLE'))
    expect(store.prove('bank', b('k'), 4n).value).toEqual(b('v'))
  })

  it('rejects a commit that would write into the store key space, and overlapping commits', async () => {
    const last = store.lastCommit()
    await expect(store.commit([{ key: b('n-not-yours'), value: b('x') }])).rejects.toEqual(
      code('INVALID_OPTIONS'),
    )
    expect(store.lastCommit()).toEqual(last)
    const first = store.commit()
    await expect(store.commit()).rejects.toEqual(code('COMMIT_IN_PROGRESS'))
    expect((await first).version).toBe(last.version + 1n)
  })

  it('rejects bad open options and a store missing from the configuration', async () => {
    const opts = { db: asStoreDb(db), storeNames: ['acc', 'bank'] }
    await expect(openCommitMultiStore({ ...opts, storeNames: [] })).rejects.toEqual(code('INVALID_OPTIONS'))
    await expect(openCommitMultiStore({ ...opts, storeNames: ['a', 'a'] })).rejects.toEqual(
      code('INVALID_OPTIONS'),
    )
    await expect(openCommitMultiStore({ ...opts, storeNames: ['Bad Name'] })).rejects.toEqual(
      code('INVALID_OPTIONS'),
    )
    await expect(openCommitMultiStore({ ...opts, nodeCacheSize: 0 })).rejects.toEqual(code('INVALID_OPTIONS'))
    await expect(
      openCommitMultiStore({ ...opts, pruning: { keepRecent: -1, keepEvery: 0 } }),
    ).rejects.toEqual(code('INVALID_OPTIONS'))
    await expect(openCommitMultiStore({ ...opts, storeNames: ['acc'] })).rejects.toEqual(
      code('INVALID_OPTIONS'),
    )
    const grown = await openCommitMultiStore({ ...opts, storeNames: ['acc', 'bank', 'data'] })
    expect(grown.lastCommit()).toEqual(store.lastCommit())
  })

  it('refuses use after close', async () => {
    await store.close()
    expect(() => store.branch()).toThrow(code('CLOSED'))
    await expect(store.commit()).rejects.toEqual(code('CLOSED'))
  })
})
