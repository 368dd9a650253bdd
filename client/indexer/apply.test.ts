// applyBlock and the catalogue on embedded PGlite, without a node: minimal assets (no policies set), columns
// from a data: metadata document checked against its hash, migrations applied once, prefix search.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
  expect(await migrate(db)).toBe(1)
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
    const base = {
      states: [],
      regions: [],
      algorithms: [],
      mechanisms: [],
      purposes: [],
      limit: 10,
      offset: 0,
    }
    const found = await searchAssets(db, { ...base, sort: 'relevance' }, tsPrefixQuery('heart'))
    expect(found.assets.map((a) => [a.id, a.columns, a.regions])).toEqual([
      [asset.id, ['heart_rate', 'ward'], []],
    ])
    expect((await searchAssets(db, { ...base, sort: 'relevance' }, tsPrefixQuery('vit hea'))).total).toBe(1)
    expect((await searchAssets(db, { ...base, sort: 'relevance', regions: ['DE'] }, undefined)).total).toBe(0)
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
