import { afterEach, describe, expect, it } from 'vitest'
import type { P2PNode } from './node.js'
import { startTestNode, stopAll, waitFor } from './testing.js'

const nodes: P2PNode[] = []
afterEach(() => stopAll(nodes))

describe('connection limits', () => {
  it('prunes connections above maxConnections but keeps persistent peers', async () => {
    const validator = await startTestNode()
    nodes.push(validator)
    const hub = await startTestNode({ maxConnections: 3, persistentPeers: [validator.multiaddrs()[0]!] })
    nodes.push(hub)
    await waitFor('hub connected to its persistent peer', () =>
      hub.connectedPeers().includes(validator.peerId),
    )
    const strangers: P2PNode[] = []
    for (let i = 0; i < 5; i++) {
      const s = await startTestNode()
      nodes.push(s)
      strangers.push(s)
      await s.dial(hub.multiaddrs()[0]!).catch(() => {})
    }
    await waitFor('hub at or below its limit', () => hub.libp2p.getConnections().length <= 3)
    expect(hub.connectedPeers()).toContain(validator.peerId)
  })

  it('refuses inbound connections from a host above the per-second threshold', async () => {
    const hub = await startTestNode({ inboundConnectionThreshold: 1 })
    nodes.push(hub)
    const dialers = await Promise.all(Array.from({ length: 10 }, () => startTestNode()))
    nodes.push(...dialers)
    // A burst from one host (127.0.0.1): only a threshold's worth per second gets through.
    const results = await Promise.all(
      dialers.map((d) =>
        d
          .dial(hub.multiaddrs()[0]!)
          .then(() => true)
          .catch(() => false),
      ),
    )
    expect(results.filter((ok) => !ok).length).toBeGreaterThan(0)
    expect(hub.connectedPeers().length).toBeLessThan(10)
  })
})
