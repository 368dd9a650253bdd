import { afterEach, describe, expect, it } from 'vitest'
import { MAX_GOSSIP_MESSAGE_BYTES } from './gossip-config.js'
import type { P2PNode } from './node.js'
import { connect, startTestNode, stopAll, TEST_CHAIN_ID, waitFor } from './testing.js'
import { GOSSIP_KINDS, type GossipKind, gossipTopic } from './topics.js'

const nodes: P2PNode[] = []
afterEach(() => stopAll(nodes))

async function start(options: Parameters<typeof startTestNode>[0] = {}): Promise<P2PNode> {
  const node = await startTestNode(options)
  nodes.push(node)
  return node
}

type MeshView = { getMeshPeers(topic: string): string[] }
const mesh = (n: P2PNode, kind: GossipKind) =>
  (n.libp2p.services.pubsub as unknown as MeshView).getMeshPeers(gossipTopic(TEST_CHAIN_ID, kind))

/** a — b — c in a line, so everything c receives from a was relayed (and validated) by b. */
async function line(bOptions: Parameters<typeof startTestNode>[0] = {}) {
  const a = await start()
  const b = await start(bOptions)
  const c = await start()
  await connect(a, b)
  await connect(c, b)
  for (const kind of GOSSIP_KINDS) {
    await waitFor(`${kind} mesh a-b-c`, () => mesh(b, kind).length === 2 && mesh(a, kind).length === 1)
  }
  return { a, b, c }
}

function collect(node: P2PNode, kind: GossipKind): { data: string; from: string }[] {
  const got: { data: string; from: string }[] = []
  node.subscribe(kind, (data, from) => got.push({ data: Buffer.from(data).toString(), from }))
  return got
}

describe('gossip', () => {
  it('relays every topic across three nodes', async () => {
    const { a, b, c } = await line()
    const atB = Object.fromEntries(GOSSIP_KINDS.map((k) => [k, collect(b, k)]))
    const atC = Object.fromEntries(GOSSIP_KINDS.map((k) => [k, collect(c, k)]))
    const publish = {
      tx: a.publishTx,
      proposal: a.publishProposal,
      vote: a.publishVote,
      evidence: a.publishEvidence,
    }
    for (const kind of GOSSIP_KINDS) await publish[kind](Buffer.from(`${kind} from a`))
    for (const kind of GOSSIP_KINDS) {
      await waitFor(`${kind} at c`, () => atC[kind]!.length === 1)
      expect(atC[kind]).toEqual([{ data: `${kind} from a`, from: b.peerId }])
      expect(atB[kind]).toEqual([{ data: `${kind} from a`, from: a.peerId }])
    }
  })

  it('dedupes by content: the same payload published twice is delivered once', async () => {
    const { a, c } = await line()
    const atC = collect(c, 'vote')
    await a.publishVote(Buffer.from('same vote'))
    await a.publishVote(Buffer.from('same vote'))
    await a.publishVote(Buffer.from('next vote'))
    await waitFor('next vote at c', () => atC.some((m) => m.data === 'next vote'))
    expect(atC.filter((m) => m.data === 'same vote')).toHaveLength(1)
  })

  it('a rejecting validator stops the spread and lowers the sender score until it is pruned', async () => {
    const { a, b, c } = await line({
      validators: { vote: (data) => (Buffer.from(data).toString().startsWith('bad') ? 'reject' : 'accept') },
    })
    const atB = collect(b, 'vote')
    const atC = collect(c, 'vote')
    await a.publishVote(Buffer.from('bad vote 1'))
    await a.publishVote(Buffer.from('good vote'))
    await waitFor('good vote at c', () => atC.length === 1)
    expect(atC.map((m) => m.data)).toEqual(['good vote'])
    expect(atB.map((m) => m.data)).toEqual(['good vote'])
    await waitFor('a scored negative at b', () => b.peerScore(a.peerId) < 0)
    expect(b.netInfo().find((p) => p.peerId === a.peerId)?.score).toBeLessThan(0)
    // A negative score takes a out of b's mesh at the next heartbeat.
    await waitFor('a pruned from b mesh', () => !mesh(b, 'vote').includes(a.peerId))
    await a.publishVote(Buffer.from('bad vote 2'))
    await waitFor('a graylisted at b', () => b.peerScore(a.peerId) < -80)
    expect(c.peerScore(b.peerId)).toBeGreaterThanOrEqual(0)
  })

  it('ignore drops a message without penalising the sender', async () => {
    const { a, b, c } = await line({
      validators: {
        tx: (data) => {
          const text = Buffer.from(data).toString()
          if (text === 'boom') throw new Error('validator bug')
          if (text === 'odd') return 'maybe' as 'accept'
          return text === 'stale tx' ? 'ignore' : 'accept'
        },
      },
    })
    const atC = collect(c, 'tx')
    await a.publishTx(Buffer.from('stale tx'))
    // A validator that throws or answers nonsense is our bug, not the sender's: dropped, not penalised.
    await a.publishTx(Buffer.from('boom'))
    await a.publishTx(Buffer.from('odd'))
    await a.publishTx(Buffer.from('fresh tx'))
    await waitFor('fresh tx at c', () => atC.length > 0)
    expect(atC.map((m) => m.data)).toEqual(['fresh tx'])
    expect(b.peerScore(a.peerId)).toBeGreaterThanOrEqual(0)
  })

  it('carries a proposal at the size limit across two hops', async () => {
    const { a, c } = await line()
    const got: Uint8Array[] = []
    c.subscribe('proposal', (data) => got.push(data))
    const big = new Uint8Array(MAX_GOSSIP_MESSAGE_BYTES).map((_, i) => i & 0xff)
    await a.publishProposal(big)
    await waitFor('big proposal at c', () => got.length === 1, 20_000)
    expect(Buffer.compare(got[0]!, big)).toBe(0)
  })

  it('refuses limits gossipsub cannot carry', async () => {
    await expect(start({ messageSizeLimits: { proposal: 4 * 1024 * 1024 } })).rejects.toMatchObject({
      code: 'MESSAGE_LIMIT_INVALID',
    })
  })

  it('refuses to publish oversized messages with a typed error', async () => {
    const a = await start({ messageSizeLimits: { vote: 16 } })
    await expect(a.publishVote(new Uint8Array(17))).rejects.toMatchObject({ code: 'MESSAGE_TOO_LARGE' })
    expect(await a.publishVote(new Uint8Array(16))).toBe(0)
  })

  it('lists connected peers net_info style', async () => {
    const { a, b } = await line()
    const info = b.netInfo()
    expect(info.map((p) => p.peerId).sort()).toEqual(b.connectedPeers())
    const fromA = info.find((p) => p.peerId === a.peerId)!
    expect(fromA.direction).toBe('inbound')
    expect(fromA.remoteAddr).toMatch(/^\/ip4\/127\.0\.0\.1\/tcp\/\d+/)
    expect(fromA.since).toBeGreaterThan(0)
    expect(fromA.persistent).toBe(false)
    expect(a.netInfo()[0]!.direction).toBe('outbound')
  })
})

describe('re-publishing', () => {
  it('identical bytes are suppressed within seenTtl and go out again after it', async () => {
    const a = await start({ seenTtlMs: 300 })
    const b = await start()
    await connect(a, b)
    await waitFor('vote mesh', () => mesh(a, 'vote').length === 1)
    const atB = collect(b, 'vote')
    const vote = Buffer.from('precommit h=5 r=0')
    expect(await a.publishVote(vote)).toBe(1)
    expect(await a.publishVote(vote)).toBe(0)
    await waitFor('vote at b', () => atB.length === 1)
    // A peer that connects late missed the vote; a re-broadcast after the TTL reaches it.
    const late = await start()
    const connected: string[] = []
    a.onPeerConnected((p) => connected.push(p))
    await connect(late, a)
    await waitFor('a told about the late peer', () => connected.includes(late.peerId))
    await waitFor('late peer in the vote mesh', () => mesh(a, 'vote').includes(late.peerId))
    const atLate = collect(late, 'vote')
    await waitFor('re-broadcast reaches the late peer', async () => {
      await a.publishVote(vote)
      return atLate.length > 0
    })
    expect(atLate[0]!.data).toBe('precommit h=5 r=0')
  })
})

describe('a receiver that ignored a vote', () => {
  it('takes the re-broadcast once the seen cache (default TTL) has let go of it', async () => {
    let ready = false
    let seen = 0
    const a = await start()
    const b = await start({
      validators: {
        vote: () => {
          seen++
          return ready ? 'accept' : 'ignore'
        },
      },
    })
    await connect(a, b)
    await waitFor('vote mesh', () => mesh(a, 'vote').length === 1)
    const atB = collect(b, 'vote')
    const vote = Buffer.from('prevote h=9 r=0')
    expect(await a.publishVote(vote)).toBe(1)
    // b was a height behind: it ignored the vote. Now it has caught up.
    await waitFor('b saw and ignored it', () => seen === 1)
    expect(atB).toEqual([])
    ready = true
    await waitFor(
      're-broadcast accepted',
      async () => {
        await a.publishVote(vote)
        return atB.length > 0
      },
      10_000,
      250,
    )
    expect(atB[0]!.data).toBe('prevote h=9 r=0')
  })
})

describe('a local testnet', () => {
  it('keeps a dozen peers on loopback at a non-negative score (IP colocation threshold is 10)', async () => {
    const hub = await start()
    const spokes = await Promise.all(Array.from({ length: 12 }, () => start()))
    for (const s of spokes) await connect(s, hub)
    const router = hub.libp2p.services.pubsub as unknown as { getPeers(): unknown[] }
    await waitFor('hub gossips with all spokes', () => router.getPeers().length >= 12)
    // Scores are cached for a heartbeat, so a penalty would show within a few seconds and stay.
    await waitFor('no spoke below zero', () => spokes.every((s) => hub.peerScore(s.peerId) >= 0), 5_000)
  })
})
