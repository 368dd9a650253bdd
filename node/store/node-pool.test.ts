// The working tree reuses the objects of nodes that left it once no version held in memory reaches them
// (node-pool.ts). A view of a version taken while it was in memory and held across later commits must still
// read that version exactly: gets, a half-consumed iterator (forward and reverse) and proofs. With a checkpoint
// at every version (or every second one) the nodes being reused were saved: the view then re-resolves from a
// checkpoint (or a replay from one), which must not share objects with the working tree.
import { describe, expect, it } from 'vitest'
import { toHex, utf8 } from '../../modules/sdk/bytes.js'
import { b, openDb, openStore, removeDir, tempDir, verifyProof } from './test-helpers.js'

const key = (i: number) => utf8.encode(`key${String(i).padStart(4, '0')}`)

describe('node object reuse', () => {
  it.each([
    ['never-saved nodes (default checkpoint interval)', {}],
    ['saved nodes, a checkpoint at every version', { checkpointInterval: 1 }],
    ['saved nodes, a checkpoint every 2 versions (views replay)', { checkpointInterval: 2 }],
  ])('views held across commits keep reading their version: %s', async (_, opts) => {
    const dir = await tempDir()
    const db = await openDb(dir)
    try {
      const store = await openStore(db, { readCacheSize: 0, ...opts })
      const block = store.branch()
      const acc = block.getKVStore('acc')
      for (let i = 0; i < 300; i++) acc.set(key(i), b(`v1-${i}`))
      block.write()
      const v1 = await store.commit()
      const view = store.storeAt('acc', 1n)
      const forward = view.iterator()
      const reverse = view.iterator(undefined, undefined, true)
      const seen = [forward.next().value, forward.next().value, reverse.next().value]
      expect(toHex(seen[0]!.key)).toBe(toHex(key(0)))
      expect(toHex(seen[2]!.key)).toBe(toHex(key(299)))
      // Later versions rewrite every node of version 1: overwrites, deletes and new keys.
      for (let v = 2; v <= 6; v++) {
        const bl = store.branch()
        const kv = bl.getKVStore('acc')
        for (let i = 0; i < 300; i++) {
          if (i % 7 === v) kv.delete(key(i))
          else kv.set(key(i), b(`v${v}-${i}`))
        }
        for (let i = 0; i < 50; i++) kv.set(key(1000 + v * 50 + i), b(`new${v}`))
        bl.write()
        await store.commit()
      }
      for (let i = 0; i < 300; i++) expect(utf8.decode(view.get(key(i))!)).toBe(`v1-${i}`)
      expect(view.get(key(1300))).toBeUndefined()
      const rest = [...forward].map((p) => utf8.decode(p.key))
      expect(rest).toEqual(Array.from({ length: 298 }, (_, i) => utf8.decode(key(i + 2))))
      const back = [...reverse].map((p) => utf8.decode(p.value))
      expect(back).toEqual(Array.from({ length: 299 }, (_, i) => `v1-${298 - i}`))
      const p = store.prove('acc', key(5), 1n)
      expect(verifyProof(p.ops, v1.hash, key(5), b('v1-5'))).toBe(true)
      // The latest version reads its own writes.
      expect(utf8.decode(store.storeAt('acc', 6n).get(key(1))!)).toBe('v6-1')
    } finally {
      await db.close()
      await removeDir(dir)
    }
  })
})
