// Re-packing moves keys and values of an in-memory tree into fresh slab chunks without changing anything a
// reader or the commitment sees: a twin tree that never re-packs must agree on every read, range, proof and
// every later root hash (the split keys route later inserts and deletes, so a wrong one changes the shape).
import { describe, expect, it } from 'vitest'
import { toHex, utf8 } from '../../modules/sdk/bytes.js'
import { seededRandom } from '../testing/seeded-random.js'
import { iavlCommitmentProof } from './iavl-proof.js'
import { storeId } from './keys.js'
import { NodeDb } from './node-db.js'
import { repack } from './repack.js'
import { asStoreDb, openDb, removeDir, tempDir } from './test-helpers.js'
import { MutableTree } from './tree.js'
import { SavedTree } from './tree-store.js'

describe('repack', () => {
  it('changes no read, range, proof or later root', async () => {
    const seed = Date.now() % 1_000_000
    console.log(`repack seed ${seed}`)
    const random = seededRandom(seed)
    const int = (n: number) => Math.floor(random() * n)
    const dir = await tempDir()
    const db = await openDb(dir)
    try {
      const nodes = new NodeDb(asStoreDb(db), storeId('s'), 1_000)
      const opts = { pin: true, readCacheSize: 0, recycle: true }
      const a = new MutableTree(nodes, 0, 0, 1, opts)
      const b = new MutableTree(nodes, 0, 0, 1, opts)
      for (let v = 1; v <= 30; v++) {
        for (let i = 0; i < 200; i++) {
          const key = utf8.encode(`k${int(500)}`)
          if (random() < 0.3) {
            a.delete(key)
            b.delete(key)
          } else {
            const value = utf8.encode(`v${v}-${int(1000)}`.repeat(1 + int(3)))
            a.set(key, value)
            b.set(key, value)
          }
        }
        const ca = a.commit()
        const cb = b.commit()
        expect(toHex(ca.hash), `seed ${seed} version ${v}`).toBe(toHex(cb.hash))
        if (v % 3 === 0) {
          const bytes = repack(a.committedRoot())
          expect(bytes).toBeGreaterThan(0)
        }
        const all = [...b.iterator(undefined, undefined, false)]
        expect([...a.iterator(undefined, undefined, false)]).toEqual(all)
        expect([...a.iterator(utf8.encode('k2'), utf8.encode('k4'), true)]).toEqual([
          ...b.iterator(utf8.encode('k2'), utf8.encode('k4'), true),
        ])
        for (let k = 0; k < 500; k += 7) {
          const key = utf8.encode(`k${k}`)
          expect(a.get(key), `seed ${seed} version ${v} key ${k}`).toEqual(b.get(key))
          if (a.size() > 0 && k % 4 === 0) {
            const pa = iavlCommitmentProof(new SavedTree(nodes, a.committedRoot(), v), key)
            const pb = iavlCommitmentProof(new SavedTree(nodes, b.committedRoot(), v), key)
            expect(pa).toEqual(pb)
          }
        }
      }
    } finally {
      await db.close()
      await removeDir(dir)
    }
  })
})
