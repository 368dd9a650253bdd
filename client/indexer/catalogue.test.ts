// searchAssets chooses a page on the sort columns with a window count, then fills in the summary of only that
// page (catalogue.ts). Over the benchmark's synthetic catalogue (ties in usage and in text rank, a price filter
// through the offerings), for each sort, text or none, and filter: the total is the number of matches, each page
// (the first three, the last two, one past the end) is the slice of the full order a plain query over the
// offerings gives (ties broken by height, then id), and a page past the last match is empty and carries the
// total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searches, seed } from '../../scripts/bench/indexer-data.js'
import { type SearchParams, searchAssets } from './catalogue.js'
import { type Db, openPglite } from './db.js'

const ASSETS = 600
let db: Db
beforeAll(async () => {
  db = await openPglite()
  await seed(db, ASSETS)
})
afterAll(() => db?.close())

/** Every matching id in order, by the plain reading of the sort (no page, no window). */
async function fullOrder(p: SearchParams, tsq: string | undefined): Promise<string[]> {
  const where: string[] = []
  const args: unknown[] = []
  if (tsq) {
    args.push(tsq)
    where.push(`search @@ to_tsquery('simple', $1)`)
  }
  if (p.regions.length) where.push(`regions && $${args.push(p.regions)}::text[]`)
  if (p.minEpsilon) where.push(`epsilon_remaining_micro >= $${args.push(p.minEpsilon)}::bigint`)
  if (p.maxPrice)
    where.push(`id in (select asset_id from offerings where state = 'OFFERING_STATE_ACTIVE'
      and price_amount <= $${args.push(p.maxPrice)}::numeric)`)
  const order =
    p.sort === 'usage'
      ? 'uses desc, created_height desc, id'
      : p.sort === 'recent' || !tsq
        ? 'created_height desc, id'
        : `ts_rank(search, to_tsquery('simple', $1)) desc, created_height desc, id`
  const rows = await db.query<{ id: string }>(
    `select id from assets ${where.length ? `where ${where.join(' and ')}` : ''} order by ${order}`,
    args,
  )
  return rows.map((r) => r.id)
}

describe('catalogue search pages', () => {
  const cases = searches(24).slice(0, 12)
  cases.push(
    ...(['relevance', 'usage', 'recent'] as const).map((sort) => ({
      p: { ...cases[0]!.p, q: undefined, sort },
      tsq: undefined,
    })),
  )

  for (const { p, tsq } of cases) {
    it(`${p.sort} ${tsq ?? '(no text)'} ${p.regions.join() || ''}${p.maxPrice ?? ''}${p.minEpsilon ?? ''}`, async () => {
      const all = await fullOrder(p, tsq)
      expect(all.length).toBeGreaterThan(3)
      const limit = 3
      // the first pages, the last (partial or full) page and the one past it
      const last = Math.floor((all.length - 1) / limit) * limit
      for (const offset of new Set(
        [0, limit, 2 * limit, last - limit, last, last + limit].filter((o) => o >= 0),
      )) {
        const page = await searchAssets(db, { ...p, limit, offset }, tsq)
        expect(page.total).toBe(all.length)
        expect(page.assets.map((a) => a.id)).toEqual(all.slice(offset, offset + limit))
        for (const a of page.assets) expect(a).not.toHaveProperty('total')
      }
    })
  }
})
