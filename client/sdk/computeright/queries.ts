// A QueryClient extension for `datum.computeright.v1.Query`: typed requests over abci_query.
import type { QueryClient } from '@cosmjs/stargate'
import { QUERY_SERVICE } from '../../../modules/computeright/query-paths.js'
import * as T from '../../../proto/gen/datum/computeright/v1/index.js'
import { queryCaller } from '../query-call.js'

/** cosmos PageRequest: key or offset, limit (default 100, max 1000), count_total, reverse. */
export type PageRequest = NonNullable<T.QueryByAssetRequestInput['pagination']>

export interface ComputeRightExtension {
  readonly computeright: {
    offering(id: bigint): Promise<T.Offering>
    right(id: bigint): Promise<T.ComputeRight>
    job(id: bigint): Promise<T.Job>
    // List queries return one page; pass `pagination.nextKey` back as `key` for the next one.
    rightsByHolder(holder: string, pagination?: PageRequest): Promise<T.QueryRightsResponse>
    rightsByAsset(assetId: string, pagination?: PageRequest): Promise<T.QueryRightsResponse>
    offeringsByAsset(assetId: string, pagination?: PageRequest): Promise<T.QueryOfferingsResponse>
    openJobsByAsset(assetId: string, pagination?: PageRequest): Promise<T.QueryJobsResponse>
    jobsByRequester(requester: string, pagination?: PageRequest): Promise<T.QueryJobsResponse>
    jobsByState(state: T.JobState, pagination?: PageRequest): Promise<T.QueryJobsResponse>
    /** Every job of the asset, or only those in `state` when it is not UNSPECIFIED. */
    jobsByAsset(assetId: string, state?: T.JobState, pagination?: PageRequest): Promise<T.QueryJobsResponse>
    escrow(): Promise<T.QueryEscrowResponse>
    /** What one successful use of the offering pays: protocol fee and each contributor's share. */
    settlementPreview(offeringId: bigint): Promise<T.QuerySettlementPreviewResponse>
    params(): Promise<T.Params>
  }
}

export function setupComputeRightExtension(base: QueryClient): ComputeRightExtension {
  const call = queryCaller(base, QUERY_SERVICE)
  return {
    computeright: {
      offering: async (id) =>
        (await call('Offering', T.QueryOfferingRequest, T.QueryOfferingResponse, { id })).offering!,
      right: async (id) => (await call('Right', T.QueryRightRequest, T.QueryRightResponse, { id })).right!,
      job: async (id) => (await call('Job', T.QueryJobRequest, T.QueryJobResponse, { id })).job!,
      rightsByHolder: (holder, pagination) =>
        call('RightsByHolder', T.QueryRightsByHolderRequest, T.QueryRightsResponse, { holder, pagination }),
      rightsByAsset: (assetId, pagination) =>
        call('RightsByAsset', T.QueryByAssetRequest, T.QueryRightsResponse, { assetId, pagination }),
      offeringsByAsset: (assetId, pagination) =>
        call('OfferingsByAsset', T.QueryByAssetRequest, T.QueryOfferingsResponse, { assetId, pagination }),
      openJobsByAsset: (assetId, pagination) =>
        call('OpenJobsByAsset', T.QueryByAssetRequest, T.QueryJobsResponse, { assetId, pagination }),
      jobsByRequester: (requester, pagination) =>
        call('JobsByRequester', T.QueryJobsByRequesterRequest, T.QueryJobsResponse, {
          requester,
          pagination,
        }),
      jobsByState: (state, pagination) =>
        call('JobsByState', T.QueryJobsByStateRequest, T.QueryJobsResponse, { state, pagination }),
      jobsByAsset: (assetId, state = T.JobState.JOB_STATE_UNSPECIFIED, pagination) =>
        call('JobsByAsset', T.QueryJobsByAssetRequest, T.QueryJobsResponse, { assetId, state, pagination }),
      escrow: () => call('Escrow', T.QueryEscrowRequest, T.QueryEscrowResponse, {}),
      settlementPreview: (offeringId) =>
        call('SettlementPreview', T.QuerySettlementPreviewRequest, T.QuerySettlementPreviewResponse, {
          offeringId,
        }),
      params: async () => (await call('Params', T.QueryParamsRequest, T.QueryParamsResponse, {})).params!,
    },
  }
}
