import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { QueryError } from '../sdk/index.js'
import { exportGenesis, initGenesis, parseGenesis } from './genesis.js'
import {
  askQuery,
  buyer,
  createOffering,
  type Env,
  makeEnv,
  other,
  owner,
  purchase,
  requestJob,
} from './test-env.js'

let env: Env
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.cleanup())

const ask = <R>(
  method: string,
  req: { encode(v: never): Uint8Array },
  value: unknown,
  res: { decode(b: Uint8Array): R },
) => askQuery(env, method, req, value, res)

describe('queries', () => {
  it('offering, right, job, rights by holder, escrow and settlement preview', () => {
    const offeringId = createOffering(env)
    const rightId = purchase(env, offeringId)
    const jobId = requestJob(env, [rightId])
    expect(
      ask('Offering', T.QueryOfferingRequest, { id: offeringId }, T.QueryOfferingResponse).offering?.owner,
    ).toBe(owner)
    expect(
      ask('Right', T.QueryRightRequest, { id: rightId }, T.QueryRightResponse).right?.usesRemaining,
    ).toBe(2)
    expect(ask('Job', T.QueryJobRequest, { id: jobId }, T.QueryJobResponse).job?.rightIds).toEqual([rightId])
    const held = ask('RightsByHolder', T.QueryRightsByHolderRequest, { holder: buyer }, T.QueryRightsResponse)
    expect(held.rights.map((r) => r.id)).toEqual([rightId])
    const byAsset = { assetId: env.assetId }
    expect(
      ask('RightsByAsset', T.QueryByAssetRequest, byAsset, T.QueryRightsResponse).rights.map((r) => r.id),
    ).toEqual([rightId])
    expect(
      ask('OfferingsByAsset', T.QueryByAssetRequest, byAsset, T.QueryOfferingsResponse).offerings.map(
        (o) => o.id,
      ),
    ).toEqual([offeringId])
    expect(
      ask('OpenJobsByAsset', T.QueryByAssetRequest, byAsset, T.QueryJobsResponse).jobs.map((j) => j.id),
    ).toEqual([jobId])
    expect(
      ask(
        'JobsByRequester',
        T.QueryJobsByRequesterRequest,
        { requester: buyer },
        T.QueryJobsResponse,
      ).jobs.map((j) => j.id),
    ).toEqual([jobId])
    expect(() =>
      ask('RightsByAsset', T.QueryByAssetRequest, { assetId: 'x' }, T.QueryRightsResponse),
    ).toThrowError(QueryError)
    const escrow = ask('Escrow', T.QueryEscrowRequest, {}, T.QueryEscrowResponse)
    expect(escrow.balance).toEqual([{ denom: 'udatum', amount: String(3003 + 777) }])
    expect(escrow.owed).toEqual(escrow.balance)
    const preview = ask(
      'SettlementPreview',
      T.QuerySettlementPreviewRequest,
      { offeringId },
      T.QuerySettlementPreviewResponse,
    )
    // 1001: 2% fee = 20; 981 split 70/30 = 686 + 294, dust 1 to the owner
    expect(preview.protocolFee).toEqual({ denom: 'udatum', amount: '20' })
    expect(preview.payouts).toEqual([
      { address: owner, amount: { denom: 'udatum', amount: '687' } },
      { address: other, amount: { denom: 'udatum', amount: '294' } },
    ])
  })

  it('not found and malformed requests are gRPC errors', () => {
    expect(() => ask('Right', T.QueryRightRequest, { id: 9n }, T.QueryRightResponse)).toThrowError(QueryError)
    expect(() =>
      ask('RightsByHolder', T.QueryRightsByHolderRequest, { holder: 'nope' }, T.QueryRightsResponse),
    ).toThrowError(QueryError)
  })
})

describe('genesis', () => {
  it('export(init(g)) == g, and bad genesis is refused', async () => {
    const offeringId = createOffering(env)
    requestJob(env, [purchase(env, offeringId)])
    const g = exportGenesis(env.ctx(), env.keeper)
    const json = T.GenesisState.toJson(g)
    const other = await makeEnv()
    try {
      initGenesis(other.ctx(), other.keeper, parseGenesis(json))
      expect(T.GenesisState.toJson(exportGenesis(other.ctx(), other.keeper))).toEqual(json)
    } finally {
      await other.cleanup()
    }
    expect(() => parseGenesis({ ...json, right_sequence: '0' })).toThrowError(/right id 1 outside/)
    expect(() =>
      parseGenesis({ params: { ...(json.params as object), protocol_fee_bps: 20_000 } }),
    ).toThrowError(/protocol_fee_bps/)
  })
})
