// Helpers for tests of the network layer and of code built on it: bounded waiting, node start-up on 127.0.0.1
// with ephemeral ports, and an in-memory chain that serves the sync protocol.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesEqual } from '../../modules/sdk/bytes.js'
import { createP2PNode, type P2PNode } from './node.js'
import type { P2PNodeOptions } from './options.js'
import type { BlockWithCommit, SyncStatus } from './sync/messages.js'
import type { SyncProvider } from './sync/provider.js'

export const TEST_CHAIN_ID = 'datum-test-1'

/** Polls `cond` until it is truthy or `timeoutMs` passes; the error names what was awaited. */
export async function waitFor<T>(
  what: string,
  cond: () => T | Promise<T>,
  timeoutMs = 10_000,
  intervalMs = 50,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await cond()
    if (value) return value as NonNullable<T>
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

export function startTestNode(options: Partial<P2PNodeOptions> = {}): Promise<P2PNode> {
  return createP2PNode({
    chainId: TEST_CHAIN_ID,
    listen: '/ip4/127.0.0.1/tcp/0',
    // Tests open many connections from one host in a burst.
    inboundConnectionThreshold: 1000,
    redial: { initialMs: 100, maxMs: 500, dialTimeoutMs: 2_000 },
    ...options,
  })
}

/** Connects `a` to `b` and waits until both see the connection. */
export async function connect(a: P2PNode, b: P2PNode): Promise<void> {
  await a.dial(b.multiaddrs()[0]!)
  await waitFor(
    `${a.peerId} and ${b.peerId} connected`,
    () => a.connectedPeers().includes(b.peerId) && b.connectedPeers().includes(a.peerId),
  )
}

export async function stopAll(nodes: P2PNode[]): Promise<void> {
  await Promise.allSettled(nodes.map((n) => n.stop()))
  nodes.length = 0
}

/** Deterministic block bytes for height h; the "commit" is the sha256 of the block, so receivers can verify. */
export function fakeBlock(height: number, size = 64): BlockWithCommit {
  const block = new Uint8Array(size)
  new DataView(block.buffer).setUint32(0, height)
  for (let i = 4; i < size; i++) block[i] = (height * 31 + i) & 0xff
  return { height, block, commit: sha256(block) }
}

export function verifyFakeBlock(b: BlockWithCommit): boolean {
  return (
    b.block.length >= 4 &&
    new DataView(b.block.buffer, b.block.byteOffset).getUint32(0) === b.height &&
    bytesEqual(sha256(b.block), b.commit)
  )
}

/** An in-memory chain serving blocks base..height; `mutate` lets a test make one peer serve bad blocks. */
export class FakeChain implements SyncProvider {
  readonly votesByRound = new Map<string, Uint8Array[]>()

  constructor(
    public height: number,
    public base = 1,
    private readonly mutate: (b: BlockWithCommit) => BlockWithCommit = (b) => b,
    private readonly blockSize = 64,
  ) {}

  status(): SyncStatus | Promise<SyncStatus> {
    return { height: this.height, base: this.base }
  }

  block(height: number): BlockWithCommit | undefined {
    if (height < this.base || height > this.height) return undefined
    return this.mutate(fakeBlock(height, this.blockSize))
  }

  votes(height: number, round: number): Uint8Array[] {
    return this.votesByRound.get(`${height}/${round}`) ?? []
  }
}
