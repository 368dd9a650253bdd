// Child process of `npm run bench:rpc`. BENCH_TARGET=node (default): a real single-validator Datum node
// (DatumNode in a temp home, producing blocks) whose RPC is loaded; BENCH_TARGET=app: only the real app
// (auth + bank on LevelDB/IAVL) behind createRpcServer, no consensus. Prints `READY <port> <address>`.
import '../../node/polyfills.js'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { initHome } from '../../node/daemon/init-home.js'
import { DatumNode } from '../../node/daemon/node.js'
import { createRpcServer } from '../../node/rpc/server.js'
import { MemoryBackend } from '../../node/rpc/test-backend.js'
import { makeTestApp } from '../../node/testing/test-app.js'
import type { QueryRequest } from '../../node/types/abci.js'

type Served = { port: number; address: string; stop: () => Promise<void> }

async function serveNode(): Promise<Served> {
  const home = await mkdtemp(join(tmpdir(), 'datum-bench-rpc-'))
  const freePorts = (cfg: Parameters<NonNullable<Parameters<typeof initHome>[0]['configure']>>[0]) => {
    cfg.rpc.laddr = 'tcp://127.0.0.1:0'
    cfg.rest.enabled = false
    cfg.metrics.enabled = false
    cfg.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
  }
  const init = await initHome({ home, devAccount: true, configure: freePorts })
  const node = await DatumNode.start({ home, configure: freePorts, logger: pino({ level: 'warn' }) })
  const addr = node.rpc.app.server.address()
  return {
    port: typeof addr === 'object' && addr ? addr.port : 0,
    address: init.devAccount!.address,
    stop: async () => {
      await node.stop()
      await rm(home, { recursive: true, force: true })
    },
  }
}

async function serveApp(): Promise<Served> {
  const t = await makeTestApp({ accounts: 10 })
  await t.block([])
  const backend = Object.assign(new MemoryBackend(), { abciQuery: (req: QueryRequest) => t.app.query(req) })
  backend.addBlock()
  const server = await createRpcServer(backend)
  const port = await server.listen(0)
  return {
    port,
    address: t.accounts[0]!.address,
    stop: async () => {
      await server.close()
      await t.cleanup()
    },
  }
}

const served = process.env.BENCH_TARGET === 'app' ? await serveApp() : await serveNode()
process.stdout.write(`READY ${served.port} ${served.address}\n`)

const stop = async () => {
  await served.stop()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
