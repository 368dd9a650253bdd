// `npm run web`: builds the web app, then runs the indexer (PGlite in --data-dir, or DATABASE_URL) and serves
// the app and its JSON API from one port.
// Usage: npm run web -- [--node http://127.0.0.1:26657] [--data-dir ./.datum-indexer] [--listen 127.0.0.1:8787]
import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { FastifyInstance } from 'fastify'
import { type RunningIndexer, startIndexer } from '../indexer/service.js'
import { buildWeb, DIST } from './build.js'

const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.js.map': 'application/json',
}

/** Routes for the built files, read once: the app is a handful of static files. */
export function serveWeb(app: FastifyInstance): void {
  const files = new Map(Object.keys(TYPES).map((f) => [f, readFileSync(join(DIST, f))]))
  const send = (f: string) => async (_req: unknown, reply: import('fastify').FastifyReply) =>
    reply.type(TYPES[f]!).header('cache-control', 'no-cache').send(files.get(f))
  app.get('/', send('index.html'))
  for (const f of files.keys()) app.get(`/${f}`, send(f))
}

export async function startWeb(o: {
  onError?: (e: unknown) => void
  node: string
  dataDir?: string
  databaseUrl?: string
  host: string
  port: number
  pollMs?: number
}): Promise<RunningIndexer> {
  await buildWeb()
  return startIndexer({ ...o, decorate: serveWeb })
}

const entry = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (entry) {
  const { values } = parseArgs({
    options: {
      node: { type: 'string', default: 'http://127.0.0.1:26657' },
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
