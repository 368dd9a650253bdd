// `npm run web`: builds the web app, then runs the indexer (PGlite in --data-dir, or DATABASE_URL) and serves
// the app, its JSON API, the node's endpoints for the page's wallet (/api/chain) and the encrypted packages
// the publish page uploads (packages.ts, in --packages-dir) from one port.
// Usage: npm run web -- [--node http://127.0.0.1:26657] [--rest http://127.0.0.1:1317]
//   [--data-dir ./.datum-indexer] [--packages-dir ./.datum-packages] [--listen 127.0.0.1:8787]
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { FastifyInstance } from 'fastify'
import { type RunningIndexer, startIndexer } from '../indexer/service.js'
import { buildWeb, CHUNKS, DIST } from './build.js'
import { servePackages } from './packages.js'

const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.js.map': 'application/json',
}

/** Routes for the built files, read once: the app is a handful of static files and its chunks. */
export function serveWeb(app: FastifyInstance): void {
  const files = new Map(
    Object.entries(TYPES).map(([f, type]) => [f, { type, body: readFileSync(join(DIST, f)) }]),
  )
  for (const c of readdirSync(CHUNKS))
    files.set(`chunks/${c}`, {
      type: c.endsWith('.map') ? TYPES['app.js.map']! : TYPES['app.js']!,
      body: readFileSync(join(CHUNKS, c)),
    })
  const send = (f: string) => async (_req: unknown, reply: import('fastify').FastifyReply) => {
    const { type, body } = files.get(f)!
    return reply.type(type).header('cache-control', 'no-cache').send(body)
  }
  app.get('/', send('index.html'))
  for (const f of files.keys()) app.get(`/${f}`, send(f))
}

export async function startWeb(o: {
  onError?: (e: unknown) => void
  node: string
  /** The node's REST (LCD) address, which Keplr needs (default: the RPC host on port 1317). */
  rest?: string
  /** Where uploaded encrypted packages are kept (default: <data-dir>/packages, or ./.datum-packages). */
  packagesDir?: string
  dataDir?: string
  databaseUrl?: string
  host: string
  port: number
  pollMs?: number
}): Promise<RunningIndexer> {
  await buildWeb()
  const rest = o.rest ?? o.node.replace(/:\d+\/?$/, ':1317')
  const packagesDir = o.packagesDir ?? (o.dataDir ? join(o.dataDir, 'packages') : resolve('.datum-packages'))
  return startIndexer({
    ...o,
    decorate: (app) => {
      serveWeb(app)
      app.get('/api/chain', async () => ({ rpc: o.node, rest }))
      servePackages(app, packagesDir)
    },
  })
}

const entry = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (entry) {
  const { values } = parseArgs({
    options: {
      node: { type: 'string', default: 'http://127.0.0.1:26657' },
      rest: { type: 'string' },
      'packages-dir': { type: 'string' },
      'data-dir': { type: 'string', default: './.datum-indexer' },
      listen: { type: 'string', default: '127.0.0.1:8787' },
    },
  })
  const m = /^([^:]+):(\d{1,5})$/.exec(values.listen)
  if (!m) throw new Error('--listen must be <host:port>')
  const databaseUrl = process.env.DATABASE_URL || undefined
  const dataDir = databaseUrl ? undefined : resolve(values['data-dir'])
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const web = await startWeb({
    node: values.node,
    rest: values.rest,
    packagesDir: values['packages-dir'] && resolve(values['packages-dir']),
    dataDir,
    databaseUrl,
    host: m[1]!,
    port: Number(m[2]),
    onError: (e) => console.error(JSON.stringify({ event: 'error', message: (e as Error).message })),
  })
  console.log(JSON.stringify({ event: 'ready', url: web.url, db: web.db.kind }))
  const stop = async () => {
    await web.stop()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
