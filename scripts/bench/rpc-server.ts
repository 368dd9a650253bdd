// Child process of `npm run bench:rpc`: the real app (auth + bank on a LevelDB/IAVL store in a temp dir)
// behind createRpcServer. Prints `READY <port> <address>` once serving; exits on SIGTERM.
import '../../node/polyfills.js'
import type { QueryRequest } from '../../node/app/application.js'
import { createRpcServer } from '../../node/rpc/server.js'
import { MemoryBackend } from '../../node/rpc/test-backend.js'
import { makeTestApp } from '../../node/testing/test-app.js'

const t = await makeTestApp({ accounts: 10 })
await t.block([])
// Block, status and event methods come from the in-memory chain; abci_query is the real app.
const backend = Object.assign(new MemoryBackend(), { abciQuery: (req: QueryRequest) => t.app.query(req) })
backend.addBlock()
const server = await createRpcServer(backend)
const port = await server.listen(0)
process.stdout.write(`READY ${port} ${t.accounts[0]!.address}\n`)

const stop = async () => {
  await server.close()
  await t.cleanup()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
