import { describe, expect, it } from 'vitest'
import { FakeChain } from '../testing.js'
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './limits.js'
import { serveRequest } from './serve.js'

const limits: SyncLimits = { ...DEFAULT_SYNC_LIMITS, maxBlocksPerRequest: 10, maxVotesPerResponse: 2 }

describe('serveRequest', () => {
  it('bounds block ranges', async () => {
    const chain = new FakeChain(20, 5)
    const cases: [number, number, string][] = [
      [0, 1, 'SYNC_RANGE_INVALID'],
      [-5, 1, 'SYNC_RANGE_INVALID'],
      [5, 0, 'SYNC_RANGE_INVALID'],
      [5, -1, 'SYNC_RANGE_INVALID'],
      [5, 11, 'SYNC_RANGE_INVALID'],
      [21, 1, 'SYNC_RANGE_INVALID'],
      [Number.MAX_SAFE_INTEGER, 10, 'SYNC_RANGE_INVALID'],
      [4, 3, 'SYNC_UNAVAILABLE'],
    ]
    for (const [from, count, code] of cases) {
      await expect(
        serveRequest({ type: 'blocks', from, count }, chain, limits),
        `${from}+${count}`,
      ).rejects.toMatchObject({ code })
    }
    const res = await serveRequest({ type: 'blocks', from: 18, count: 10 }, chain, limits)
    expect(res.type === 'blocks' && res.blocks.map((b) => b.height)).toEqual([18, 19, 20])
  })

  it('reports a gap in the provider as unavailable instead of sending nothing', async () => {
    const chain = new FakeChain(20)
    chain.block = () => undefined
    await expect(serveRequest({ type: 'blocks', from: 1, count: 3 }, chain, limits)).rejects.toMatchObject({
      code: 'SYNC_UNAVAILABLE',
    })
  })

  it('bounds vote requests and responses', async () => {
    const chain = new FakeChain(3)
    chain.votesByRound.set('4/1', [Uint8Array.of(1), Uint8Array.of(2), Uint8Array.of(3)])
    const res = await serveRequest({ type: 'votes', height: 4, round: 1 }, chain, limits)
    expect(res).toEqual({ type: 'votes', votes: [Uint8Array.of(1), Uint8Array.of(2)] })
    for (const [height, round] of [
      [0, 0],
      [4, -1],
      [4, limits.maxRound + 1],
    ]) {
      await expect(
        serveRequest({ type: 'votes', height: height!, round: round! }, chain, limits),
      ).rejects.toMatchObject({
        code: 'SYNC_RANGE_INVALID',
      })
    }
  })
})
