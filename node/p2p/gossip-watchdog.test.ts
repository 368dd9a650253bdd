import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_GOSSIP_WATCHDOG, GossipStreamTracker } from './gossip-watchdog.js'
import type { P2PNode } from './node.js'
import { startTestNode, stopAll, waitFor } from './testing.js'

describe('GossipStreamTracker', () => {
  const grace = DEFAULT_GOSSIP_WATCHDOG.graceMs

  it('reports a peer once it has lacked gossip for the whole grace period, and only once per spell', () => {
    const tracker = new GossipStreamTracker(grace)
    const broken = new Set(['b'])
    const has = (p: string) => !broken.has(p)
    expect(tracker.check(0, ['a', 'b'], has)).toEqual([])
    expect(tracker.check(grace - 1, ['a', 'b'], has)).toEqual([])
    expect(tracker.check(grace, ['a', 'b'], has)).toEqual(['b'])
    // Still broken right after the report (the hang-up is in flight): a new spell starts, no second report.
    expect(tracker.check(grace + 1, ['a', 'b'], has)).toEqual([])
    expect(tracker.check(2 * grace, ['a', 'b'], has)).toEqual([])
    expect(tracker.check(2 * grace + 1, ['a', 'b'], has)).toEqual(['b'])
  })

  it('forgets a peer that recovers or disconnects', () => {
    const tracker = new GossipStreamTracker(grace)
    const none = () => false
    tracker.check(0, ['a', 'b'], none)
    // a's streams came up; b disconnected and came back broken later.
    expect(tracker.check(grace / 2, ['a'], (p) => p === 'a')).toEqual([])
    expect(tracker.check(grace, ['a', 'b'], (p) => p === 'a')).toEqual([])
    expect(tracker.check(grace + grace / 2, ['a', 'b'], none)).toEqual([])
    expect(tracker.check(2 * grace, ['a', 'b'], none)).toEqual(['b'])
  })
})

const nodes: P2PNode[] = []
afterEach(() => stopAll(nodes))

/** Default interval and grace scaled down by one factor (ratios kept). */
const FACTOR = 10
const watchdog = {
  intervalMs: DEFAULT_GOSSIP_WATCHDOG.intervalMs / FACTOR,
  graceMs: DEFAULT_GOSSIP_WATCHDOG.graceMs / FACTOR,
}

type OutboundStream = { close(): Promise<void>; rawStream: { abort(e: Error): void } }

describe('gossip watchdog on real nodes', () => {
  it.each([
    ['closed for writing', (s: OutboundStream) => s.close()],
    ['reset', (s: OutboundStream) => s.rawStream.abort(new Error('reset'))],
  ])(
    'reconnects a peer whose outbound gossip stream was %s, and gossip flows again',
    async (_, breakStream) => {
      const b = await startTestNode({ gossipWatchdog: watchdog })
      nodes.push(b)
      const a = await startTestNode({ persistentPeers: [b.multiaddrs()[0]!], gossipWatchdog: watchdog })
      nodes.push(a)
      const got: string[] = []
      b.subscribe('vote', (d) => got.push(Buffer.from(d).toString()))
      let sent = 0
      const publishUntilReceived = (phase: string) =>
        waitFor(`a ${phase} vote reaches b`, async () => {
          await a.publishVote(Buffer.from(`${phase} ${sent++}`))
          return got.some((v) => v.startsWith(`${phase} `))
        })
      await publishUntilReceived('first')
      const [connection] = a.libp2p.getConnections()

      // The connection stays up, a cannot write gossip to b, and gossipsub never opens another stream on it.
      const pubsub = a.libp2p.services.pubsub
      await breakStream(pubsub.streamsOutbound.get(b.peerId) as unknown as OutboundStream)
      await waitFor(
        'outbound stream unusable',
        () => pubsub.streamsOutbound.get(b.peerId)?.rawStream.writeStatus !== 'writable',
      )
      expect(a.connectedPeers()).toContain(b.peerId)
      expect(await a.publishVote(Buffer.from('while broken'))).toBe(0)

      // The watchdog hangs the connection up after the grace period; the persistent redial restores gossip.
      await publishUntilReceived('reconnected')
      expect(a.libp2p.getConnections().map((c) => c.id)).not.toContain(connection!.id)
      expect(got).not.toContain('while broken')
    },
  )

  it('leaves healthy connections alone', async () => {
    const b = await startTestNode({ gossipWatchdog: watchdog })
    nodes.push(b)
    const a = await startTestNode({ persistentPeers: [b.multiaddrs()[0]!], gossipWatchdog: watchdog })
    nodes.push(a)
    await waitFor('gossip up', () => a.libp2p.services.pubsub.streamsOutbound.has(b.peerId))
    const connection = a.libp2p.getConnections()[0]!
    // Three grace periods: a false positive would have hung up and replaced the connection by now.
    await new Promise((r) => setTimeout(r, 3 * watchdog.graceMs))
    expect(a.libp2p.getConnections().map((c) => c.id)).toEqual([connection.id])
  })
})
