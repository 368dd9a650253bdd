import { afterEach, describe, expect, it } from 'vitest'
import { type BlockSource, BlockSyncer } from './block-syncer.js'
import { P2PError } from './errors.js'
import type { P2PNode } from './node.js'
import type { BlockWithCommit } from './sync/messages.js'
import { connect, FakeChain, startTestNode, stopAll, verifyFakeBlock, waitFor } from './testing.js'

/** A local chain that only accepts the next height and verifies the fake commit, like a real node would. */
class LocalChain {
  readonly applied: { height: number; from: string }[] = []
  height = 0
  apply = async (b: BlockWithCommit, from: string) => {
    if (b.height !== this.height + 1) throw new Error(`expected height ${this.height + 1}, got ${b.height}`)
    if (!verifyFakeBlock(b)) throw new Error(`block ${b.height} does not verify`)
    this.height = b.height
    this.applied.push({ height: b.height, from })
  }
}

/** An in-process BlockSource over FakeChains, one per peer; `fail` makes a peer's block requests throw. */
function memorySource(chains: Record<string, FakeChain>, fail = new Set<string>()): BlockSource {
  return {
    status: async (peer) => chains[peer]!.status(),
    blocks: async (peer, from, count) => {
      if (fail.has(peer)) throw new P2PError('SYNC_TIMEOUT', 'timed out')
      const out: BlockWithCommit[] = []
      for (let h = from; h < from + count; h++) {
        const b = chains[peer]!.block(h)
        if (b) out.push(b)
      }
      return out
    },
  }
}

const corrupt = (b: BlockWithCommit) => (b.height === 7 ? { ...b, commit: new Uint8Array(32) } : b)

describe('BlockSyncer (in memory)', () => {
  it('fetches missing blocks in order from the highest peer', async () => {
    const local = new LocalChain()
    const syncer = new BlockSyncer({
      source: memorySource({ low: new FakeChain(5), high: new FakeChain(23) }),
      peers: () => ['low', 'high'],
      localHeight: () => local.height,
      applyBlock: local.apply,
      batchSize: 10,
    })
    expect(await syncer.syncOnce()).toEqual({ applied: 23, targetHeight: 23, localHeight: 23 })
    expect(local.applied.map((a) => a.height)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1))
    expect(new Set(local.applied.map((a) => a.from))).toEqual(new Set(['high']))
    expect(syncer.catchingUp).toBe(false)
  })

  it('moves to another peer when one serves a bad block or fails, and reports the liar', async () => {
    const local = new LocalChain()
    const reported: string[] = []
    const syncer = new BlockSyncer({
      source: memorySource(
        { liar: new FakeChain(30, 1, corrupt), dead: new FakeChain(30), honest: new FakeChain(20) },
        new Set(['dead']),
      ),
      peers: () => ['dead', 'honest', 'liar'],
      localHeight: () => local.height,
      applyBlock: local.apply,
      reportPeer: (p) => reported.push(p),
      batchSize: 4,
    })
    const result = await syncer.syncOnce()
    expect(reported).toEqual(['liar'])
    // Blocks 1..6 from the liar (valid), then the honest peer from 7 up to its height 20.
    expect(result).toEqual({ applied: 20, targetHeight: 30, localHeight: 20 })
    expect(local.applied.find((a) => a.height === 7)!.from).toBe('honest')
    // Still behind the best claimed height: catching up stays on until a later pass gets there.
    expect(syncer.catchingUp).toBe(true)
  })

  it('skips blocks consensus committed while the batch was in flight, and does not blame the peer', async () => {
    const local = new LocalChain()
    const reported: string[] = []
    const chains = { peer: new FakeChain(12) }
    const source = memorySource(chains)
    const syncer = new BlockSyncer({
      source: {
        ...source,
        // consensus commits heights 1..3 on its own path while this batch travels
        blocks: async (peer, from, count) => {
          const out = await source.blocks(peer, from, count)
          if (from === 1) for (let h = 1; h <= 3; h++) await local.apply(chains.peer.block(h)!, 'consensus')
          return out
        },
      },
      peers: () => ['peer'],
      localHeight: () => local.height,
      applyBlock: local.apply,
      reportPeer: (p) => reported.push(p),
      batchSize: 5,
    })
    const result = await syncer.syncOnce()
    expect(reported).toEqual([])
    expect(result.localHeight).toBe(12)
    expect(local.applied.map((a) => `${a.height}:${a.from}`)).toEqual([
      '1:consensus',
      '2:consensus',
      '3:consensus',
      ...Array.from({ length: 9 }, (_, i) => `${i + 4}:peer`),
    ])
  })

  it('reports a peer that refuses heights its status claimed', async () => {
    const local = new LocalChain()
    const reported: string[] = []
    const source = memorySource({ boaster: new FakeChain(50), honest: new FakeChain(10) })
    const syncer = new BlockSyncer({
      source: {
        status: source.status,
        blocks: async (peer, from, count) => {
          if (peer === 'boaster')
            throw new P2PError('SYNC_RANGE_INVALID', `from ${from} is beyond the latest height`)
          return source.blocks(peer, from, count)
        },
      },
      peers: () => ['boaster', 'honest'],
      localHeight: () => local.height,
      applyBlock: local.apply,
      reportPeer: (p) => reported.push(p),
    })
    expect((await syncer.syncOnce()).localHeight).toBe(10)
    expect(reported).toEqual(['boaster'])
  })

  it('does nothing when no peer is ahead by more than the lag threshold', async () => {
    const local = new LocalChain()
    local.height = 9
    const syncer = new BlockSyncer({
      source: memorySource({ p: new FakeChain(10) }),
      peers: () => ['p'],
      localHeight: () => local.height,
      applyBlock: local.apply,
      lagThreshold: 1,
    })
    expect(await syncer.syncOnce()).toEqual({ applied: 0, targetHeight: 10, localHeight: 9 })
    expect(syncer.catchingUp).toBe(false)
  })

  it('stops instead of spinning when applyBlock does not advance the height', async () => {
    const syncer = new BlockSyncer({
      source: memorySource({ p: new FakeChain(10) }),
      peers: () => ['p'],
      localHeight: () => 0,
      applyBlock: async () => {},
    })
    expect((await syncer.syncOnce()).localHeight).toBe(0)
  })
})

describe('BlockSyncer over libp2p', () => {
  const nodes: P2PNode[] = []
  afterEach(() => stopAll(nodes))

  it('a node started late catches up from its peers', async () => {
    const full = await startTestNode({ syncProvider: new FakeChain(250) })
    const partial = await startTestNode({ syncProvider: new FakeChain(40) })
    const liar = await startTestNode({ syncProvider: new FakeChain(250, 1, corrupt) })
    const late = await startTestNode()
    nodes.push(full, partial, liar, late)
    await connect(late, full)
    await connect(late, partial)
    await connect(late, liar)
    const local = new LocalChain()
    const syncer = new BlockSyncer({
      source: late.sync,
      peers: () => late.connectedPeers(),
      localHeight: () => local.height,
      applyBlock: local.apply,
      reportPeer: (p) => late.reportPeer(p),
      batchSize: 50,
    })
    syncer.start(100)
    try {
      await waitFor('late node at height 250', () => local.height === 250 && !syncer.catchingUp, 20_000)
    } finally {
      await syncer.stop()
    }
    expect(local.applied.map((a) => a.height)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1))
    expect(local.applied.some((a) => a.from === liar.peerId && a.height >= 7)).toBe(false)
  })
})
