// The running indexer: database (migrated), node connection, follower and JSON API, started and stopped as one.
import type { FastifyInstance } from 'fastify'
import { createApi } from './api.js'
import { type Db, openDb } from './db.js'
import { Follower, type FollowerOptions } from './follower.js'
import { migrate } from './migrations.js'
import { ChainSource } from './source.js'

export interface IndexerOptions extends FollowerOptions {
  node: string
  dataDir?: string
  databaseUrl?: string
  host?: string
  /** API port; 0 picks a free one; undefined serves no API. */
  port?: number
  /** Extra routes (the web app's static files). */
  decorate?: (app: FastifyInstance) => void | Promise<void>
}

export interface RunningIndexer {
  db: Db
  url?: string
  stop(): Promise<void>
}

export async function startIndexer(o: IndexerOptions): Promise<RunningIndexer> {
  const db = await openDb({ databaseUrl: o.databaseUrl, dataDir: o.dataDir })
  await migrate(db)
  const source = await ChainSource.connect(o.node)
  const follower = new Follower(db, source, o)
  follower.start()
  let api: FastifyInstance | undefined
  let url: string | undefined
  if (o.port !== undefined) {
    api = createApi(db)
    await o.decorate?.(api)
    url = await api.listen({ host: o.host ?? '127.0.0.1', port: o.port })
  }
  return {
    db,
    url,
    async stop() {
      await api?.close()
      await follower.stop()
      source.disconnect()
      await db.close()
    },
  }
}
