// Chain.commit's short path: the block is durable and the mempool updated when commit returns; indexing and
// event publishing follow in order behind it (flushIndex waits for them); each tx is hashed once and the
// same hashes reach execution, the mempool, the index and the events; a proposer caps its block at what it
// executed in its budget.
import { afterEach, describe, expect, it } from 'vitest'
import type { AbciEvent } from '../../modules/sdk/events.js'
import { BlockStore } from '../blockstore/block-store.js'
import { makeChain, tempLevel } from '../blockstore/test-chain.js'
import { DEFAULT_CONSENSUS_PARAMS } from '../config/genesis.js'
import { genesisSchedule } from '../consensus/validator-schedule.js'
import { ValidatorSet } from '../consensus/validator-set.js'
import type { Application, FinalizeBlockRequest, TxResult } from '../types/abci.js'
import { emptyBlockId } from '../types/commit.js'
import { txHash } from '../types/hash.js'
import { lastResultsHash } from '../types/results.js'
import { Chain } from './chain.js'

let close: (() => Promise<void>) | undefined
afterEach(async () => close?.())

const ok: TxResult = {
  code: 0,
  codespace: '',
  log: '',
  info: '',
  data: new Uint8Array(),
  gasWanted: 1n,
  gasUsed: 1n,
  events: [],
}

async function setup(opts: { executionBudgetMs?: number; executeMsPerTx?: number } = {}) {
  const t = await tempLevel()
  close = t.close
  const view = { keyEncoding: 'view', valueEncoding: 'view' } as const
  const blocks = await BlockStore.open(t.db.sublevel<Uint8Array, Uint8Array>('b', view))
  const finalized: FinalizeBlockRequest[] = []
  const app = {
    finalizeBlock(req: FinalizeBlockRequest) {
      finalized.push(req)
      // Busy-waits so the chain observes an execution time per tx.
      const until = performance.now() + (opts.executeMsPerTx ?? 0) * req.txs.length
      while (performance.now() < until);
      return {
        events: [],
        txResults: req.txs.map(() => ok),
        validatorUpdates: [],
        // makeChain's headers carry an app hash filled with their height: the state after h is h + 1's
        appHash: new Uint8Array(32).fill(Number((req.height + 1n) % 256n)),
      }
    },
    commit: async () => ({ retainHeight: 0n }),
    prepareProposal: (txs: Uint8Array[]) => txs,
  } as unknown as Application
  const updates: { txs: readonly Uint8Array[]; hashes?: readonly Uint8Array[] }[] = []
  const reaps: (number | undefined)[] = []
  const mempool = {
    update: (_h: bigint, txs: readonly Uint8Array[], hashes?: readonly Uint8Array[]) =>
      updates.push({ txs, hashes }),
    reap: (_b: bigint, _g: bigint, maxTxs?: number) => {
      reaps.push(maxTxs)
      return []
    },
  }
  let release: () => void = () => {}
  const gate = new Promise<void>((r) => {
    release = r
  })
  const indexed: { height: bigint; hashes?: readonly Uint8Array[] }[] = []
  const txIndex = {
    async indexBlock(
      height: bigint,
      _txs: readonly Uint8Array[],
      _r: readonly TxResult[],
      _e: readonly AbciEvent[],
      hashes?: readonly Uint8Array[],
    ) {
      await gate
      indexed.push({ height, hashes })
    },
    indexedHeight: () => 0n,
  }
  const published: { height: bigint; hashes: readonly Uint8Array[] }[] = []
  const set = ValidatorSet.create([{ pubKey: new Uint8Array(32).fill(9), power: 10n }])
  const chain = new Chain({
    app,
    blocks,
    state: {
      chainId: 'datum-test-1',
      initialHeight: 1n,
      lastBlockHeight: 0n,
      lastBlockId: emptyBlockId(),
      lastBlockTime: { seconds: 1_700_000_000n, nanos: 0 },
      appHash: new Uint8Array(32).fill(1),
      lastResultsHash: lastResultsHash([]),
      consensusParams: DEFAULT_CONSENSUS_PARAMS,
      schedule: genesisSchedule(1n, set),
    },
    stateDb: { getSync: () => undefined },
    mempool,
    txIndex,
    onCommitted: (block, _id, _result, hashes) => published.push({ height: block.header.height, hashes }),
    executionBudgetMs: opts.executionBudgetMs,
  })
  return { chain, blocks, finalized, updates, reaps, indexed, published, release }
}

describe('Chain.commit', () => {
  it('refuses a committed block built on another app hash, storing and executing nothing', async () => {
    const s = await setup()
    const [b1] = makeChain(1)
    const forged = { ...b1!.block, header: { ...b1!.block.header, appHash: new Uint8Array(32).fill(7) } }
    await expect(s.chain.commit(forged, b1!.seen)).rejects.toThrow(
      /app hash mismatch at height 1: the committed block carries 0707.* but this node's state after height 0 is 0101.*; its state diverged/,
    )
    expect([s.blocks.height(), s.chain.state.lastBlockHeight, s.finalized.length]).toEqual([0n, 0n, 0])
    await s.chain.commit(b1!.block, b1!.seen)
    expect(s.chain.state.lastBlockHeight).toBe(1n)
  })

  it('returns once the block is stored and the mempool updated; indexing and events follow, in order', async () => {
    const s = await setup()
    const txs = (h: bigint) => [Uint8Array.of(Number(h), 1), Uint8Array.of(Number(h), 2)]
    const [b1, b2] = makeChain(2, txs)
    await s.chain.commit(b1!.block, b1!.seen)
    await s.chain.commit(b2!.block, b2!.seen)
    // Both blocks are durable and the pool saw both, while the index has written nothing yet.
    expect(s.blocks.height()).toBe(2n)
    expect(s.chain.state.lastBlockHeight).toBe(2n)
    expect(s.updates).toHaveLength(2)
    expect(s.indexed).toHaveLength(0)
    expect(s.published).toHaveLength(0)
    s.release()
    await s.chain.flushIndex()
    expect(s.indexed.map((i) => i.height)).toEqual([1n, 2n])
    expect(s.published.map((p) => p.height)).toEqual([1n, 2n])
    // One hash per tx, computed once and shared by execution, the mempool, the index and the events.
    const want = b2!.block.data.txs.map(txHash)
    const hashes = s.finalized[1]!.txHashes!
    expect(hashes).toEqual(want)
    expect(s.updates[1]!.hashes).toBe(hashes)
    expect(s.indexed[1]!.hashes).toBe(hashes)
    expect(s.published[1]!.hashes).toBe(hashes)
  })

  it('caps a proposal at the txs executed in the budget, never below 100', async () => {
    const s = await setup({ executionBudgetMs: 50, executeMsPerTx: 0.1 })
    s.release()
    const ctx = {
      height: 2n,
      round: 0,
      time: { seconds: 1n, nanos: 0 },
      proposerAddress: new Uint8Array(20),
      validators: s.chain.state.schedule.validators,
      nextValidators: s.chain.state.schedule.nextValidators,
      evidence: [],
    }
    await s.chain.propose({ ...ctx, height: 1n })
    expect(s.reaps[0]).toBe(Number.POSITIVE_INFINITY) // nothing executed yet: no cap
    const [b1] = makeChain(1, () => Array.from({ length: 200 }, (_, i) => Uint8Array.of(1, i)))
    await s.chain.commit(b1!.block, b1!.seen)
    await s.chain.propose(ctx).catch(() => undefined)
    // 0.1 ms per tx (or a little more) in a 50 ms budget: at most 500 txs, at least the floor of 100.
    expect(s.reaps[1]).toBeLessThanOrEqual(500)
    expect(s.reaps[1]).toBeGreaterThanOrEqual(100)
  })
})
