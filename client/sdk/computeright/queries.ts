// A QueryClient extension for `datum.computeright.v1.Query`: typed requests over abci_query.
import { createProtobufRpcClient, type QueryClient } from '@cosmjs/stargate'
import { QUERY_SERVICE } from '../../../modules/computeright/query-paths.js'
import type { Codec } from '../../../proto/codec.js'
import * as T from '../../../proto/gen/datum/computeright/v1/index.js'

export interface ComputeRightExtension {
  readonly computeright: {
    offering(id: bigint): Promise<T.Offering>
    right(id: bigint): Promise<T.ComputeRight>
    job(id: bigint): Promise<T.Job>
    rightsByHolder(holder: string): Promise<T.ComputeRight[]>
    rightsByAsset(assetId: string): Promise<T.ComputeRight[]>
    offeringsByAsset(assetId: string): Promise<T.Offering[]>
    openJobsByAsset(assetId: string): Promise<T.Job[]>
    jobsByRequester(requester: string): Promise<T.Job[]>
    escrow(): Promise<T.QueryEscrowResponse>
    /** What one successful use of the offering pays: protocol fee and each contributor's share. */
    settlementPreview(offeringId: bigint): Promise<T.QuerySettlementPreviewResponse>
    params(): Promise<T.Params>
  }
}

export function setupComputeRightExtension(base: QueryClient): ComputeRightExtension {
  const rpc = createProtobufRpcClient(base)
  const call = async <Q, R>(
    method: string,
    req: Codec<unknown, Q>,
    res: Codec<R, unknown>,
    q: Q,
  ): Promise<R> => res.decode(await rpc.request(QUERY_SERVICE, method, req.encode(q)))
  return {
    computeright: {
      offering: async (id) =>
        (await call('Offering', T.QueryOfferingRequest, T.QueryOfferingResponse, { id })).offering!,
      right: async (id) => (await call('Right', T.QueryRightRequest, T.QueryRightResponse, { id })).right!,
      job: async (id) => (await call('Job', T.QueryJobRequest, T.QueryJobResponse, { id })).job!,
      rightsByHolder: async (holder) =>
        (await call('RightsByHolder', T.QueryRightsByHolderRequest, T.QueryRightsResponse, { holder }))
          .rights,
      rightsByAsset: async (assetId) =>
        (await call('RightsByAsset', T.QueryByAssetRequest, T.QueryRightsResponse, { assetId })).rights,
      offeringsByAsset: async (assetId) =>
        (await call('OfferingsByAsset', T.QueryByAssetRequest, T.QueryOfferingsResponse, { assetId }))
          .offerings,
      openJobsByAsset: async (assetId) =>
        (await call('OpenJobsByAsset', T.QueryByAssetRequest, T.QueryJobsResponse, { assetId })).jobs,
      jobsByRequester: async (requester) =>
        (await call('JobsByRequester', T.QueryJobsByRequesterRequest, T.QueryJobsResponse, { requester }))
          .jobs,
      escrow: () => call('Escrow', T.QueryEscrowRequest, T.QueryEscrowResponse, {}),
      settlementPreview: (offeringId) =>
        call('SettlementPreview', T.QuerySettlementPreviewRequest, T.QuerySettlementPreviewResponse, {
          offeringId,
        }),
      params: async () => (await call('Params', T.QueryParamsRequest, T.QueryParamsResponse, {})).params!,
    },
  }
}
