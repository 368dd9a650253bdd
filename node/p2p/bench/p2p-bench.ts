// npm run bench:p2p — gossip throughput and latency over a 3-node line (a → b → c, b validates and relays) and
// catch-up speed through BlockSyncer, all in one process on 127.0.0.1. Prints `name value` lines.
import '../../polyfills.js'
import { BlockSyncer } from '../block-syncer.js'
import type { P2PNode } from '../node.js'
import { connect, FakeChain, startTestNode, stopAll, verifyFakeBlock, waitFor } from '../testing.js'

const GOSSIP_MESSAGES = Number(process.env.P2P_BENCH_MESSAGES ?? 20_000)
const MESSAGE_BYTES = 250
const SYNC_BLOCKS = Number(process.env.P2P_BENCH_BLOCKS ?? 5_000)
const BLOCK_BYTES = 2_048

async function gossipBench(nodes: P2PNode[]): Promise<void> {
  const a = await startTestNode()
  const b = await startTestNode({ validators: { tx: (data) => (data.length > 0 ? 'accept' : 'reject') } })
  const c = await startTestNode()
  nodes.push(a, b, c)
  await connect(a, b)
  await connect(c, b)
  const latencies: number[] = []
  c.subscribe('tx', (data) => {
    latencies.push(performance.now() - new DataView(data.buffer, data.byteOffset).getFloat64(0))
  })
  // The mesh forms on the first heartbeats; probe until a message makes it through.
  await waitFor('mesh a-b-c', async () => {
    await a.publishTx(payload(-1))
    return latencies.length > 0
  })
  latencies.length = 0
  const start = performance.now()
  for (let i = 0; i < GOSSIP_MESSAGES; i++) {
    await a.publishTx(payload(i))
    // Yield now and then so relaying overlaps publishing, as it would across processes.
    if (i % 200 === 0) await new Promise((r) => setImmediate(r))
  }
  await waitFor('all gossip delivered', () => latencies.length >= GOSSIP_MESSAGES, 120_000, 10)
  const seconds = (performance.now() - start) / 1000
  latencies.sort((x, y) => x - y)
  console.log(`p2p.gossip_relay_msgs_per_s ${Math.round(GOSSIP_MESSAGES / seconds)}`)
  console.log(`p2p.gossip_latency_p50_ms ${latencies[Math.floor(latencies.length * 0.5)]!.toFixed(2)}`)
  console.log(`p2p.gossip_latency_p99_ms ${latencies[Math.floor(latencies.length * 0.99)]!.toFixed(2)}`)
}

function payload(i: number): Uint8Array {
  const data = new Uint8Array(MESSAGE_BYTES)
  const view = new DataView(data.buffer)
  view.setFloat64(0, performance.now())
  view.setInt32(8, i)
  return data
}

async function syncBench(nodes: P2PNode[]): Promise<void> {
  const server = await startTestNode({ syncProvider: new FakeChain(SYNC_BLOCKS, 1, (b) => b, BLOCK_BYTES) })
  const client = await startTestNode()
  nodes.push(server, client)
  await connect(client, server)
  let height = 0
  const syncer = new BlockSyncer({
    source: client.sync,
    peers: () => client.connectedPeers(),
    localHeight: () => height,
    applyBlock: async (b) => {
      if (b.height !== height + 1 || !verifyFakeBlock(b)) throw new Error(`bad block ${b.height}`)
      height = b.height
    },
    batchSize: 100,
  })
  const start = performance.now()
  await syncer.syncOnce()
  const seconds = (performance.now() - start) / 1000
  if (height !== SYNC_BLOCKS) throw new Error(`synced to ${height}, expected ${SYNC_BLOCKS}`)
  console.log(`p2p.sync_blocks_per_s ${Math.round(SYNC_BLOCKS / seconds)} (${BLOCK_BYTES} B blocks)`)
}

const nodes: P2PNode[] = []
try {
  await gossipBench(nodes)
  await stopAll(nodes)
  await syncBench(nodes)
} finally {
  await stopAll(nodes)
}
