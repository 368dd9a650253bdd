import { lpStream } from '@libp2p/utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { P2PNode } from '../node.js'
import { connect, FakeChain, fakeBlock, startTestNode, stopAll, TEST_CHAIN_ID, waitFor } from '../testing.js'
import { syncProtocol } from '../topics.js'
import { decodeResponse, encodeRequest } from './messages.js'

const nodes: P2PNode[] = []
afterEach(() => stopAll(nodes))

async function pair(chain = new FakeChain(30)) {
  const server = await startTestNode({ syncProvider: chain, syncLimits: { maxBlocksPerRequest: 20 } })
  const client = await startTestNode()
  nodes.push(server, client)
  await connect(client, server)
  return { server, client, chain }
}

/** Sends raw bytes on a fresh sync stream and returns the decoded response, or null if the server aborted. */
async function rawExchange(from: P2PNode, to: P2PNode, bytes: Uint8Array, lengthPrefixed = true) {
  const stream = await from.libp2p.dialProtocol(to.libp2p.peerId, syncProtocol(TEST_CHAIN_ID))
  const lp = lpStream(stream)
  try {
    if (lengthPrefixed) await lp.write(bytes)
    else stream.send(bytes)
    await stream.close().catch(() => {})
    const frame = await lp.read({ signal: AbortSignal.timeout(5_000) })
    return decodeResponse(frame.subarray())
  } catch {
    return null
  }
}

describe('sync protocol', () => {
  it('serves status, block ranges and votes', async () => {
    const { server, client, chain } = await pair()
    chain.votesByRound.set('31/2', [Uint8Array.of(1), Uint8Array.of(2, 3)])
    expect(await client.sync.status(server.peerId)).toEqual({ height: 30, base: 1 })
    expect(await client.sync.blocks(server.peerId, 1, 10)).toEqual(
      Array.from({ length: 10 }, (_, i) => fakeBlock(i + 1)),
    )
    // A range past the tip is cut at the tip.
    const tail = await client.sync.blocks(server.peerId, 25, 20)
    expect(tail.map((b) => b.height)).toEqual([25, 26, 27, 28, 29, 30])
    expect(await client.sync.votes(server.peerId, 31, 2)).toEqual([Uint8Array.of(1), Uint8Array.of(2, 3)])
    expect(await client.sync.votes(server.peerId, 31, 0)).toEqual([])
    expect(server.peerScore(client.peerId)).toBeGreaterThanOrEqual(0)
  })

  it('caps a response by bytes but always sends at least one block', async () => {
    const chain = new FakeChain(10, 1, (b) => b, 1000)
    const server = await startTestNode({ syncProvider: chain, syncLimits: { maxResponseBytes: 2500 } })
    const client = await startTestNode()
    nodes.push(server, client)
    await connect(client, server)
    expect((await client.sync.blocks(server.peerId, 1, 10)).map((b) => b.height)).toEqual([1, 2])
  })

  it('carries responses above the 4 MiB default stream buffers', async () => {
    const chain = new FakeChain(3, 1, (b) => b, 2 * 1024 * 1024)
    const server = await startTestNode({ syncProvider: chain })
    const client = await startTestNode()
    nodes.push(server, client)
    await connect(client, server)
    const blocks = await client.sync.blocks(server.peerId, 1, 3)
    expect(blocks.map((b) => [b.height, b.block.length])).toEqual([
      [1, 2 * 1024 * 1024],
      [2, 2 * 1024 * 1024],
      [3, 2 * 1024 * 1024],
    ])
  })

  it('rejects absurd ranges with typed errors and lowers the requester score', async () => {
    const { server, client } = await pair()
    const absurd: [number, number][] = [
      [1, 0],
      [1, 21],
      [31, 1],
      [-1, 5],
    ]
    for (const [from, count] of absurd.slice(0, 2)) {
      await expect(client.sync.blocks(server.peerId, from, count)).rejects.toMatchObject({
        code: 'SYNC_RANGE_INVALID',
      })
    }
    await waitFor('client penalised', () => server.peerScore(client.peerId) < 0)
    await expect(client.sync.votes(server.peerId, 5, -3)).rejects.toMatchObject({
      code: 'SYNC_RANGE_INVALID',
    })
    // Third offence: the server disconnects and refuses the client for a while.
    await waitFor('client disconnected', () => !server.connectedPeers().includes(client.peerId))
    await expect(client.sync.status(server.peerId)).rejects.toMatchObject({ code: 'SYNC_STREAM_FAILED' })
    // Still serving everybody else.
    const other = await startTestNode()
    nodes.push(other)
    await connect(other, server)
    for (const [from, count] of absurd.slice(2)) {
      await expect(other.sync.blocks(server.peerId, from, count)).rejects.toMatchObject({
        code: 'SYNC_RANGE_INVALID',
      })
    }
    expect(await other.sync.status(server.peerId)).toEqual({ height: 30, base: 1 })
  })

  it('answers a node without a provider with SYNC_UNAVAILABLE (no penalty)', async () => {
    const server = await startTestNode()
    const client = await startTestNode()
    nodes.push(server, client)
    await connect(client, server)
    await expect(client.sync.status(server.peerId)).rejects.toMatchObject({ code: 'SYNC_UNAVAILABLE' })
    server.setSyncProvider(new FakeChain(3, 2))
    await expect(client.sync.blocks(server.peerId, 1, 2)).rejects.toMatchObject({ code: 'SYNC_UNAVAILABLE' })
    expect(await client.sync.blocks(server.peerId, 2, 5)).toHaveLength(2)
    expect(server.peerScore(client.peerId)).toBeGreaterThanOrEqual(0)
  })

  it('survives malformed frames and keeps serving', async () => {
    const server = await startTestNode({
      syncProvider: new FakeChain(30),
      penalties: { disconnectAfter: 10 },
    })
    const client = await startTestNode()
    nodes.push(server, client)
    await connect(client, server)
    const garbage = await rawExchange(client, server, Uint8Array.of(0xff, 0xff, 0x01))
    expect(garbage).toMatchObject({ type: 'error', code: 'SYNC_MALFORMED' })
    const unknownKind = await rawExchange(client, server, Uint8Array.of(0x2a, 0x00))
    expect(unknownKind).toMatchObject({ type: 'error', code: 'SYNC_MALFORMED' })
    // A length prefix far above the request limit: the server aborts the stream without reading further.
    expect(
      await rawExchange(client, server, Uint8Array.of(0xff, 0xff, 0xff, 0x7f, 1, 2, 3), false),
    ).toBeNull()
    // A stream closed mid-frame.
    expect(await rawExchange(client, server, Uint8Array.of(0x10, 1, 2), false)).toBeNull()
    const fresh = await startTestNode()
    nodes.push(fresh)
    await connect(fresh, server)
    expect(await fresh.sync.status(server.peerId)).toEqual({ height: 30, base: 1 })
    expect(await rawExchange(fresh, server, encodeRequest({ type: 'status' }))).toEqual({
      type: 'status',
      status: { height: 30, base: 1 },
    })
    await waitFor('malformed frames penalised', () => server.peerScore(client.peerId) < 0)
  })

  it('penalises an oversized length prefix but not a client that hangs up', async () => {
    const { server, client } = await pair()
    const quitter = await startTestNode()
    nodes.push(quitter)
    await connect(quitter, server)
    expect(await rawExchange(quitter, server, new Uint8Array(0), false)).toBeNull()
    expect(await rawExchange(client, server, Uint8Array.of(0x80, 0x80, 0x80, 0x01), false)).toBeNull()
    await waitFor('oversize penalised', () => server.peerScore(client.peerId) < 0)
    expect(server.peerScore(quitter.peerId)).toBeGreaterThanOrEqual(0)
  })

  it('times out on a peer that never answers', async () => {
    const slow = new FakeChain(5)
    slow.status = () => new Promise(() => {})
    const server = await startTestNode({ syncProvider: slow, syncLimits: { requestTimeoutMs: 500 } })
    const client = await startTestNode({ syncLimits: { requestTimeoutMs: 300 } })
    nodes.push(server, client)
    await connect(client, server)
    await expect(client.sync.status(server.peerId)).rejects.toMatchObject({ code: 'SYNC_TIMEOUT' })
  })
})
