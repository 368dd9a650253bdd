import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { P2PNode } from './node.js'
import { startTestNode, stopAll, waitFor } from './testing.js'

const nodes: P2PNode[] = []
const children: ChildProcess[] = []
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGCONT')
      child.kill('SIGKILL')
    }
  }
  await stopAll(nodes)
})

/** Starts child-node.ts in its own process and resolves to its multiaddr. */
async function startChild(): Promise<{ child: ChildProcess; addr: string }> {
  const script = fileURLToPath(new URL('./child-node.ts', import.meta.url))
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] })
  children.push(child)
  let out = ''
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString()
  })
  const line = await waitFor('child node ready', () => /READY (\S+)/.exec(out), 30_000)
  return { child, addr: line[1]! }
}

describe('a frozen peer', () => {
  it('is dropped by the liveness ping and re-dialed when it resumes', async () => {
    const { child, addr } = await startChild()
    const peerId = addr.split('/p2p/')[1]!
    const a = await startTestNode({ persistentPeers: [addr], pingIntervalMs: 500, pingTimeoutMs: 2_000 })
    nodes.push(a)
    await waitFor('connected to the child', () => a.connectedPeers().includes(peerId), 15_000)

    child.kill('SIGSTOP')
    await waitFor('frozen peer dropped', () => !a.connectedPeers().includes(peerId), 20_000)
    await waitFor('redials failing while frozen', () => a.persistentPeers()[0]!.failedDials >= 1, 20_000)

    child.kill('SIGCONT')
    await waitFor('reconnected after resume', () => a.connectedPeers().includes(peerId), 30_000)
    // The resumed peer answers requests again (it has no chain, hence SYNC_UNAVAILABLE). On a loaded machine a
    // liveness ping may still flap the fresh connection, so ask until an answer comes back.
    const transport = new Set(['SYNC_STREAM_FAILED', 'SYNC_TIMEOUT'])
    const answer = await waitFor(
      'resumed peer answers',
      () =>
        a.sync.status(peerId).then(
          (status) => JSON.stringify(status),
          (e) => (transport.has(e.code) ? undefined : e.code),
        ),
      30_000,
      250,
    )
    expect(answer).toBe('SYNC_UNAVAILABLE')
  }, 120_000)
})
