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
import { type SearchParams, searchAssets } from '../../client/indexer/catalogue.js'
import { type Db, openPglite, openPostgres } from '../../client/indexer/db.js'
import { Follower, indexedHeight } from '../../client/indexer/follower.js'
import { migrate } from '../../client/indexer/migrations.js'
import { tsPrefixQuery } from '../../client/indexer/params.js'
import { ChainSource } from '../../client/indexer/source.js'
import { startTestPostgres } from '../../client/indexer/test-postgres.js'
import { DatumClient } from '../../client/sdk/client.js'
import { startWeb } from '../../client/web/serve.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { NodeProcess } from '../../testnet/harness/node-process.js'

const ASSETS = Number(process.env.BENCH_ASSETS ?? 100_000)
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 400)
const TXS = Number(process.env.BENCH_TXS ?? 40)
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')
const out = (k: string, v: unknown) => console.log(`${k} ${v} (load ${load()})`)

const WORDS = [
  'air',
  'traffic',
  'hospital',
  'energy',
  'retail',
  'sensor',
  'weather',
  'school',
  'water',
  'farm',
]
const REGIONS = ['DE', 'FR', 'NL', 'ES', 'IT', 'PL', 'SE', 'US']

async function seed(db: Db): Promise<void> {
  await migrate(db)
  await db.query(`insert into license_terms values ('t', array['PURPOSE_RESEARCH'], true, false, false,
    'OUTPUT_OWNERSHIP_REQUESTER', array[]::text[], '')`)
  const words = `(array[${WORDS.map((w) => `'${w}'`).join(',')}])`
  const regions = `(array[${REGIONS.map((r) => `'${r}'`).join(',')}])`
  for (let from = 1; from <= ASSETS; from += 20_000) {
    const to = Math.min(ASSETS, from + 19_999)
    await db.query(`
      insert into assets (id, owner, state, version, content_hash, name, description, category, terms_id, regions,
        mechanisms, algorithms, epsilon_total_micro, epsilon_remaining_micro, epsilon_spent_micro, uses, revenue,
        created_height, created_at, updated_height, record, search)
      select md5(i::text) || md5((i + 1)::text), 'datum1owner' || (i % 500), 'ASSET_STATE_ACTIVE', 1,
        md5(i::text || 'c') || md5(i::text || 'd'), n, d, '', 't', array[${regions}[1 + i % 8]],
        array['MECHANISM_DP'], array['count'], 5000000, (i * 7919) % 5000000, 0, i % 97, 0, i, now(), i, '{}'::jsonb,
        setweight(to_tsvector('simple', n), 'A') || setweight(to_tsvector('simple', d), 'B')
      from (select i, ${words}[1 + i % 10] || ' ' || ${words}[1 + (i / 10) % 10] || ' dataset ' || i as n,
        'readings of ' || ${words}[1 + (i / 100) % 10] || ' per day' as d
        from generate_series(${from}, ${to}) as i) s`)
    await db.query(`insert into offerings (id, asset_id, owner, state, price_amount, price_denom, uses_per_right,
        epsilon_per_use_micro, sold, record)
      select i, md5(i::text) || md5((i + 1)::text), 'o', 'OFFERING_STATE_ACTIVE', (i % 5000), 'udatum', 3, 100000, 0, '{}'
      from generate_series(${from}, ${to}) as i`)
  }
  await db.query('analyze')
}

function searches(): { p: SearchParams; tsq?: string }[] {
  const base = { states: [], regions: [], algorithms: [], mechanisms: [], purposes: [], limit: 20, offset: 0 }
  const all: { p: SearchParams; tsq?: string }[] = []
  for (let i = 0; i < SEARCHES; i++) {
    const w = WORDS[i % WORDS.length]!
    const text = i % 3 === 0 ? w.slice(0, 3) : `${w} ${WORDS[(i * 7) % 10]!.slice(0, 4)}`
    const sort = (['relevance', 'usage', 'recent'] as const)[i % 3]!
    const p: SearchParams = { ...base, sort, q: text }
    if (i % 4 === 1) p.regions = [REGIONS[i % 8]!]
    if (i % 4 === 2) p.maxPrice = String(500 + (i % 7) * 100)
    if (i % 4 === 3) p.minEpsilon = '2500000'
    all.push({ p, tsq: tsPrefixQuery(text) })
  }
  return all
}

async function benchSearch(name: string, db: Db): Promise<void> {
  const t0 = performance.now()
  await seed(db)
  out(`indexer.${name}.seed_s`, ((performance.now() - t0) / 1000).toFixed(1))
  const times: number[] = []
  for (const { p, tsq } of searches()) {
    const s = performance.now()
    await searchAssets(db, p, tsq)
    times.push(performance.now() - s)
  }
  times.sort((a, b) => a - b)
  const q = (f: number) => times[Math.min(times.length - 1, Math.floor(f * times.length))]!.toFixed(1)
  out(`indexer.${name}.search_ms`, `p50 ${q(0.5)} p99 ${q(0.99)} over ${ASSETS} assets, ${SEARCHES} searches`)
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
await benchFollow()
process.exit(0)
