// `npm run bench:indexer`: the catalogue's search latency and the indexer's catch-up speed.
// 1. BENCH_ASSETS (default 100000) synthetic assets written straight into the indexer's schema (same
//    migrations, same tsvector expression as apply.ts), then BENCH_SEARCHES (default 400) API-shaped searches
//    (prefix text, region / price / ε filters, the three sorts) timed through searchAssets: p50 and p99, on
//    PGlite (in memory) and on a throwaway PostgreSQL server (Debian's package).
// 2. A real datumd with BENCH_TXS (default 40) asset registrations: the indexer catches up from height 0 to the
//    tip; prints blocks indexed per second.
// 3. The catalogue's first load in headless Chromium (Debian's): bytes and time until the first result shows.
// Every figure is printed with the load average.
import os from 'node:os'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { chromium } from 'playwright-core'
import { searchAssets } from '../../client/indexer/catalogue.js'
import { type Db, openPglite, openPostgres } from '../../client/indexer/db.js'
import { Follower, indexedHeight } from '../../client/indexer/follower.js'
import { migrate } from '../../client/indexer/migrations.js'
import { ChainSource } from '../../client/indexer/source.js'
import { startTestPostgres } from '../../client/indexer/test-postgres.js'
import { DatumClient } from '../../client/sdk/client.js'
import { startWeb } from '../../client/web/serve.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { NodeProcess } from '../../testnet/harness/node-process.js'
import { searches, seed } from './indexer-data.js'

const ASSETS = Number(process.env.BENCH_ASSETS ?? 100_000)
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 400)
const TXS = Number(process.env.BENCH_TXS ?? 40)
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')
const out = (k: string, v: unknown) => console.log(`${k} ${v} (load ${load()})`)

async function benchSearch(name: string, db: Db): Promise<void> {
  const t0 = performance.now()
  await seed(db, ASSETS)
  out(`indexer.${name}.seed_s`, ((performance.now() - t0) / 1000).toFixed(1))
  const times: number[] = []
  const cpu: number[] = []
  for (const { p, tsq } of searches(SEARCHES)) {
    const c = process.cpuUsage()
    const s = performance.now()
    await searchAssets(db, p, tsq)
    times.push(performance.now() - s)
    const d = process.cpuUsage(c)
    cpu.push((d.user + d.system) / 1000)
  }
  const q = (xs: number[], f: number) => {
    const sorted = [...xs].sort((a, b) => a - b)
    return sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))]!.toFixed(1)
  }
  out(
    `indexer.${name}.search_ms`,
    `p50 ${q(times, 0.5)} p99 ${q(times, 0.99)} over ${ASSETS} assets, ${SEARCHES} searches`,
  )
  // PGlite runs in this process, so its CPU time per search is the engine's work whatever the load; a
  // PostgreSQL server's work is in its own process and not counted here
  if (db.kind === 'pglite')
    out(
      `indexer.${name}.search_cpu_ms`,
      `p50 ${q(cpu, 0.5)} p99 ${q(cpu, 0.99)} (this process, user + system)`,
    )
}

async function benchFollow(): Promise<void> {
  const { node, mnemonic, address } = await NodeProcess.init()
  await node.start()
  try {
    const client = await DatumClient.connectWithSigner(
      node.rpcUrl,
      await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' }),
    )
    const terms = await client.dataasset.registerLicenseTerms(address, {
      purposes: [T.Purpose.PURPOSE_RESEARCH],
      outputOwnership: T.OutputOwnership.OUTPUT_OWNERSHIP_REQUESTER,
    })
    for (let i = 0; i < TXS; i++)
      await client.dataasset.registerAsset(address, {
        contentHash: (i + 1).toString(16).padStart(64, '0'),
        storage: { uri: 'https://store.example/x.enc', encryptionScheme: 'aes-256-gcm' },
        metadata: { name: `bench asset ${i}`, tags: ['bench'] },
        licenseTermsId: terms.response.id,
      })
    client.disconnect()
    const db = await openPglite()
    await migrate(db)
    const source = await ChainSource.connect(node.rpcUrl)
    const follower = new Follower(db, source)
    const t0 = performance.now()
    const h = await follower.catchUp()
    const s = (performance.now() - t0) / 1000
    out(
      'indexer.follow.blocks_per_s',
      `${(Number(h) / s).toFixed(1)} (${h} blocks with ${TXS + 1} txs in ${s.toFixed(1)} s, PGlite)`,
    )
    source.disconnect()
    await db.close()
    await benchPageLoad(node.rpcUrl)
  } finally {
    await node.destroy()
  }
}

/** First load of the catalogue in headless Chromium: bytes transferred and time until the first card shows. */
async function benchPageLoad(rpcUrl: string): Promise<void> {
  const web = await startWeb({ node: rpcUrl, host: '127.0.0.1', port: 0 })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  })
  try {
    while ((await indexedHeight(web.db)) < BigInt(TXS)) await new Promise((r) => setTimeout(r, 200))
    const page = await browser.newPage()
    const bodies: Promise<number>[] = []
    page.on('response', (r) => {
      bodies.push(
        r.body().then(
          (b) => b.length,
          () => 0,
        ),
      )
    })
    const t0 = performance.now()
    await page.goto(web.url!)
    await page.locator('.card').first().waitFor()
    const ms = performance.now() - t0
    const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0)
    out(
      'indexer.web.first_load',
      `${ms.toFixed(0)} ms to the first result card, ${bytes} bytes (uncompressed)`,
    )
  } finally {
    await browser.close()
    await web.stop()
  }
}

const lite = await openPglite()
await benchSearch('pglite', lite)
await lite.close()
const pg = await startTestPostgres()
try {
  const db = await openPostgres(pg.url)
  await benchSearch('postgres', db)
  await db.close()
} finally {
  await pg.stop()
}
// BENCH_SEARCH_ONLY=1: the search part alone (no node, no browser), for before/after runs back to back
if (!process.env.BENCH_SEARCH_ONLY) await benchFollow()
process.exit(0)
