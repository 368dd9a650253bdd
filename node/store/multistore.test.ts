import { afterEach, describe, expect, it } from 'vitest'
import { toHex } from '../../modules/sdk/bytes.js'
import { EMPTY_TREE_HASH } from './node.js'
import { b, openDb, openStore, removeDir, type TestDb, tempDir, verifyProof } from './test-helpers.js'

const key = (i: number) => b(`key${i.toString().padStart(5, '0')}`)

describe('IavlMultiStore', () => {
  let dir: string
  let db: TestDb | undefined
  afterEach(async () => {
    await db?.close()
    db = undefined
    await removeDir(dir)
  })

  it('commits branches, serves history and proofs, and reopens at the same app hash', async () => {
    dir = await tempDir()
    db = await openDb(dir)
    const store = await openStore(db)
    expect(store.lastCommit()).toEqual({ version: 0n, hash: EMPTY_TREE_HASH })
    const block = store.branch()
    for (let i = 0; i < 500; i++) block.getKVStore('bank').set(key(i), key(i * 7))
    block.write()
    const v1 = await store.commit()
    expect(v1.version).toBe(1n)
    expect(toHex(store.workingHash())).toBe(toHex(v1.hash))

    const p = store.prove('bank', key(5), 1n)
    expect(p.value).toEqual(key(35))
    expect(verifyProof(p.ops, v1.hash, key(5), key(35))).toBe(true)
    expect(verifyProof(p.ops, v1.hash, key(5), key(36))).toBe(false)
    const absent = store.prove('bank', b('key00005x'), 1n)
    expect(absent.value).toBeUndefined()
    expect(verifyProof(absent.ops, v1.hash, b('key00005x'), undefined)).toBe(true)

    const next = store.branch()
    for (let i = 0; i < 500; i += 2) next.getKVStore('bank').delete(key(i))
    next.write()
    const v2 = await store.commit()
    expect([...store.storeAt('bank', 2n).iterator()]).toHaveLength(250)
    expect([...store.storeAt('bank', 1n).iterator()]).toHaveLength(500)
    expect(verifyProof(store.prove('bank', key(4), 2n).ops, v2.hash, key(4), undefined)).toBe(true)
    expect(verifyProof(store.prove('bank', key(4), 1n).ops, v1.hash, key(4), key(28))).toBe(true)

    await db.close()
    db = await openDb(dir)
    const reopened = await openStore(db)
    expect(reopened.lastCommit()).toEqual(v2)
    expect(reopened.versions()).toEqual([1n, 2n])
    const rev = [...reopened.branch().getKVStore('bank').iterator(undefined, undefined, true)]
    expect(rev).toHaveLength(250)
    expect(rev[0]!.key).toEqual(key(499))
  })

  // A commit frees the node objects of the version that leaves memory (node-pool.ts) before its batch is
  // durable; a query served while that write is under way must not read those objects.
  it('serves every retained version while a commit is writing', async () => {
    dir = await tempDir()
    db = await openDb(dir)
    const store = await openStore(db)
    const valueAt = (v: number, i: number) => b(`v${v}-${i}`)
    const N = 300
    for (let v = 1; v <= 6; v++) {
      const block = store.branch()
      for (let i = 0; i < N; i++) block.getKVStore('bank').set(key(i), valueAt(v, i))
      block.write()
      const held = v > 1 ? store.storeAt('bank', BigInt(v - 1)) : undefined
      const pending = store.commit()
      if (held) expect(held.get(key(3)), 'a view taken before the commit').toEqual(valueAt(v - 1, 3))
      // Still inside the commit (its batch is being written): every version before it reads as committed.
      for (let w = 1; w < v; w++) {
        const view = store.storeAt('bank', BigInt(w))
        for (let i = 0; i < N; i += 17)
          expect(view.get(key(i)), `version ${w} key ${i}`).toEqual(valueAt(w, i))
        expect([...view.iterator()]).toHaveLength(N)
      }
      await pending
    }
  })
})
