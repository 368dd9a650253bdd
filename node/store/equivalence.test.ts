// The store against the frozen reference implementation (reference/, the store as it was before the
// in-memory rewrite): a seeded random history of writes, deletes, dropped branches, commits and reopens is
// replayed through both, and every app hash, every store root, the reads and the proof bytes at retained
// versions must be identical. Any change to node hashing, tree shape or proof encoding fails here.
import { describe, expect, it } from 'vitest'
import { toHex, utf8 } from '../../modules/sdk/bytes.js'
import { seededRandom } from '../testing/seeded-random.js'
import { openCommitMultiStore } from './open.js'
import type { Pruning } from './pruning.js'
import { openCommitMultiStore as openReference } from './reference/open.js'
import { asStoreDb, openDb, removeDir, type TestDb, tempDir } from './test-helpers.js'
import type { CommitMultiStore } from './types.js'

const STORES = ['acc', 'bank', 'wasm']

interface Side {
  dir: string
  db: TestDb
  store: CommitMultiStore
}

async function history(seed: number, pruning: Pruning, versions: number, options: object): Promise<void> {
  const random = seededRandom(seed)
  const int = (n: number) => Math.floor(random() * n)
  const open = async (side: Side | undefined, reference: boolean): Promise<Side> => {
    const dir = side?.dir ?? (await tempDir())
    const db = await openDb(dir)
    const opts = { db: asStoreDb(db), storeNames: STORES, pruning }
    const store = reference
      ? await openReference({ ...opts, nodeCacheSize: 64 })
      : await openCommitMultiStore({ ...opts, ...options })
    return { dir, db, store }
  }
  let ref = await open(undefined, true)
  let cur = await open(undefined, false)
  const why = (v: number) => `seed ${seed}, pruning ${JSON.stringify(pruning)}, version ${v}`
  try {
    for (let v = 1; v <= versions; v++) {
      // Several flushes per version, tx branches dropped at random: the same calls on both sides.
      const flushes = 1 + int(3)
      const blocks = [ref.store.branch(), cur.store.branch()]
      for (let f = 0; f < flushes; f++) {
        const txs = blocks.map((bl) => bl.branch())
        const ops = int(60)
        for (let i = 0; i < ops; i++) {
          const name = STORES[int(STORES.length)]!
          // Small key spaces so writes overwrite, delete present keys and rebalance often.
          const key = utf8.encode(`${name[0]}${int(v < 5 ? 40 : 400)}`)
          const del = random() < 0.3
          const value = utf8.encode(`v${v}.${int(1_000_000)}`)
          for (const tx of txs) {
            if (del) tx.getKVStore(name).delete(key)
            else tx.getKVStore(name).set(key, value)
          }
        }
        if (random() < 0.85) for (const tx of txs) tx.write()
        for (const bl of blocks) bl.write()
      }
      expect(toHex(cur.store.workingHash()), why(v)).toBe(toHex(ref.store.workingHash()))
      const [a, b] = [await ref.store.commit(), await cur.store.commit()]
      expect(b.version, why(v)).toBe(a.version)
      expect(toHex(b.hash), why(v)).toBe(toHex(a.hash))
      expect(cur.store.versions(), why(v)).toEqual(ref.store.versions())

      // Reads and proof bytes at a few retained versions (the latest and random older ones).
      const retained = ref.store.versions()
      const probes = [retained[retained.length - 1]!, retained[int(retained.length)]!]
      for (const at of probes) {
        for (const name of STORES) {
          const [ra, rb] = [ref.store.storeAt(name, at), cur.store.storeAt(name, at)]
          expect([...rb.iterator()], why(v)).toEqual([...ra.iterator()])
          for (let k = 0; k < 4; k++) {
            const key = utf8.encode(`${name[0]}${int(400)}`)
            expect(rb.get(key), why(v)).toEqual(ra.get(key))
            if ([...ra.iterator()].length === 0) continue
            const [pa, pb] = [ref.store.prove(name, key, at), cur.store.prove(name, key, at)]
            expect(pb, why(v)).toEqual(pa)
          }
        }
      }

      if (random() < 0.08) {
        for (const s of [ref, cur]) await s.db.close()
        ref = await open(ref, true)
        cur = await open(cur, false)
        expect(toHex(cur.store.lastCommit().hash), why(v)).toBe(toHex(ref.store.lastCommit().hash))
      }
    }
  } finally {
    for (const s of [ref, cur]) {
      await s.db.close()
      await removeDir(s.dir)
    }
  }
}

describe('equivalence with the reference store', () => {
  const seed = Date.now() % 1_000_000
  console.log(`equivalence seed ${seed}`)

  it('keeps every root identical when keeping everything (trees in memory)', async () => {
    await history(seed, { keepRecent: 0, keepEvery: 0 }, 40, {})
  }, 120_000)

  it('keeps every root identical under pruning, replaying old versions from checkpoints', async () => {
    await history(seed + 1, { keepRecent: 3, keepEvery: 7 }, 40, { checkpointInterval: 3 })
  }, 120_000)

  it('keeps every root identical with trees loaded through a tiny node cache', async () => {
    const tiny = { checkpointInterval: 2, memoryNodes: 0, readCacheSize: 0, nodeCacheSize: 8 }
    await history(seed + 2, { keepRecent: 0, keepEvery: 0 }, 30, tiny)
  }, 120_000)
})
