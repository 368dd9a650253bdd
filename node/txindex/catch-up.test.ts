import { afterEach, describe, expect, it } from 'vitest'
import { BlockStore } from '../blockstore/block-store.js'
import { makeChain, tempLevel } from '../blockstore/test-chain.js'
import type { FinalizeBlockResult } from '../types/abci.js'
import { catchUpIndex } from './catch-up.js'
import { TxIndex } from './tx-index.js'

let close: (() => Promise<void>) | undefined
afterEach(async () => close?.())

const resultsFor = (txs: Uint8Array[], h: bigint): FinalizeBlockResult => ({
  events: [{ type: 'mint', attributes: [{ key: 'height', value: `${h}`, index: true }] }],
  txResults: txs.map(() => ({
    code: 0,
    codespace: '',
    log: '',
    info: '',
    data: new Uint8Array(0),
    gasWanted: 1n,
    gasUsed: 1n,
    events: [{ type: 'message', attributes: [{ key: 'sender', value: `s${h}`, index: true }] }],
  })),
  validatorUpdates: [],
  appHash: new Uint8Array(32),
})

describe('catchUpIndex', () => {
  it('indexes the heights the block store has beyond the index, up to the first without results', async () => {
    const t = await tempLevel()
    close = t.close
    const view = { keyEncoding: 'view', valueEncoding: 'view' } as const
    const store = await BlockStore.open(t.db.sublevel<Uint8Array, Uint8Array>('b', view))
    const index = await TxIndex.open(t.db.sublevel<Uint8Array, Uint8Array>('i', view))
    const chain = makeChain(5, (h) => [Uint8Array.of(Number(h)), Uint8Array.of(Number(h), 0)])
    for (const { block, seen } of chain) {
      await store.saveBlock(block, seen)
      const h = block.header.height
      // Height 5 was saved but not executed yet (the node will replay it).
      if (h < 5n) await store.saveResults(h, resultsFor(block.data.txs, h))
      if (h <= 2n) await index.indexBlock(h, block.data.txs, resultsFor(block.data.txs, h).txResults, [])
    }
    expect(await catchUpIndex(store, index)).toBe(2)
    expect(index.indexedHeight()).toBe(4n)
    expect((await index.search("message.sender='s4'")).total).toBe(2)
    expect((await index.searchBlocks('mint.height=3')).items).toEqual([3n])
    expect(await catchUpIndex(store, index)).toBe(0)
  })
})
