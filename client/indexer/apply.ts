// Writes one height into the database. The caller runs this inside the height's transaction together with
// the cursor move, so a height is either fully indexed or not at all.
import { createHash } from 'node:crypto'
import * as A from '../../proto/gen/datum/attestation/v1/index.js'
import * as C from '../../proto/gen/datum/computeright/v1/index.js'
import * as D from '../../proto/gen/datum/dataasset/v1/index.js'
import type { Sql } from './db.js'
import { attrId, attrString, splitType } from './events.js'
import type { BlockData, Records } from './source.js'

const enumName = (e: object, v: number): string => (e as Record<number, string>)[v] ?? String(v)
const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x))

/**
 * Column names come from the asset's metadata document when it travels on chain as a `data:application/json`
 * URI whose sha256 matches `metadata.hash` (`{"columns": [...]}`): nothing off chain is fetched, so a replay
 * indexes the same names.
 */
export function metadataColumns(meta: { uri: string; hash: string }): string[] {
  const m = /^data:application\/json(;base64)?,(.*)$/s.exec(meta.uri)
  if (!m) return []
  const bytes = m[1] ? Buffer.from(m[2]!, 'base64') : Buffer.from(decodeURIComponent(m[2]!), 'utf8')
  if (meta.hash && createHash('sha256').update(bytes).digest('hex') !== meta.hash) return []
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as { columns?: unknown }
    if (!Array.isArray(doc.columns)) return []
    return [
      ...new Set(doc.columns.filter((c): c is string => typeof c === 'string' && c.length <= 64)),
    ].slice(0, 256)
  } catch {
    return []
  }
}

export async function applyBlock(tx: Sql, b: BlockData, r: Records): Promise<void> {
  const h = b.height.toString()
  await tx.query('insert into blocks (height, time, tx_count, event_count) values ($1, $2, $3, $4)', [
    h,
    b.time,
    b.txCount,
    b.events.length,
  ])

  for (const t of r.terms.values()) {
    await tx.query(
      `insert into license_terms (id, purposes, commercial_use, derivatives_allowed, attribution_required,
         output_ownership, jurisdictions, legal_text_uri) values ($1,$2,$3,$4,$5,$6,$7,$8)
       on conflict (id) do nothing`,
      [
        t.id,
        t.purposes.map((p) => enumName(D.Purpose, p)),
        t.commercialUse,
        t.derivativesAllowed,
        t.attributionRequired,
        enumName(D.OutputOwnership, t.outputOwnership),
        t.jurisdictions,
        t.legalTextUri,
      ],
    )
  }

  for (const [id, { asset: a, budget }] of r.assets) {
    if (!a) {
      // burned: the ledger and versions stay as history
      await tx.query(`update assets set state = 'BURNED', updated_height = $2 where id = $1`, [id, h])
      continue
    }
    // proto3 sub-messages the owner never set decode as undefined
    const meta = a.metadata ?? { name: '', description: '', tags: [], category: '', uri: '', hash: '' }
    const columns = metadataColumns(meta)
    const algorithms = (a.computePolicy?.algorithmAllowlist ?? []).flatMap((x) =>
      x.label ? [x.codeHash, x.label] : [x.codeHash],
    )
    const total = budget?.budget.totalMicro ?? 0n
    const spent = budget?.budget.spentMicro ?? 0n
    const remaining = budget?.remainingMicro ?? 0n
    await tx.query(
      `insert into assets (id, owner, state, version, content_hash, name, description, category, terms_id, regions,
         mechanisms, algorithms, epsilon_total_micro, epsilon_remaining_micro, epsilon_spent_micro, created_height,
         created_at, updated_height, record, search)
       values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$16,$18,
         setweight(to_tsvector('simple', $6), 'A') || setweight(to_tsvector('simple', $7), 'B')
         || setweight(to_tsvector('simple', $19), 'C'))
       on conflict (id) do update set owner = excluded.owner, state = excluded.state, version = excluded.version,
         content_hash = excluded.content_hash, name = excluded.name, description = excluded.description,
         category = excluded.category, terms_id = excluded.terms_id, regions = excluded.regions,
         mechanisms = excluded.mechanisms, algorithms = excluded.algorithms,
         epsilon_total_micro = excluded.epsilon_total_micro, epsilon_remaining_micro = excluded.epsilon_remaining_micro,
         epsilon_spent_micro = excluded.epsilon_spent_micro, updated_height = excluded.updated_height,
         record = excluded.record, search = excluded.search`,
      [
        a.id,
        a.owner,
        enumName(D.AssetState, a.state),
        a.version,
        a.contentHash,
        meta.name,
        meta.description,
        meta.category,
        a.licenseTermsId,
        a.residencyPolicy?.allowedRegions ?? [],
        (a.computePolicy?.mechanisms ?? []).map((m) => enumName(D.Mechanism, m)),
        algorithms,
        total.toString(),
        remaining.toString(),
        spent.toString(),
        a.createdHeight.toString(),
        new Date(Number(a.createdAt) * 1000),
        json(D.DataAsset.toJson(a)),
        [...meta.tags, ...columns.map((c) => c.replace(/[_-]/g, ' ')), ...columns].join(' '),
      ],
    )
    await tx.query(
      `insert into asset_versions (asset_id, version, content_hash, storage_uri, height, time)
       values ($1,$2,$3,$4,$5,$6) on conflict do nothing`,
      [a.id, a.version, a.contentHash, a.storage?.uri ?? '', h, b.time],
    )
    await tx.query('delete from asset_tags where asset_id = $1', [a.id])
    for (const tag of meta.tags) await tx.query('insert into asset_tags values ($1, $2)', [a.id, tag])
    await tx.query('delete from asset_columns where asset_id = $1', [a.id])
    for (const c of columns) await tx.query('insert into asset_columns values ($1, $2)', [a.id, c])
  }

  for (const o of r.offerings.values()) {
    const terms = o.terms ?? { pricePerUse: undefined, usesPerRight: 0, epsilonPerUseMicro: 0n }
    const price = terms.pricePerUse ?? { amount: '0', denom: '' }
    await tx.query(
      `insert into offerings (id, asset_id, owner, state, price_amount, price_denom, uses_per_right,
         epsilon_per_use_micro, sold, record) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
       on conflict (id) do update set state = excluded.state, price_amount = excluded.price_amount,
         price_denom = excluded.price_denom, uses_per_right = excluded.uses_per_right,
         epsilon_per_use_micro = excluded.epsilon_per_use_micro, sold = excluded.sold, record = excluded.record`,
      [
        o.id.toString(),
        o.assetId,
        o.owner,
        enumName(C.OfferingState, o.state),
        price.amount || '0',
        price.denom,
        terms.usesPerRight,
        terms.epsilonPerUseMicro.toString(),
        o.sold.toString(),
        json(C.Offering.toJson(o)),
      ],
    )
  }

  // the catalogue's price filter reads the lowest active price off the asset (migration 2)
  for (const assetId of new Set([...r.offerings.values()].map((o) => o.assetId)))
    await tx.query(
      `update assets set min_active_price = (select min(price_amount) from offerings
         where asset_id = $1 and state = 'OFFERING_STATE_ACTIVE') where id = $1`,
      [assetId],
    )

  for (const x of r.rights.values()) {
    await tx.query(
      `insert into rights (id, offering_id, asset_id, holder, state, uses_remaining, expires_at, record)
       values ($1,$2,$3,$4,$5,$6,$7,$8)
       on conflict (id) do update set holder = excluded.holder, state = excluded.state,
         uses_remaining = excluded.uses_remaining, expires_at = excluded.expires_at, record = excluded.record`,
      [
        x.id.toString(),
        x.offeringId.toString(),
        x.assetId,
        x.holder,
        enumName(C.RightState, x.state),
        x.usesRemaining,
        x.expiresAt.toString(),
        json(C.ComputeRight.toJson(x)),
      ],
    )
  }

  for (const j of r.jobs.values()) {
    const assets = [...new Set(j.rightIds.map((id) => r.rights.get(BigInt(id))?.assetId ?? ''))].filter(
      Boolean,
    )
    await tx.query(
      `insert into jobs (id, requester, state, fault, epsilon_micro, asset_ids, requested_height, updated_height, record)
       values ($1,$2,$3,$4,$5,$6,$7,$7,$8)
       on conflict (id) do update set state = excluded.state, fault = excluded.fault,
         updated_height = excluded.updated_height, record = excluded.record`,
      [
        j.id.toString(),
        j.requester,
        enumName(C.JobState, j.state),
        enumName(C.FaultClass, j.fault),
        j.epsilonMicro.toString(),
        assets,
        h,
        json(C.Job.toJson(j)),
      ],
    )
  }

  for (const [op, e] of r.executors) {
    if (!e) continue
    await tx.query(
      `insert into executors (operator, kind, state, bond_amount, bond_denom, reputation, region, updated_height, record)
       values ($1,$2,$3,$4,$5,$6,$7,$8,$9)
       on conflict (operator) do update set kind = excluded.kind, state = excluded.state,
         bond_amount = excluded.bond_amount, bond_denom = excluded.bond_denom, reputation = excluded.reputation,
         region = excluded.region, updated_height = excluded.updated_height, record = excluded.record`,
      [
        op,
        enumName(A.ExecutorKind, e.kind),
        enumName(A.ExecutorState, e.state),
        e.bond?.amount || '0',
        e.bond?.denom ?? '',
        e.reputation,
        e.declared?.region ?? '',
        h,
        json(A.Executor.toJson(e)),
      ],
    )
  }

  // append-only facts from the events themselves
  for (const { type, attrs: a } of b.events) {
    const [pkg, , name] = splitType(type)
    if (pkg === 'datum.dataasset.v1' && name === 'EventUsageRecorded') {
      const right = attrId(a.right_id)
      const price = right === undefined ? undefined : r.rights.get(right)?.pricePerUse
      const assetId = attrString(a.asset_id)
      const eps = attrString(a.epsilon_micro) || '0'
      const revenue = price?.amount || '0'
      await tx.query(
        `insert into usage_records (asset_id, sequence, job_id, right_id, epsilon_micro, revenue, revenue_denom, height, time)
         values ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
        [
          assetId,
          attrString(a.sequence),
          attrString(a.job_id),
          attrString(a.right_id),
          eps,
          revenue,
          price?.denom ?? '',
          h,
          b.time,
        ],
      )
      await tx.query('update assets set uses = uses + 1, revenue = revenue + $2 where id = $1', [
        assetId,
        revenue,
      ])
    } else if (pkg === 'datum.attestation.v1' && name === 'EventExecutorSlashed') {
      await tx.query('update executors set slashes = slashes + 1 where operator = $1', [
        attrString(a.executor),
      ])
    } else if (pkg === 'datum.attestation.v1' && name === 'EventJobAccepted') {
      await tx.query('update executors set jobs_accepted = jobs_accepted + 1 where operator = $1', [
        attrString(a.executor),
      ])
    }
  }
}
