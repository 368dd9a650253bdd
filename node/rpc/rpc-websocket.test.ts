// `/websocket`: CosmJS Comet38Client subscriptions with query filters, JSON-RPC calls over the socket,
// and the subscription and connection limits.
import { StreamingSocket } from '@cosmjs/socket'
import { Comet38Client, type comet38 } from '@cosmjs/tendermint-rpc'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Stream } from 'xstream'
import { createRpcServer, type RpcServer } from './server.js'
import { MemoryBackend, sendResult } from './test-backend.js'

// biome-ignore lint/suspicious/noExplicitAny: frames are raw JSON inspected by the assertions
type Json = any

let backend: MemoryBackend
let server: RpcServer
let wsUrl: string
const clients: Comet38Client[] = []
const sockets: StreamingSocket[] = []

/**
 * Each describe gets its own server: CosmJS's ReconnectingSocket reconnects even after disconnect(), so
 * Comet38Client sockets from one group would otherwise count against another group's connection limit.
 */
function useServer() {
  beforeAll(async () => {
    backend = new MemoryBackend()
    backend.addBlock()
    server = await createRpcServer(backend, {
      limits: { maxSubscriptionsPerConnection: 3, maxWsConnections: 3 },
    })
    wsUrl = `ws://127.0.0.1:${await server.listen(0)}`
  })
  afterAll(async () => {
    await server?.close()
  })
}

afterEach(() => {
  for (const c of clients.splice(0)) c.disconnect()
  for (const s of sockets.splice(0)) s.disconnect()
})

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 5))
  }
}

function collect<T>(stream: Stream<T>): { items: T[]; errors: unknown[] } {
  const out = { items: [] as T[], errors: [] as unknown[] }
  stream.subscribe({ next: (x) => out.items.push(x), error: (e) => out.errors.push(e), complete: () => {} })
  return out
}

async function connect(): Promise<Comet38Client> {
  const client = await Comet38Client.connect(wsUrl)
  clients.push(client)
  return client
}

/** A raw socket (CosmJS's own StreamingSocket) for frames the Comet38Client would never send. */
async function rawSocket() {
  const socket = new StreamingSocket(`${wsUrl}/websocket`, 15_000)
  const frames: Json[] = []
  const state = { closed: false }
  socket.events.subscribe({
    next: (event) => frames.push(JSON.parse(String(event.data))),
    error: () => {
      state.closed = true
    },
    complete: () => {
      state.closed = true
    },
  })
  socket.connect()
  await socket.connected
  sockets.push(socket)
  return {
    frames,
    state,
    send: (frame: unknown) => socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
    async reply(id: unknown): Promise<Json> {
      await waitFor(() => frames.some((f) => f.id === id))
      return frames.find((f) => f.id === id)
    },
  }
}

describe('websocket subscriptions through Comet38Client', () => {
  useServer()
  it('delivers NewBlock, NewBlockHeader and filtered Tx events', async () => {
    const client = await connect()
    expect((await client.status()).nodeInfo.network).toBe('datum-test-1')
    const before = backend.subscriptionCount
    const blocks = collect<comet38.NewBlockEvent>(client.subscribeNewBlock())
    const headers = collect(client.subscribeNewBlockHeader())
    const aliceTxs = collect<comet38.TxEvent>(client.subscribeTx("message.sender='alice'"))
    await waitFor(() => backend.subscriptionCount === before + 3)

    const tx1 = Uint8Array.from(Buffer.from('from alice'))
    const tx2 = Uint8Array.from(Buffer.from('from carol'))
    backend.addBlock([tx1, tx2], [sendResult('alice', 'bob'), sendResult('carol', 'bob')])
    backend.addBlock()
    await waitFor(
      () => blocks.items.length === 2 && headers.items.length === 2 && aliceTxs.items.length === 1,
    )

    expect(blocks.items.map((b) => b.header.height)).toEqual([2, 3])
    expect(blocks.items[0]!.txs).toEqual([tx1, tx2])
    expect(blocks.items[1]!.lastCommit?.height).toBe(2)
    expect(headers.items.map((h) => h.height)).toEqual([2, 3])
    expect(aliceTxs.items[0]!.tx).toEqual(tx1)
    expect(aliceTxs.items[0]!.height).toBe(2)
    expect(aliceTxs.items[0]!.result.gasUsed).toBe(61_234n)
    expect([...blocks.errors, ...headers.errors, ...aliceTxs.errors]).toEqual([])
  })

  it('drops server-side subscriptions when the client disconnects', async () => {
    // Only the metrics follower remains once the previous test's client has gone.
    await waitFor(() => backend.subscriptionCount === 1)
    const client = await connect()
    const before = backend.subscriptionCount
    collect(client.subscribeNewBlock())
    await waitFor(() => backend.subscriptionCount === before + 1)
    client.disconnect()
    clients.pop()
    await waitFor(() => backend.subscriptionCount === before)
  })
})

describe('websocket frames', () => {
  useServer()
  it('subscribe with positional params, event envelope, unsubscribe and unsubscribe_all', async () => {
    const sock = await rawSocket()
    sock.send({ jsonrpc: '2.0', id: 1, method: 'subscribe', params: ["tm.event='NewBlock'"] })
    expect((await sock.reply(1)).result).toEqual({})
    backend.addBlock()
    await waitFor(() => sock.frames.filter((f) => f.id === 1).length === 2)
    const event = sock.frames.filter((f) => f.id === 1)[1]
    expect(event.result.query).toBe("tm.event='NewBlock'")
    expect(event.result.data.type).toBe('tendermint/event/NewBlock')
    expect(event.result.data.value.block.header.height).toBe(String(backend.blocks.length))
    expect(event.result.data.value.result_finalize_block.events[0].type).toBe('mint')
    expect(event.result.events['tm.event']).toEqual(['NewBlock'])
    expect(event.result.events['mint.amount']).toEqual(['10udatum'])

    sock.send({ jsonrpc: '2.0', id: 2, method: 'unsubscribe', params: { query: "tm.event='NewBlock'" } })
    expect((await sock.reply(2)).result).toEqual({})
    sock.send({ jsonrpc: '2.0', id: 3, method: 'unsubscribe', params: { query: "tm.event='NewBlock'" } })
    expect((await sock.reply(3)).error).toMatchObject({ code: -32603, data: 'subscription not found' })
    sock.send({ jsonrpc: '2.0', id: 4, method: 'subscribe', params: { query: "tm.event='Tx'" } })
    await sock.reply(4)
    sock.send({ jsonrpc: '2.0', id: 5, method: 'unsubscribe_all' })
    expect((await sock.reply(5)).result).toEqual({})
  })

  it('enforces subscription limits and rejects bad queries and frames', async () => {
    const sock = await rawSocket()
    sock.send({ jsonrpc: '2.0', id: 1, method: 'subscribe', params: { query: 'not a query' } })
    expect((await sock.reply(1)).error.data).toMatch(/failed to parse query/)
    sock.send({
      jsonrpc: '2.0',
      id: 2,
      method: 'subscribe',
      params: { query: `tm.event='${'x'.repeat(600)}'` },
    })
    expect((await sock.reply(2)).error.data).toMatch(/longer than 512/)
    sock.send({ jsonrpc: '2.0', id: 3, method: 'subscribe', params: { query: "tm.event='Tx'" } })
    await sock.reply(3)
    sock.send({ jsonrpc: '2.0', id: 4, method: 'subscribe', params: { query: "tm.event='Tx'" } })
    expect((await sock.reply(4)).error.data).toMatch(/already subscribed/)
    sock.send({ jsonrpc: '2.0', id: 5, method: 'subscribe', params: { query: "tm.event='NewBlock'" } })
    await sock.reply(5)
    sock.send({ jsonrpc: '2.0', id: 6, method: 'subscribe', params: { query: "tm.event='NewBlockHeader'" } })
    await sock.reply(6)
    sock.send({
      jsonrpc: '2.0',
      id: 61,
      method: 'subscribe',
      params: { query: "tm.event='ValidatorSetUpdates'" },
    })
    expect((await sock.reply(61)).error.data).toBe('max_subscriptions_per_client 3 reached')
    sock.send({ jsonrpc: '2.0', id: 7, method: 'subscribe' })
    expect((await sock.reply(7)).error.code).toBe(-32602)

    sock.send('{not json')
    await waitFor(() => sock.frames.some((f) => f.error?.code === -32700))
    sock.send('[{"jsonrpc":"2.0","id":8,"method":"health"}]')
    await waitFor(() => sock.frames.some((f) => f.id === null && f.error?.code === -32600))
    sock.send({ jsonrpc: '2.0', id: 'q', method: 'nope' })
    expect((await sock.reply('q')).error.code).toBe(-32601)
    sock.send({ jsonrpc: '2.0', id: 9, method: 'block', params: { height: '1' } })
    expect((await sock.reply(9)).result.block.header.height).toBe('1')
  })

  it('tells the client when the node cancels its subscription', async () => {
    const sock = await rawSocket()
    sock.send({ jsonrpc: '2.0', id: 1, method: 'subscribe', params: { query: "tm.event='Tx'" } })
    await sock.reply(1)
    backend.cancelAll('client is not pulling messages fast enough')
    await waitFor(() => sock.frames.some((f) => f.error))
    expect(sock.frames.find((f) => f.error).error).toEqual({
      code: -32000,
      message: 'Server error',
      data: 'subscription was cancelled (reason: client is not pulling messages fast enough)',
    })
  })

  it('a malformed event reaches the subscriber as an error, never the publisher', async () => {
    const sock = await rawSocket()
    sock.send({ jsonrpc: '2.0', id: 1, method: 'subscribe', params: { query: "tm.event='NewBlockHeader'" } })
    await sock.reply(1)
    expect(() => backend.publish({ type: 'NewBlockHeader', header: {} as never })).not.toThrow()
    await waitFor(() => sock.frames.some((f) => f.error))
    expect(sock.frames.find((f) => f.error).error.code).toBe(-32603)
    backend.addBlock()
    await waitFor(() => sock.frames.some((f) => f.result?.data?.value?.header))
  })

  it('refuses connections beyond the limit', async () => {
    await waitFor(() => server.wsConnections === 0)
    const open = [await rawSocket(), await rawSocket(), await rawSocket()]
    for (const s of open) {
      s.send({ jsonrpc: '2.0', id: 1, method: 'health' })
      await s.reply(1)
    }
    const extra = await rawSocket()
    await waitFor(() => extra.state.closed)
    expect(open.map((s) => s.state.closed)).toEqual([false, false, false])
  })
})
