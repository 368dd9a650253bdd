// Versioned schema migrations: each runs once, in order, in its own transaction with its row in
// `schema_migrations`, so a crash mid-migration leaves the previous version intact.
import type { Db } from './db.js'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'catalogue',
    sql: `
create table indexer_cursor (
  singleton boolean primary key default true check (singleton),
  height bigint not null
);
insert into indexer_cursor (height) values (0);

create table blocks (
  height bigint primary key,
  time timestamptz not null,
  tx_count int not null,
  event_count int not null
);

create table license_terms (
  id text primary key,
  purposes text[] not null,
  commercial_use boolean not null,
  derivatives_allowed boolean not null,
  attribution_required boolean not null,
  output_ownership text not null,
  jurisdictions text[] not null,
  legal_text_uri text not null
);

create table assets (
  id text primary key,
  owner text not null,
  state text not null,
  version int not null,
  content_hash text not null,
  name text not null,
  description text not null,
  category text not null,
  terms_id text not null,
  regions text[] not null,
  mechanisms text[] not null,
  algorithms text[] not null,
  epsilon_total_micro bigint not null,
  epsilon_remaining_micro bigint not null,
  epsilon_spent_micro bigint not null,
  uses bigint not null default 0,
  revenue numeric not null default 0,
  created_height bigint not null,
  created_at timestamptz not null,
  updated_height bigint not null,
  record jsonb not null,
  search tsvector not null
);
create index assets_search on assets using gin (search);
create index assets_regions on assets using gin (regions);
create index assets_algorithms on assets using gin (algorithms);
create index assets_owner on assets (owner);
create index assets_recent on assets (created_height desc, id);
create index assets_usage on assets (uses desc, id);

create table asset_versions (
  asset_id text not null,
  version int not null,
  content_hash text not null,
  storage_uri text not null,
  height bigint not null,
  time timestamptz not null,
  primary key (asset_id, version)
);
create table asset_tags (asset_id text not null, tag text not null, primary key (asset_id, tag));
create index asset_tags_tag on asset_tags (tag);
create table asset_columns (asset_id text not null, name text not null, primary key (asset_id, name));

create table offerings (
  id bigint primary key,
  asset_id text not null,
  owner text not null,
  state text not null,
  price_amount numeric not null,
  price_denom text not null,
  uses_per_right int not null,
  epsilon_per_use_micro bigint not null,
  sold bigint not null,
  record jsonb not null
);
create index offerings_asset on offerings (asset_id);

create table rights (
  id bigint primary key,
  offering_id bigint not null,
  asset_id text not null,
  holder text not null,
  state text not null,
  uses_remaining int not null,
  expires_at bigint not null,
  record jsonb not null
);
create index rights_holder on rights (holder);

create table jobs (
  id bigint primary key,
  requester text not null,
  state text not null,
  fault text not null,
  epsilon_micro bigint not null,
  asset_ids text[] not null,
  requested_height bigint not null,
  updated_height bigint not null,
  record jsonb not null
);
create index jobs_requester on jobs (requester);
create index jobs_assets on jobs using gin (asset_ids);

create table usage_records (
  asset_id text not null,
  sequence bigint not null,
  job_id text not null,
  right_id text not null,
  epsilon_micro bigint not null,
  revenue numeric not null,
  revenue_denom text not null,
  height bigint not null,
  time timestamptz not null,
  primary key (asset_id, sequence)
);
create index usage_time on usage_records (asset_id, time);

create table executors (
  operator text primary key,
  kind text not null,
  state text not null,
  bond_amount numeric not null,
  bond_denom text not null,
  reputation int not null,
  region text not null,
  slashes int not null default 0,
  jobs_accepted int not null default 0,
  updated_height bigint not null,
  record jsonb not null
);
`,
  },
  {
    // The catalogue's price filter ("an active offering at most this") read the offerings once per matching
    // asset; the lowest active price kept on the asset (null: none) makes it a column test. apply.ts sets it
    // whenever an offering of the asset is written.
    version: 2,
    name: 'asset lowest active price',
    sql: `
alter table assets add column min_active_price numeric;
update assets a set min_active_price = (select min(o.price_amount) from offerings o
  where o.asset_id = a.id and o.state = 'OFFERING_STATE_ACTIVE');
`,
  },
]

export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  await db.query(
    'create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())',
  )
  const done = new Set(
    (await db.query<{ version: number }>('select version from schema_migrations')).map((r) =>
      Number(r.version),
    ),
  )
  let applied = 0
  for (const m of migrations) {
    if (done.has(m.version)) continue
    await db.transaction(async (tx) => {
      for (const stmt of splitStatements(m.sql)) await tx.query(stmt)
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name])
    })
    applied++
  }
  return applied
}

/** The migrations hold no semicolons inside literals, so a split on `;` is exact. */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
