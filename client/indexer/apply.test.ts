// applyBlock and the catalogue on embedded PGlite, without a node: minimal assets (no policies set), columns
// from a data: metadata document checked against its hash, migrations applied once, prefix search.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as C from '../../proto/gen/datum/computeright/v1/index.js'
import * as D from '../../proto/gen/datum/dataasset/v1/index.js'
import { applyBlock, metadataColumns } from './apply.js'
import { searchAssets } from './catalogue.js'
import { type Db, openPglite } from './db.js'
import { migrate } from './migrations.js'
import { tsPrefixQuery } from './params.js'
import type { Records } from './source.js'

let db: Db
beforeAll(async () => {
  db = await openPglite()
  expect(await migrate(db)).toBe(2)
  expect(await migrate(db)).toBe(0)
})
afterAll(() => db?.close())

const doc = Buffer.from(JSON.stringify({ columns: ['heart_rate', 'ward'] }))
const meta = {
  uri: `data:application/json;base64,${doc.toString('base64')}`,
  hash: createHash('sha256').update(doc).digest('hex'),
}

const empty = (): Records => ({
  assets: new Map(),
  terms: new Map(),
  offerings: new Map(),
  rights: new Map(),
  jobs: new Map(),
  executors: new Map(),
})

/** A catalogue search with no filter, first page of 10 (each test adds its sort and filters). */
const NO_FILTERS = {
  states: [],
  regions: [],
  algorithms: [],
  mechanisms: [],
  purposes: [],
  limit: 10,
  offset: 0,
}

describe('applyBlock', () => {
  it('indexes an asset that set no policies, with columns from its metadata document', async () => {
    const asset = D.DataAsset.decode(
      D.DataAsset.encode({
        id: 'a'.repeat(64),
        owner: 'datum1owner',
        version: 1,
        state: D.AssetState.ASSET_STATE_ACTIVE,
        contentHash: 'b'.repeat(64),
        licenseTermsId: 'c'.repeat(64),
        metadata: { name: 'Ward vitals', tags: ['health'], ...meta },
        createdHeight: 1n,
        createdAt: 1_700_000_000n,
      }),
    )
    const r = empty()
    r.assets.set(asset.id, { asset })
    await db.transaction((tx) => applyBlock(tx, { height: 1n, time: new Date(0), txCount: 1, events: [] }, r))
    const found = await searchAssets(db, { ...NO_FILTERS, sort: 'relevance' }, tsPrefixQuery('heart'))
    expect(found.assets.map((a) => [a.id, a.columns, a.regions])).toEqual([
      [asset.id, ['heart_rate', 'ward'], []],
    ])
    expect(
      (await searchAssets(db, { ...NO_FILTERS, sort: 'relevance' }, tsPrefixQuery('vit hea'))).total,
    ).toBe(1)
    expect(
      (await searchAssets(db, { ...NO_FILTERS, sort: 'relevance', regions: ['DE'] }, undefined)).total,
    ).toBe(0)
  })

  it('finds an asset by price through its active offerings only, as they open, change and close', async () => {
    const id = 'e'.repeat(64)
    const asset = D.DataAsset.fromPartial({
      id,
      owner: 'datum1owner',
      version: 1,
      state: D.AssetState.ASSET_STATE_ACTIVE,
      contentHash: 'f'.repeat(64),
      licenseTermsId: 'c'.repeat(64),
      metadata: { name: 'Priced readings' },
      createdHeight: 2n,
      createdAt: 1_700_000_000n,
    })
    const offering = (n: bigint, amount: string, state: C.OfferingState) =>
      C.Offering.fromPartial({
        id: n,
        assetId: id,
        owner: 'datum1owner',
        state,
        terms: { pricePerUse: { denom: 'udatum', amount }, usesPerRight: 1 },
      })
    const block = async (height: bigint, offerings: C.Offering[]) => {
      const r = empty()
      if (height === 2n) r.assets.set(id, { asset })
      for (const o of offerings) r.offerings.set(o.id, o)
      await db.transaction((tx) => applyBlock(tx, { height, time: new Date(0), txCount: 1, events: [] }, r))
    }
    const atMost = async (maxPrice: string) =>
      (await searchAssets(db, { ...NO_FILTERS, sort: 'recent', maxPrice }, tsPrefixQuery('priced'))).total
    const { ACTIVE, PAUSED, CLOSED } = {
      ACTIVE: C.OfferingState.OFFERING_STATE_ACTIVE,
      PAUSED: C.OfferingState.OFFERING_STATE_PAUSED,
      CLOSED: C.OfferingState.OFFERING_STATE_CLOSED,
    }
    await block(2n, [offering(1n, '500', ACTIVE), offering(2n, '100', PAUSED)])
    expect([await atMost('99'), await atMost('100'), await atMost('499'), await atMost('500')]).toEqual([
      0, 0, 0, 1,
    ])
    await block(3n, [offering(3n, '300', ACTIVE)])
    expect([await atMost('299'), await atMost('300')]).toEqual([0, 1])
    await block(4n, [offering(3n, '300', CLOSED), offering(2n, '100', ACTIVE)])
    expect([await atMost('99'), await atMost('100')]).toEqual([0, 1])
    await block(5n, [offering(2n, '100', CLOSED), offering(1n, '500', PAUSED)])
    expect(await atMost('1000000')).toBe(0)
    expect((await searchAssets(db, { ...NO_FILTERS, sort: 'recent' }, tsPrefixQuery('priced'))).total).toBe(1)
  })

  it('reads columns only from a data: document whose sha256 matches', () => {
    expect(metadataColumns(meta)).toEqual(['heart_rate', 'ward'])
    expect(metadataColumns({ uri: meta.uri, hash: 'd'.repeat(64) })).toEqual([])
    expect(metadataColumns({ uri: 'https://example.org/meta.json', hash: '' })).toEqual([])
  })

  it('turns a search box into a prefix query of its words, or nothing', () => {
    expect(tsPrefixQuery("Air  quality's & (DE)")).toBe('air:* & quality:* & s:* & de:*')
    expect(tsPrefixQuery(' !!! ')).toBeUndefined()
  })
})
