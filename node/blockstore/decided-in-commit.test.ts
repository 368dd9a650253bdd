// A decided block and its results ride in the state store's commit batch when both stores are sublevels of
// one LevelDB (the node's layout): they land in the block store's sublevel, become visible with the state's
// version, and a commit that fails writes neither.
import { afterEach, describe, expect, it } from 'vitest'
import { openCommitMultiStore } from '../store/index.js'
import type { FinalizeBlockResult } from '../types/abci.js'
import { BlockStore } from './block-store.js'
import { makeChain, tempLevel } from './test-chain.js'

const view = { keyEncoding: 'view', valueEncoding: 'view' } as const
let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

const result = (h: bigint): FinalizeBlockResult => ({
  events: [{ type: 'mint', attributes: [{ key: 'amount', value: `${h}udatum`, index: true }] }],
  txResults: [],
  validatorUpdates: [],
  appHash: new Uint8Array(32).fill(Number(h)),
})

async function open() {
  const t = await tempLevel()
  cleanup.push(t.close)
  const stateDb = t.db.sublevel<Uint8Array, Uint8Array>('s', view)
  const blocksDb = t.db.sublevel<Uint8Array, Uint8Array>('b', view)
  await stateDb.open()
  const store = await openCommitMultiStore({ db: stateDb, storeNames: ['bank'] })
  const blocks = await BlockStore.open(blocksDb)
  return { t, stateDb, blocksDb, store, blocks }
}

describe('a decided block in the state commit batch', () => {
  it('is stored in the block sublevel with its results, at the same time as the state version', async () => {
    const { store, blocks, blocksDb } = await open()
    const chain = makeChain(2)
    for (const [i, { block, seen }] of chain.entries()) {
      const h = BigInt(i + 1)
      const branch = store.branch()
      branch.getKVStore('bank').set(Uint8Array.of(i), Uint8Array.of(1))
      branch.write()
      const decided = blocks.decidedOps(block, seen, result(h))
      expect(blocks.height()).toBe(h - 1n)
      const info = await store.commit([], decided.ops)
      decided.saved()
      expect([info.version, blocks.height()]).toEqual([h, h])
    }
    // Nothing leaked into the state sublevel's key space: a reopened block store reads both blocks.
    const reopened = await BlockStore.open(blocksDb)
    expect([reopened.base(), reopened.height()]).toEqual([1n, 2n])
    expect(await reopened.results(2n)).toEqual(result(2n))
    expect((await reopened.commit(1n)).canonical).toBe(true)
    expect((await reopened.block(2n)).blockId.hash).toEqual(chain[1]!.seen.blockId.hash)
  })

  it('writes no block when the state commit fails', async () => {
    const { store, blocks, t } = await open()
    const [first] = makeChain(1)
    const decided = blocks.decidedOps(first!.block, first!.seen, result(1n))
    await t.db.close()
    await expect(store.commit([], decided.ops)).rejects.toThrow()
    await t.db.open()
    const reopened = await BlockStore.open(t.db.sublevel<Uint8Array, Uint8Array>('b', view))
    expect(reopened.height()).toBe(0n)
  })
})
