// Pruning deletes exactly the nodes no retained version can reach, and nothing else.
import { afterEach, describe, expect, it } from 'vitest'
import { decodeCommitRecord } from './commit-record.js'
import { commitKey, storeId } from './keys.js'
import { NodeDb } from './node-db.js'
import { asStoreDb, b, openDb, openStore, removeDir, type TestDb, tempDir } from './test-helpers.js'
import { SavedTree } from './tree-store.js'
import type { CommitMultiStore } from './types.js'

/** Every node sequence number reachable from the retained versions of `name`. */
function reachable(db: TestDb, store: CommitMultiStore, name: string): Set<number> {
  const nodes = new NodeDb(asStoreDb(db), storeId(name), 1_000)
  const seen = new Set<number>()
  for (const v of store.versions()) {
    const rec = decodeCommitRecord(db.getSync(commitKey(Number(v)))!)
    const tree = new SavedTree(nodes, rec.stores.find((s) => s.name === name)!.rootSeq, Number(v))
    const stack = tree.root ? [tree.root] : []
    while (stack.length > 0) {
      const n = stack.pop()!
      if (seen.has(n.seq)) continue
      seen.add(n.seq)
      if (n.height > 0) stack.push(tree.left(n), tree.right(n))
    }
  }
  return seen
}

async function storedNodes(db: TestDb, name: string): Promise<Set<number>> {
  const id = storeId(name)
  const prefix = Uint8Array.of(0x6e, ...id)
  const out = new Set<number>()
  for await (const key of db.keys({ gte: prefix, lt: Uint8Array.of(0x6e, ...id, 0xff) })) {
    out.add(Number(Buffer.from(key.subarray(prefix.length)).readBigUInt64BE()))
  }
  return out
}

describe('pruning', () => {
  let dir: string
  let db: TestDb | undefined
  afterEach(async () => {
    await db?.close()
    db = undefined
    await removeDir(dir)
  })

  it('keeps the recent and every-M-th versions and deletes every node only pruned versions used', async () => {
    dir = await tempDir()
    db = await openDb(dir)
    let store = await openStore(db, { pruning: { keepRecent: 3, keepEvery: 5 }, nodeCacheSize: 16 })
    for (let v = 1; v <= 24; v++) {
      if (v === 12) {
        await db.close()
        db = await openDb(dir)
        store = await openStore(db, { pruning: { keepRecent: 3, keepEvery: 5 }, nodeCacheSize: 16 })
      }
      const block = store.branch()
      const bank = block.getKVStore('bank')
      for (let i = 0; i < 40; i++) bank.set(b(`k${(v * 37 + i * 11) % 97}`), b(`v${v}.${i}`))
      for (let i = 0; i < 10; i++) bank.delete(b(`k${(v * 13 + i * 7) % 97}`))
      block.write()
      await store.commit()
    }
    expect(store.versions()).toEqual([5n, 10n, 15n, 20n, 22n, 23n, 24n])
    expect(await storedNodes(db, 'bank')).toEqual(reachable(db, store, 'bank'))
    expect(() => store.storeAt('bank', 21n)).toThrow(expect.objectContaining({ code: 'VERSION_PRUNED' }))
    expect(() => store.storeAt('bank', 25n)).toThrow(expect.objectContaining({ code: 'VERSION_NOT_FOUND' }))
    expect(() => store.storeAt('bank', 0n)).toThrow(expect.objectContaining({ code: 'INVALID_VERSION' }))
    expect([...store.storeAt('bank', 5n).iterator()].length).toBeGreaterThan(0)

    // Tightening the policy on reopen prunes what the new policy no longer keeps.
    await db.close()
    db = await openDb(dir)
    store = await openStore(db, { pruning: { keepRecent: 1, keepEvery: 0 } })
    await store.commit()
    expect(store.versions()).toEqual([25n])
    expect(await storedNodes(db, 'bank')).toEqual(reachable(db, store, 'bank'))
  })
})
