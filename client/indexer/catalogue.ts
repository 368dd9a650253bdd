// The catalogue's reads: search with filters and sorts, one asset in full, its usage ledger and time series,
// executors. Each takes already-validated parameters and bounds its own result size.
import type { Sql } from './db.js'

export interface SearchParams {
  q?: string
  states: string[]
  regions: string[]
  algorithms: string[]
  mechanisms: string[]
  purposes: string[]
  commercial?: boolean
  maxPrice?: string
  minEpsilon?: string
  owner?: string
  tag?: string
  sort: 'relevance' | 'usage' | 'recent'
  limit: number
  offset: number
}

/** Values the JSON API returns: bigint → string, Date → ISO text. */
export function plain(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? v.toString() : v
  return out
}

const SUMMARY = `a.id, a.name, a.description, a.category, a.owner, a.state, a.version, a.content_hash, a.regions,
  a.mechanisms, a.algorithms, a.epsilon_total_micro::text, a.epsilon_remaining_micro::text,
  a.epsilon_spent_micro::text, a.uses::text, a.revenue::text, a.created_height::text, a.created_at,
  array(select tag from asset_tags t where t.asset_id = a.id order by tag) as tags,
  array(select name from asset_columns c where c.asset_id = a.id order by name) as columns,
  jsonb_build_object('purposes', l.purposes, 'commercial_use', l.commercial_use,
    'derivatives_allowed', l.derivatives_allowed, 'attribution_required', l.attribution_required,
    'output_ownership', l.output_ownership, 'jurisdictions', l.jurisdictions) as licence,
  (select min(o.price_amount)::text from offerings o where o.asset_id = a.id and o.state = 'OFFERING_STATE_ACTIVE')
    as min_price`

export async function searchAssets(db: Sql, p: SearchParams, tsq: string | undefined) {
  const where: string[] = []
  const args: unknown[] = []
  const arg = (v: unknown) => {
    args.push(v)
    return `$${args.length}`
  }
  if (tsq) where.push(`a.search @@ to_tsquery('simple', ${arg(tsq)})`)
  if (p.states.length) where.push(`a.state = any(${arg(p.states)})`)
  if (p.regions.length) where.push(`a.regions && ${arg(p.regions)}::text[]`)
  if (p.algorithms.length) where.push(`a.algorithms && ${arg(p.algorithms)}::text[]`)
  if (p.mechanisms.length) where.push(`a.mechanisms @> ${arg(p.mechanisms)}::text[]`)
  if (p.purposes.length) where.push(`l.purposes @> ${arg(p.purposes)}::text[]`)
  if (p.commercial !== undefined) where.push(`l.commercial_use = ${arg(p.commercial)}`)
  if (p.minEpsilon) where.push(`a.epsilon_remaining_micro >= ${arg(p.minEpsilon)}::bigint`)
  if (p.owner) where.push(`a.owner = ${arg(p.owner)}`)
  if (p.tag)
    where.push(`exists (select 1 from asset_tags t where t.asset_id = a.id and t.tag = ${arg(p.tag)})`)
  // an active offering at most maxPrice: the asset's lowest active price (apply.ts keeps it, migration 2)
  if (p.maxPrice) where.push(`a.min_active_price <= ${arg(p.maxPrice)}::numeric`)
  const rank = tsq ? `ts_rank(a.search, to_tsquery('simple', $1))` : '0'
  const order = (t: string, r: string) =>
    p.sort === 'usage'
      ? `${t}.uses desc, ${t}.created_height desc, ${t}.id`
      : p.sort === 'recent' || !tsq
        ? `${t}.created_height desc, ${t}.id`
        : `${r} desc, ${t}.created_height desc, ${t}.id`
  const from = `from assets a left join license_terms l on l.id = a.terms_id ${where.length ? `where ${where.join(' and ')}` : ''}`
  // The page is chosen on the narrow sort columns and only its rows get the summary, whose subqueries (tags,
  // columns, lowest price) and wide columns would otherwise be computed for every match before the sort
  // (27,100 rows for a one-word prefix over 100,000 assets; docs/benchmarks.md). With text, the matches are
  // counted in the same pass (a window count): they are all read for the ranking anyway. Without text, the
  // sort's index yields the page after a few rows, and a separate count is cheaper than reading every asset
  // into the window.
  const windowed = tsq !== undefined
  const rows = await db.query<Record<string, unknown> & { total?: number }>(
    `select ${SUMMARY}, p.rank::float8 as rank${windowed ? ', p.total' : ''}
     from (select a.id, a.uses, a.created_height, ${rank} as rank${windowed ? ', count(*) over ()::int as total' : ''}
           ${from} order by ${order('a', rank)} limit ${arg(p.limit)} offset ${arg(p.offset)}) p
     join assets a on a.id = p.id left join license_terms l on l.id = a.terms_id
     order by ${order('p', 'p.rank')}`,
    args,
  )
  const counted = async () =>
    Number((await db.query<{ n: number }>(`select count(*)::int as n ${from}`, args.slice(0, -2)))[0]?.n ?? 0)
  // a windowed page past the last match holds no row to carry the count: then it is counted on its own
  const total = !windowed
    ? await counted()
    : rows.length > 0
      ? Number(rows[0]!.total)
      : p.offset === 0 && p.limit > 0
        ? 0
        : await counted()
  return {
    total,
    limit: p.limit,
    offset: p.offset,
    assets: rows.map(({ total: _, ...row }) => plain(row)),
  }
}

export async function assetDetail(db: Sql, id: string) {
  const [asset] = await db.query(
    `select ${SUMMARY}, a.terms_id, a.record, l.legal_text_uri from assets a
     left join license_terms l on l.id = a.terms_id where a.id = $1`,
    [id],
  )
  if (!asset) return undefined
  const versions = await db.query(
    'select version, content_hash, storage_uri, height::text, time from asset_versions where asset_id = $1 order by version desc limit 100',
    [id],
  )
  const offerings = await db.query(
    `select id::text, state, price_amount::text, price_denom, uses_per_right, epsilon_per_use_micro::text, sold::text, record
     from offerings where asset_id = $1 order by id limit 100`,
    [id],
  )
  return { ...plain(asset), versions: versions.map(plain), offerings: offerings.map(plain) }
}

export async function usageLedger(db: Sql, id: string, limit: number, offset: number) {
  const [count] = await db.query<{ n: number }>(
    'select count(*)::int as n from usage_records where asset_id = $1',
    [id],
  )
  const rows = await db.query(
    `select sequence::text, job_id, right_id, epsilon_micro::text, revenue::text, revenue_denom, height::text, time
     from usage_records where asset_id = $1 order by sequence desc limit $2 offset $3`,
    [id, limit, offset],
  )
  return { total: Number(count?.n ?? 0), limit, offset, records: rows.map(plain) }
}

/** Uses, ε spent and revenue per time bucket, oldest first, at most 500 buckets. */
export async function usageSeries(db: Sql, id: string, bucket: 'hour' | 'day' | 'minute') {
  const rows = await db.query(
    `select date_trunc($2, time) as t, count(*)::int as uses, sum(epsilon_micro)::text as epsilon_micro,
       sum(revenue)::text as revenue from usage_records where asset_id = $1 group by 1 order by 1 desc limit 500`,
    [id, bucket],
  )
  return { bucket, points: rows.reverse().map(plain) }
}

export async function listExecutors(db: Sql, limit: number, offset: number) {
  const [count] = await db.query<{ n: number }>('select count(*)::int as n from executors')
  const rows = await db.query(
    `select operator, kind, state, bond_amount::text, bond_denom, reputation, region, slashes, jobs_accepted,
       updated_height::text from executors order by reputation desc, operator limit $1 offset $2`,
    [limit, offset],
  )
  return { total: Number(count?.n ?? 0), limit, offset, executors: rows.map(plain) }
}

export async function jobDetail(db: Sql, id: string) {
  const [job] = await db.query(
    `select id::text, requester, state, fault, epsilon_micro::text, asset_ids, requested_height::text,
       updated_height::text, record from jobs where id = $1`,
    [id],
  )
  return job ? plain(job) : undefined
}
