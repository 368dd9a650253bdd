// A P2P node in its own process, for tests that freeze (SIGSTOP) or kill a peer. Prints `READY <multiaddr>` once
// listening and runs until killed. Run with `node --import tsx node/p2p/child-node.ts`.
import '../polyfills.js'
import { startTestNode } from './testing.js'

const node = await startTestNode({ pingIntervalMs: 500, pingTimeoutMs: 2_000 })
process.stdout.write(`READY ${node.multiaddrs()[0]}\n`)
const stop = () => {
  node.stop().finally(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
// If the test runner dies without killing us, we are re-parented: exit rather than linger.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) stop()
}, 1_000).unref()
