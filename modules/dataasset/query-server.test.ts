import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Codec } from '../../proto/codec.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { QueryError } from '../sdk/index.js'
import { dataAssetQueryHandlers } from './query-server.js'
import { type Harness, harness, hash, other, owner, registerAssetMsg, seed } from './test-env.js'

let h: Harness
let handlers: ReturnType<typeof dataAssetQueryHandlers>
beforeEach(async () => {
  h = await harness()
  handlers = dataAssetQueryHandlers(h.keeper)
})
afterEach(() => h.cleanup())

function query<Q, R>(method: string, req: Codec<unknown, Q>, res: Codec<R, unknown>, q: Q): R {
  return res.decode(handlers[`/datum.dataasset.v1.Query/${method}`]!(h.ctx(), req.encode(q)))
}
function queryError(method: string, req: Codec<unknown, unknown>, q: unknown): QueryError {
  try {
    handlers[`/datum.dataasset.v1.Query/${method}`]!(h.ctx(), req.encode(q))
  } catch (e) {
    if (e instanceof QueryError) return e
    throw e
  }
  throw new Error('expected a QueryError')
}

/** Registers `n` assets, tagged odd/even, alternating owners; returns their ids. */
function many(n: number): string[] {
  const { termsId } = seed(h)
  const ids = [h.keeper.requireAsset(h.ctx(), h.keeper.assets.idByContentHash(h.ctx(), hash(1))!).id]
  for (let i = 2; i <= n; i++) {
    const msg = registerAssetMsg(termsId, {
      owner: i % 2 ? owner : other,
      contributors: [],
      contentHash: hash(i),
      metadata: { name: `a${i}`, tags: [i % 2 ? 'odd' : 'even'] },
    })
    ids.push(h.run('MsgRegisterAsset', msg, T.MsgRegisterAssetResponse).id)
  }
  return ids
}

describe('dataasset queries', () => {
  it('Asset, AssetByContentHash and LicenseTerms find records or answer NotFound / InvalidArgument', () => {
    const { assetId, termsId } = seed(h)
    expect(query('Asset', T.QueryAssetRequest, T.QueryAssetResponse, { id: assetId }).asset!.id).toBe(assetId)
    const byHash = query('AssetByContentHash', T.QueryAssetByContentHashRequest, T.QueryAssetResponse, {
      contentHash: hash(1),
    })
    expect(byHash.asset!.id).toBe(assetId)
    expect(
      query('LicenseTerms', T.QueryLicenseTermsRequest, T.QueryLicenseTermsResponse, { id: termsId }).terms!
        .id,
    ).toBe(termsId)
    expect(queryError('Asset', T.QueryAssetRequest, { id: hash(5) }).grpcCode).toBe('NotFound')
    expect(queryError('Asset', T.QueryAssetRequest, { id: 'nope' }).grpcCode).toBe('InvalidArgument')
    expect(queryError('LicenseTerms', T.QueryLicenseTermsRequest, { id: hash(5) }).grpcCode).toBe('NotFound')
    const malformed = () =>
      handlers['/datum.dataasset.v1.Query/Asset']!(h.ctx(), Uint8Array.of(0x0a, 0x05, 0x01))
    expect(malformed).toThrow(QueryError)
  })

  it('lists by owner, state and tag with key and offset pagination', () => {
    const ids = many(7)
    const byOwner = query('AssetsByOwner', T.QueryAssetsByOwnerRequest, T.QueryAssetsResponse, {
      owner,
      pagination: { limit: 2n, countTotal: true },
    })
    expect(byOwner.assets).toHaveLength(2)
    expect(byOwner.pagination!.total).toBe(4n) // assets 1, 3, 5, 7
    const rest = query('AssetsByOwner', T.QueryAssetsByOwnerRequest, T.QueryAssetsResponse, {
      owner,
      pagination: { key: byOwner.pagination!.nextKey, limit: 10n },
    })
    expect(rest.assets).toHaveLength(2)
    expect(rest.pagination!.nextKey).toEqual(new Uint8Array())
    const all = [...byOwner.assets, ...rest.assets].map((a) => a.id).sort()
    expect(all).toEqual([ids[0], ids[2], ids[4], ids[6]].sort())

    const even = query('AssetsByTag', T.QueryAssetsByTagRequest, T.QueryAssetsResponse, {
      tag: 'even',
      pagination: { offset: 1n, countTotal: true },
    })
    expect(even.assets).toHaveLength(2)
    expect(even.pagination!.total).toBe(3n)

    h.run('MsgSetAssetState', {
      owner: other,
      assetId: ids[1],
      state: T.AssetState.ASSET_STATE_ORDERING_PAUSED,
    })
    const paused = query('AssetsByState', T.QueryAssetsByStateRequest, T.QueryAssetsResponse, {
      state: T.AssetState.ASSET_STATE_ORDERING_PAUSED,
    })
    expect(paused.assets.map((a) => a.id)).toEqual([ids[1]])
    const active = query('AssetsByState', T.QueryAssetsByStateRequest, T.QueryAssetsResponse, {
      state: T.AssetState.ASSET_STATE_ACTIVE,
      pagination: { countTotal: true },
    })
    expect(active.pagination!.total).toBe(6n)
    expect(queryError('AssetsByState', T.QueryAssetsByStateRequest, { state: 0 }).grpcCode).toBe(
      'InvalidArgument',
    )
    expect(queryError('AssetsByOwner', T.QueryAssetsByOwnerRequest, { owner: 'cosmos1abc' }).grpcCode).toBe(
      'InvalidArgument',
    )
    expect(queryError('AssetsByTag', T.QueryAssetsByTagRequest, { tag: '' }).grpcCode).toBe('InvalidArgument')
    const both = { owner, pagination: { key: Uint8Array.of(1), offset: 1n } }
    expect(queryError('AssetsByOwner', T.QueryAssetsByOwnerRequest, both).grpcCode).toBe('InvalidArgument')
  })

  it('PrivacyBudget reports total, reserved, spent and remaining per version; UsageLedger pages', () => {
    const { assetId } = seed(h)
    h.keeper.reserveEpsilon(h.ctx(), assetId, 1, 700n)
    const b = query('PrivacyBudget', T.QueryPrivacyBudgetRequest, T.QueryPrivacyBudgetResponse, { assetId })
    expect(b).toMatchObject({
      remainingMicro: 10_000_000n - 700n,
      budget: { version: 1, reservedMicro: 700n },
    })
    expect(queryError('PrivacyBudget', T.QueryPrivacyBudgetRequest, { assetId, version: 2 }).grpcCode).toBe(
      'NotFound',
    )
    const empty = query('UsageLedger', T.QueryUsageLedgerRequest, T.QueryUsageLedgerResponse, { assetId })
    expect(empty.records).toEqual([])
    for (let i = 0; i < 3; i++)
      h.keeper.appendUsage(h.ctx(), { assetId, jobId: `j${i}`, requester: other, codeHash: hash(10) })
    const page = query('UsageLedger', T.QueryUsageLedgerRequest, T.QueryUsageLedgerResponse, {
      assetId,
      pagination: { limit: 2n, reverse: true },
    })
    expect(page.records.map((r) => r.sequence)).toEqual([3n, 2n])
    const params = query('Params', T.QueryParamsRequest, T.QueryParamsResponse, {})
    expect(params.params!.maxContributors).toBe(64)
  })
})
