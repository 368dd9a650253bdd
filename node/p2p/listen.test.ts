import { afterEach, describe, expect, it } from 'vitest'
import type { P2PNode } from './node.js'
import { startTestNode, stopAll } from './testing.js'

const nodes: P2PNode[] = []
afterEach(() => stopAll(nodes))

describe('listen address errors', () => {
  it('a busy port is LISTEN_FAILED with a one-line reason', async () => {
    const a = await startTestNode()
    nodes.push(a)
    const port = a.multiaddrs()[0]!.split('/')[4]
    const err = await startTestNode({ listen: `/ip4/127.0.0.1/tcp/${port}` }).catch((e) => e)
    expect(err).toMatchObject({ code: 'LISTEN_FAILED' })
    expect(err.message).toMatch(/EADDRINUSE \(the port is in use\)$/)
  })

  it('a malformed address is LISTEN_ADDR_INVALID', async () => {
    await expect(startTestNode({ listen: 'localhost:26656' })).rejects.toMatchObject({
      code: 'LISTEN_ADDR_INVALID',
    })
    await expect(startTestNode({ listen: '/ip4/999.0.0.1/tcp/1' })).rejects.toMatchObject({
      code: 'LISTEN_ADDR_INVALID',
    })
  })

  it('a bad persistent peer is PEER_ADDR_INVALID before anything listens', async () => {
    await expect(startTestNode({ persistentPeers: ['/ip4/127.0.0.1/tcp/1'] })).rejects.toMatchObject({
      code: 'PEER_ADDR_INVALID',
    })
  })
})
