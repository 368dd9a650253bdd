// The synthetic catalogue of `npm run bench:indexer` (scripts/bench/indexer.ts) and the searches it times,
// shared with scripts/bench/indexer-explain.ts: assets of two or three words from ten, one region of eight,
// the same weighted tsvector as apply.ts.
import type { SearchParams } from '../../client/indexer/catalogue.js'
import type { Db } from '../../client/indexer/db.js'
import { migrate } from '../../client/indexer/migrations.js'
import { tsPrefixQuery } from '../../client/indexer/params.js'

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

/** `assets` synthetic assets with one active offering each, written straight into the indexer's schema. */
export async function seed(db: Db, assets: number): Promise<void> {
  await migrate(db)
  await db.query(`insert into license_terms values ('t', array['PURPOSE_RESEARCH'], true, false, false,
    'OUTPUT_OWNERSHIP_REQUESTER', array[]::text[], '')`)
  const words = `(array[${WORDS.map((w) => `'${w}'`).join(',')}])`
  const regions = `(array[${REGIONS.map((r) => `'${r}'`).join(',')}])`
  for (let from = 1; from <= assets; from += 20_000) {
    const to = Math.min(assets, from + 19_999)
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
  // as apply.ts keeps it after writing offerings
  await db.query(`update assets a set min_active_price = (select min(o.price_amount) from offerings o
    where o.asset_id = a.id and o.state = 'OFFERING_STATE_ACTIVE')`)
  await db.query('analyze')
}

/** `n` API-shaped searches: prefix text, a third filtered on region, price or remaining ε, the three sorts. */
export function searches(n: number): { p: SearchParams; tsq?: string }[] {
  const base = { states: [], regions: [], algorithms: [], mechanisms: [], purposes: [], limit: 20, offset: 0 }
  const all: { p: SearchParams; tsq?: string }[] = []
  for (let i = 0; i < n; i++) {
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
