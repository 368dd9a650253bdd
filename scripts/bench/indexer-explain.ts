// `tsx scripts/bench/indexer-explain.ts`: where the catalogue's slow searches spend their time. Seeds the
// synthetic catalogue of `npm run bench:indexer` (BENCH_ASSETS, default 100000) on PGlite and on a throwaway
// PostgreSQL, times its searches (BENCH_SEARCHES, default 400), then prints EXPLAIN ANALYZE of every statement
// of the EXPLAIN_TOP (default 3) slowest ones on each engine.
import os from 'node:os'
import { searchAssets } from '../../client/indexer/catalogue.js'
import { type Db, openPglite, openPostgres, type Sql } from '../../client/indexer/db.js'
import { startTestPostgres } from '../../client/indexer/test-postgres.js'
import { searches, seed } from './indexer-data.js'

const ASSETS = Number(process.env.BENCH_ASSETS ?? 100_000)
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 400)
const TOP = Number(process.env.EXPLAIN_TOP ?? 3)

async function explain(name: string, db: Db): Promise<void> {
  await seed(db, ASSETS)
  const timed: { ms: number; label: string; statements: [string, unknown[]][] }[] = []
  for (const { p, tsq } of searches(SEARCHES)) {
    const statements: [string, unknown[]][] = []
    const recording: Sql = {
      query: (text, params) => {
        statements.push([text, [...(params ?? [])]])
        return db.query(text, params)
      },
    }
    const s = performance.now()
    await searchAssets(recording, p, tsq)
    const label = JSON.stringify({
      q: p.q,
      sort: p.sort,
      regions: p.regions,
      maxPrice: p.maxPrice,
      minEpsilon: p.minEpsilon,
    })
    timed.push({ ms: performance.now() - s, label, statements })
  }
  timed.sort((a, b) => b.ms - a.ms)
  console.log(
    `== ${name}: ${ASSETS} assets, load ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  )
  for (const t of timed.slice(0, TOP)) {
    console.log(`-- ${t.ms.toFixed(1)} ms ${t.label}`)
    for (const [text, params] of t.statements) {
      const plan = await db.query<Record<string, string>>(`explain (analyze, buffers) ${text}`, params)
      console.log(plan.map((r) => Object.values(r)[0]).join('\n'))
    }
  }
}

const lite = await openPglite()
await explain('PGlite', lite)
await lite.close()
const pg = await startTestPostgres()
try {
  const db = await openPostgres(pg.url)
  await explain('PostgreSQL', db)
  await db.close()
} finally {
  await pg.stop()
}
process.exit(0)
