// Pruning deletes exactly the nodes no kept checkpoint can reach, the checkpoints and changesets no retained
// version needs, and nothing else; every retained version still reads (from its checkpoint plus changesets).
import { afterEach, describe, expect, it } from 'vitest'
import { decodeCommitRecord } from './commit-record.js'
import { changesetKey, checkpointKey, decodeVersion, storeId } from './keys.js'
import { NodeDb } from './node-db.js'
import { asStoreDb, b, openDb, openStore, removeDir, type TestDb, tempDir } from './test-helpers.js'
import { SavedTree } from './tree-store.js'

async function listed(db: TestDb, keyOf: (v: number) => Uint8Array): Promise<number[]> {
  const out: number[] = []
  for await (const key of db.keys({ gte: keyOf(0), lt: keyOf(Number.MAX_SAFE_INTEGER) })) {
    out.push(decodeVersion(key.subarray(1)))
  }
  return out
}

/** Every node sequence number reachable from the checkpoints of `name` on disk. */
async function reachable(db: TestDb, name: string): Promise<Set<number>> {
  const nodes = new NodeDb(asStoreDb(db), storeId(name), 1_000)
  const seen = new Set<number>()
  for (const v of await listed(db, checkpointKey)) {
    const rec = decodeCommitRecord(db.getSync(checkpointKey(v))!)
    const tree = SavedTree.fromDisk(nodes, rec.stores.find((s) => s.name === name)!.rootSeq, Number(v))
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
    const opts = { pruning: { keepRecent: 3, keepEvery: 5 }, nodeCacheSize: 16, checkpointInterval: 3 }
    let store = await openStore(db, opts)
    for (let v = 1; v <= 24; v++) {
      if (v === 12) {
        await db.close()
        db = await openDb(dir)
        store = await openStore(db, opts)
      }
      const block = store.branch()
      const bank = block.getKVStore('bank')
      for (let i = 0; i < 40; i++) bank.set(b(`k${(v * 37 + i * 11) % 97}`), b(`v${v}.${i}`))
      for (let i = 0; i < 10; i++) bank.delete(b(`k${(v * 13 + i * 7) % 97}`))
      block.write()
      await store.commit()
    }
    expect(store.versions()).toEqual([5n, 10n, 15n, 20n, 22n, 23n, 24n])
    // Checkpoints: every 5th version (keepEvery) and 3 versions after the previous one; 22 replays
    // from 20 through 21, 24 from 23 (the newest checkpoint, where a reopen starts).
    expect(await listed(db, checkpointKey)).toEqual([5, 10, 15, 20, 23])
    expect(await listed(db, changesetKey)).toEqual([21, 22, 24])
    expect(await storedNodes(db, 'bank')).toEqual(await reachable(db, 'bank'))
    expect([...store.storeAt('bank', 22n).iterator()].length).toBeGreaterThan(0)
    expect(() => store.storeAt('bank', 21n)).toThrow(expect.objectContaining({ code: 'VERSION_PRUNED' }))
    expect(() => store.storeAt('bank', 25n)).toThrow(expect.objectContaining({ code: 'VERSION_NOT_FOUND' }))
    expect(() => store.storeAt('bank', 0n)).toThrow(expect.objectContaining({ code: 'INVALID_VERSION' }))
    expect([...store.storeAt('bank', 5n).iterator()].length).toBeGreaterThan(0)

    // Tightening the policy on reopen prunes what the new policy no longer keeps.
    await db.close()
    db = await openDb(dir)
    store = await openStore(db, { pruning: { keepRecent: 1, keepEvery: 0 }, checkpointInterval: 3 })
    await store.commit()
    expect(store.versions()).toEqual([25n])
    expect(await listed(db, checkpointKey)).toEqual([23])
    expect(await listed(db, changesetKey)).toEqual([24, 25])
    expect(await storedNodes(db, 'bank')).toEqual(await reachable(db, 'bank'))
  })
})
