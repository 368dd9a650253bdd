import { afterEach, describe, expect, it } from 'vitest'
import type { FinalizeBlockResult } from '../types/abci.js'
import { BlockStore } from './block-store.js'
import { BlockStoreError } from './errors.js'
import { makeChain, tempLevel } from './test-chain.js'

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')
let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanup) await c()
  cleanup = []
})

async function fresh() {
  const t = await tempLevel()
  cleanup.push(t.close)
  const db = t.db.sublevel<Uint8Array, Uint8Array>('blocks', { keyEncoding: 'view', valueEncoding: 'view' })
  return { t, db, store: await BlockStore.open(db, { pruneBatch: 10 }) }
}

const result = (h: bigint): FinalizeBlockResult => ({
  events: [{ type: 'mint', attributes: [{ key: 'amount', value: `${h}udatum`, index: true }] }],
  txResults: [
    {
      code: 5,
      codespace: 'sdk',
      log: 'insufficient funds',
      info: '',
      data: new Uint8Array(0),
      gasWanted: 200000n,
      gasUsed: 41000n,
      events: [{ type: 'tx', attributes: [{ key: 'fee', value: '10udatum', index: true }] }],
    },
  ],
  validatorUpdates: [{ pubKey: new Uint8Array(32).fill(3), power: 7n }],
  consensusParamUpdates: {
    block: { maxBytes: 100n, maxGas: -1n },
    evidence: { maxAgeNumBlocks: 10n, maxAgeDurationSeconds: 3600n, maxBytes: 1000n },
    validator: { pubKeyTypes: ['ed25519'] },
  },
  appHash: new Uint8Array(32).fill(4),
})

describe('BlockStore', () => {
  it('saves and loads blocks by height and hash, commits and results, and survives reopening', async () => {
    const { t, db, store } = await fresh()
    const chain = makeChain(3, (h) => [Uint8Array.of(Number(h), 1)])
    for (const { block, seen } of chain) await store.saveBlock(block, seen)
    await store.saveResults(2n, result(2n))
    expect([store.base(), store.height()]).toEqual([1n, 3n])

    const reopened = await BlockStore.open(db)
    expect([reopened.base(), reopened.height()]).toEqual([1n, 3n])
    const b2 = await reopened.block(2n)
    expect(hex(b2.blockId.hash)).toBe(hex(chain[1]!.seen.blockId.hash))
    expect(b2.block.data.txs).toEqual([Uint8Array.of(2, 1)])
    const byHash = await reopened.blockByHash(b2.blockId.hash)
    expect(byHash?.block.header.height).toBe(2n)
    expect(await reopened.blockByHash(new Uint8Array(32))).toBeUndefined()

    expect((await reopened.commit(2n)).canonical).toBe(true)
    expect(hex((await reopened.commit(2n)).commit.blockId.hash)).toBe(hex(b2.blockId.hash))
    const latest = await reopened.commit(3n)
    expect(latest.canonical).toBe(false)
    expect(await reopened.seenCommit(2n)).toBeUndefined()

    expect(await reopened.results(2n)).toEqual(result(2n))
    await expect(reopened.results(3n)).rejects.toThrow('could not find results for height #3')
    expect((await reopened.blockMeta(3n)).numTxs).toBe(1)
    expect(t.db.status).toBe('open')
  })

  it('refuses bad heights with CometBFT messages and non-contiguous saves', async () => {
    const { store } = await fresh()
    const chain = makeChain(3)
    await store.saveBlock(chain[0]!.block, chain[0]!.seen)
    await expect(store.block(0n)).rejects.toThrow('height must be greater than 0, but got 0')
    await expect(store.block(5n)).rejects.toThrow(
      'height 5 must be less than or equal to the current blockchain height 1',
    )
    await expect(store.saveBlock(chain[2]!.block, chain[2]!.seen)).rejects.toMatchObject({
      code: 'NOT_CONTIGUOUS',
    })
    await expect(store.saveBlock(chain[1]!.block, chain[0]!.seen)).rejects.toMatchObject({
      code: 'COMMIT_MISMATCH',
    })
    await expect(store.block(1n)).resolves.toBeDefined()
    expect(new BlockStoreError('CORRUPT', 'x').code).toBe('CORRUPT')
    expect(store.height()).toBe(1n)
  })

  it('starts at a non-1 initial height', async () => {
    const { store } = await fresh()
    const chain = makeChain(2, () => [], 100n)
    for (const { block, seen } of chain) await store.saveBlock(block, seen)
    expect([store.base(), store.height()]).toEqual([100n, 101n])
    expect((await store.commit(100n)).canonical).toBe(true)
  })

  it('prunes below a retain height, across batches, and keeps the rest', async () => {
    const { db, store } = await fresh()
    const chain = makeChain(45)
    for (const { block, seen } of chain) await store.saveBlock(block, seen)
    for (const h of [1n, 30n]) await store.saveResults(h, result(h))
    const gone = chain[5]!.seen.blockId.hash
    expect(await store.prune(31n)).toBe(30)
    expect(store.base()).toBe(31n)
    await expect(store.block(30n)).rejects.toThrow('height 30 is not available, lowest height is 31')
    expect(await store.blockByHash(gone)).toBeUndefined()
    expect((await store.block(31n)).block.header.height).toBe(31n)
    expect((await BlockStore.open(db)).base()).toBe(31n)
    let keys = 0
    for await (const _ of db.keys({})) keys++
    // Blocks 31..45 (block + id + hash + commit or seen commit) + meta.
    expect(keys).toBe(15 * 4 + 1)
    await expect(store.prune(5000n)).rejects.toMatchObject({ code: 'HEIGHT_IN_FUTURE' })
  })
})
