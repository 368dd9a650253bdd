// `datum indexer`: follows a node into PostgreSQL (embedded PGlite in --data-dir, or DATABASE_URL) and serves
// the catalogue's JSON API until SIGINT/SIGTERM, logging one JSON line per indexed height.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { startIndexer } from '../indexer/service.js'
import { str } from './args.js'
import { type Command, NODE_FLAGS } from './command.js'
import { UsageError } from './errors.js'

const line = (event: string, fields: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ event, ...fields })}\n`)

export const indexerCommand: Command = {
  path: ['indexer'],
  summary: 'index a node into PostgreSQL (PGlite by default) and serve the catalogue API',
  kind: 'query',
  details:
    'Without DATABASE_URL the database is embedded PGlite in --data-dir. Resumes after its last indexed\n' +
    'height; each height is written in one transaction with the cursor.',
  flags: {
    ...NODE_FLAGS,
    'data-dir': {
      type: 'string',
      description: 'PGlite data directory',
      default: './.datum-indexer',
      value: '<dir>',
    },
    listen: { type: 'string', description: 'API address', default: '127.0.0.1:8787', value: '<host:port>' },
  },
  run: async (a) => {
    const m = /^([^:]+):(\d{1,5})$/.exec(str(a, 'listen')!)
    if (!m || Number(m[2]) > 65535) throw new UsageError('--listen must be <host:port>')
    const databaseUrl = process.env.DATABASE_URL || undefined
    const dataDir = databaseUrl ? undefined : resolve(str(a, 'data-dir')!)
    if (dataDir) mkdirSync(dataDir, { recursive: true })
    const crashAt = process.env.DATUM_INDEXER_TEST_CRASH_AT
    const indexer = await startIndexer({
      node: str(a, 'node')!,
      dataDir,
      databaseUrl,
      host: m[1],
      port: Number(m[2]),
      onHeight: (h) => line('indexed', { height: h.toString() }),
      onError: (e) => line('error', { message: (e as Error).message }),
      // test hook, for the crash test only: die inside the height's transaction, before it commits
      beforeCommit: crashAt
        ? (h) => (h.toString() === crashAt ? process.kill(process.pid, 'SIGKILL') : undefined)
        : undefined,
    })
    line('ready', { api: indexer.url, db: indexer.db.kind, dataDir })
    const signal = await new Promise<string>((done) => {
      process.once('SIGINT', () => done('SIGINT'))
      process.once('SIGTERM', () => done('SIGTERM'))
    })
    await indexer.stop()
    // CosmJS's websocket disconnect() leaves its TCP socket to the node open (the close handshake never
    // completes), which would keep a stopped indexer alive: leave once the result is printed
    setTimeout(() => process.exit(process.exitCode ?? 0), 200).unref()
    return { event: 'stopped', signal }
  },
}
