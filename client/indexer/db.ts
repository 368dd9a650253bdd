// One small interface over the two PostgreSQL engines the indexer runs on: embedded PGlite (a data directory,
// no server) and any PostgreSQL server through `pg` (DATABASE_URL). Every SQL statement is plain PostgreSQL.
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'

export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>
}

export interface Db extends Sql {
  readonly kind: 'pglite' | 'postgres'
  /** Runs `fn` in one transaction: all of its writes commit together or none do. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** Embedded PostgreSQL in `dataDir` (created when missing); `undefined` keeps it in memory. */
export async function openPglite(dataDir?: string): Promise<Db> {
  const lite = dataDir ? await PGlite.create(dataDir) : await PGlite.create()
  return {
    kind: 'pglite',
    query: async (text, params) => (await lite.query(text, params)).rows as never,
    transaction: (fn) =>
      lite.transaction((tx) => fn({ query: async (t, p) => (await tx.query(t, p)).rows as never })),
    close: () => lite.close(),
  }
}

export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  // bigint columns come back as strings from pg; the indexer's own code converts where it needs numbers
  await pool.query('select 1')
  return {
    kind: 'postgres',
    query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    async transaction(fn) {
      const client = await pool.connect()
      try {
        await client.query('begin')
        const out = await fn({ query: async (t, p) => (await client.query(t, p as unknown[])).rows })
        await client.query('commit')
        return out
      } catch (e) {
        await client.query('rollback').catch(() => {})
        throw e
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

/** DATABASE_URL when given, else PGlite in `dataDir`. */
export function openDb(opts: { databaseUrl?: string; dataDir?: string }): Promise<Db> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir)
}
