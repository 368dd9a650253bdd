// A home written by the format-1 store (reference/: every version saved as nodes) opens in the current
// store: each retained version becomes a checkpoint, history and proofs read the same, and the chain goes on
// with the same app hashes. A home in an unknown format is refused with a typed error.
import { afterEach, describe, expect, it } from 'vitest'
import { toHex, utf8 } from '../../modules/sdk/bytes.js'
import { FORMAT_KEY } from './keys.js'
import { openCommitMultiStore } from './open.js'
import { openCommitMultiStore as openReference } from './reference/open.js'
import { asStoreDb, openDb, removeDir, type TestDb, tempDir } from './test-helpers.js'
import type { CommitMultiStore } from './types.js'

const STORES = ['acc', 'bank']
const PRUNING = { keepRecent: 3, keepEvery: 4 }

function writeVersion(store: CommitMultiStore, v: number): void {
  const block = store.branch()
  for (const name of STORES) {
    const kv = block.getKVStore(name)
    for (let i = 0; i < 30; i++)
      kv.set(utf8.encode(`${name}/${(v * 17 + i * 7) % 61}`), utf8.encode(`v${v}.${i}`))
    for (let i = 0; i < 5; i++) kv.delete(utf8.encode(`${name}/${(v * 5 + i * 11) % 61}`))
  }
  block.write()
}

describe('opening a format-1 home', () => {
  const dirs: string[] = []
  const dbs: TestDb[] = []
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.close()
    for (const d of dirs.splice(0)) await removeDir(d)
  })

  const fresh = async () => {
    const dir = await tempDir()
    dirs.push(dir)
    const db = await openDb(dir)
    dbs.push(db)
    return db
  }

  it('migrates it: same history, proofs and app hashes from there on', async () => {
    const oldDb = await fresh()
    const twinDb = await fresh()
    const old = await openReference({ db: asStoreDb(oldDb), storeNames: STORES, pruning: PRUNING })
    const twin = await openReference({ db: asStoreDb(twinDb), storeNames: STORES, pruning: PRUNING })
    for (let v = 1; v <= 13; v++) {
      writeVersion(old, v)
      writeVersion(twin, v)
      await old.commit()
      await twin.commit()
    }
    expect(oldDb.getSync(FORMAT_KEY)).toBeUndefined()

    const migrated = await openCommitMultiStore({
      db: asStoreDb(oldDb),
      storeNames: STORES,
      pruning: PRUNING,
      checkpointInterval: 3,
    })
    expect([...oldDb.getSync(FORMAT_KEY)!]).toEqual([2])
    expect(migrated.lastCommit()).toEqual(twin.lastCommit())
    expect(migrated.versions()).toEqual(twin.versions())
    for (const v of twin.versions()) {
      for (const name of STORES) {
        expect([...migrated.storeAt(name, v).iterator()]).toEqual([...twin.storeAt(name, v).iterator()])
        const key = utf8.encode(`${name}/7`)
        expect(migrated.prove(name, key, v)).toEqual(twin.prove(name, key, v))
      }
    }
    for (let v = 14; v <= 22; v++) {
      writeVersion(migrated, v)
      writeVersion(twin, v)
      const [a, b] = [await migrated.commit(), await twin.commit()]
      expect(toHex(a.hash), `version ${v}`).toBe(toHex(b.hash))
    }
    expect(migrated.versions()).toEqual(twin.versions())
    for (const v of twin.versions()) {
      const key = utf8.encode('bank/3')
      expect(migrated.prove('bank', key, v)).toEqual(twin.prove('bank', key, v))
    }
  })

  it('refuses a home in an unknown format with UNSUPPORTED_FORMAT', async () => {
    const db = await fresh()
    await db.put(FORMAT_KEY, Uint8Array.of(9))
    await expect(openCommitMultiStore({ db: asStoreDb(db), storeNames: STORES })).rejects.toMatchObject({
      name: 'StoreError',
      code: 'UNSUPPORTED_FORMAT',
    })
  })
})
