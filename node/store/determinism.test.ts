// Same operations, same app hash, byte for byte; and a pinned hash so any change to the consensus format
// (node hashing, versions, multistore root) is caught here before it forks a network.
import { afterEach, describe, expect, it } from 'vitest'
import { toHex, utf8 } from '../../modules/sdk/bytes.js'
import { openDb, openStore, removeDir, type TestDb, tempDir } from './test-helpers.js'
import type { CommitMultiStore } from './types.js'

async function replay(store: CommitMultiStore, seed: number): Promise<string[]> {
  let s = seed
  const next = () => {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0
    return s
  }
  const hashes: string[] = []
  for (let v = 0; v < 8; v++) {
    const block = store.branch()
    for (let i = 0; i < 200; i++) {
      const tx = block.branch()
      const kv = tx.getKVStore(next() % 2 === 0 ? 'acc' : 'bank')
      const key = utf8.encode(`k${next() % 300}`)
      if (next() % 4 === 0) kv.delete(key)
      else kv.set(key, utf8.encode(`v${next()}`))
      if (next() % 10 !== 0) tx.write()
    }
    block.write()
    hashes.push(toHex((await store.commit()).hash))
  }
  return hashes
}

describe('determinism', () => {
  const dirs: string[] = []
  const dbs: TestDb[] = []
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.close()
    for (const d of dirs.splice(0)) await removeDir(d)
  })

  const fresh = async (cacheSize: number) => {
    const dir = await tempDir()
    dirs.push(dir)
    const db = await openDb(dir)
    dbs.push(db)
    return openStore(db, {
      nodeCacheSize: cacheSize,
      pruning: { keepRecent: cacheSize === 4 ? 1 : 0, keepEvery: 0 },
    })
  }

  it('gives the same app hashes for the same operations, whatever the cache size and pruning', async () => {
    const a = await replay(await fresh(100_000), 42)
    const b = await replay(await fresh(4), 42)
    expect(b).toEqual(a)
    expect(await replay(await fresh(100_000), 43)).not.toEqual(a)
  })

  it('pins the format: a known state has a known app hash', async () => {
    const store = await fresh(1_000)
    const block = store.branch()
    for (let i = 0; i < 26; i++) {
      block.getKVStore('bank').set(utf8.encode(String.fromCharCode(97 + i)), utf8.encode(`value ${i}`))
    }
    block.getKVStore('acc').set(utf8.encode('account'), utf8.encode('one'))
    block.write()
    const c = await store.commit()
    expect(toHex(c.hash)).toBe('4d6735c5933d3f758af06d12bff5470167ced72266130a2699efed8b3d29666a')
  })
})
