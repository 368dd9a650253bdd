import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { fromBech32, invalidArgument, notFound, type QueryHandler } from '../sdk/index.js'
import { queryHandler as handler } from '../sdk/proto-services.js'
import type { ComputeRightKeeper } from './keeper.js'
import {
  assetIndexPrefix,
  holderIndexPrefix,
  jobAssetIndexPrefix,
  jobStateIndexPrefix,
  KIND_JOB,
  KIND_OFFERING,
  KIND_RIGHT,
  requesterIndexPrefix,
} from './keys.js'
import { coinOf, fromProto, toProto, toProtoList } from './money.js'
import { pageUnder } from './query-pages.js'
import { QUERY_SERVICE } from './query-paths.js'
import { usePayouts } from './royalty.js'

const SERVICE = `/${QUERY_SERVICE}`

function found<V>(v: V | undefined, what: string): V {
  if (v === undefined) throw notFound(`${what} not found`)
  return v
}

function address(field: string, v: string): Uint8Array {
  try {
    return fromBech32(v)
  } catch (e) {
    throw invalidArgument(`${field}: ${(e as Error).message}`)
  }
}

function assetArg(v: string): string {
  if (!/^[0-9a-f]{64}$/.test(v)) throw invalidArgument('asset_id must be 64 lower-case hex characters')
  return v
}

/** A job state a query may name: a defined JobState other than UNSPECIFIED. */
function jobStateArg(state: number): T.JobState {
  if (state === T.JobState.JOB_STATE_UNSPECIFIED || T.JobState[state] === undefined)
    throw invalidArgument(`state ${state} is not a valid job state`)
  return state
}

export function computeRightQueryHandlers(k: ComputeRightKeeper): Record<string, QueryHandler> {
  return {
    [`${SERVICE}/Offering`]: handler(T.QueryOfferingRequest, T.QueryOfferingResponse, (ctx, q) => ({
      offering: found(k.store.offering(ctx, q.id), `offering ${q.id}`),
    })),
    [`${SERVICE}/Right`]: handler(T.QueryRightRequest, T.QueryRightResponse, (ctx, q) => ({
      right: found(k.store.right(ctx, q.id), `right ${q.id}`),
    })),
    [`${SERVICE}/Job`]: handler(T.QueryJobRequest, T.QueryJobResponse, (ctx, q) => ({
      job: found(k.store.job(ctx, q.id), `job ${q.id}`),
    })),
    [`${SERVICE}/RightsByHolder`]: handler(T.QueryRightsByHolderRequest, T.QueryRightsResponse, (ctx, q) => {
      const prefix = holderIndexPrefix(address('holder', q.holder))
      const p = pageUnder(k.store, ctx, prefix, q.pagination, (id) => k.store.right(ctx, id))
      return { rights: p.items, pagination: p.pagination }
    }),
    [`${SERVICE}/RightsByAsset`]: handler(T.QueryByAssetRequest, T.QueryRightsResponse, (ctx, q) => {
      const prefix = assetIndexPrefix(assetArg(q.assetId), KIND_RIGHT)
      const p = pageUnder(k.store, ctx, prefix, q.pagination, (id) => k.store.right(ctx, id))
      return { rights: p.items, pagination: p.pagination }
    }),
    [`${SERVICE}/OfferingsByAsset`]: handler(T.QueryByAssetRequest, T.QueryOfferingsResponse, (ctx, q) => {
      const prefix = assetIndexPrefix(assetArg(q.assetId), KIND_OFFERING)
      const p = pageUnder(k.store, ctx, prefix, q.pagination, (id) => k.store.offering(ctx, id))
      return { offerings: p.items, pagination: p.pagination }
    }),
    [`${SERVICE}/OpenJobsByAsset`]: handler(T.QueryByAssetRequest, T.QueryJobsResponse, (ctx, q) => {
      const prefix = assetIndexPrefix(assetArg(q.assetId), KIND_JOB)
      const p = pageUnder(k.store, ctx, prefix, q.pagination, (id) => k.store.job(ctx, id))
      return { jobs: p.items, pagination: p.pagination }
    }),
    [`${SERVICE}/JobsByRequester`]: handler(T.QueryJobsByRequesterRequest, T.QueryJobsResponse, (ctx, q) => {
      const prefix = requesterIndexPrefix(address('requester', q.requester))
      const p = pageUnder(k.store, ctx, prefix, q.pagination, (id) => k.store.job(ctx, id))
      return { jobs: p.items, pagination: p.pagination }
    }),
    [`${SERVICE}/JobsByState`]: handler(T.QueryJobsByStateRequest, T.QueryJobsResponse, (ctx, q) => {
      const prefix = jobStateIndexPrefix(jobStateArg(q.state))
      const p = pageUnder(k.store, ctx, prefix, q.pagination, (id) => k.store.job(ctx, id))
      return { jobs: p.items, pagination: p.pagination }
    }),
    [`${SERVICE}/JobsByAsset`]: handler(T.QueryJobsByAssetRequest, T.QueryJobsResponse, (ctx, q) => {
      const prefix = jobAssetIndexPrefix(assetArg(q.assetId))
      const state = q.state === T.JobState.JOB_STATE_UNSPECIFIED ? undefined : jobStateArg(q.state)
      const keep = (j: T.Job) => state === undefined || j.state === state
      const p = pageUnder(k.store, ctx, prefix, q.pagination, (id) => k.store.job(ctx, id), keep)
      return { jobs: p.items, pagination: p.pagination }
    }),
    [`${SERVICE}/Escrow`]: handler(T.QueryEscrowRequest, T.QueryEscrowResponse, (ctx) => ({
      address: k.escrowAddress(),
      balance: toProtoList(k.escrowBalance(ctx)),
      owed: toProtoList(k.owed(ctx)),
    })),
    [`${SERVICE}/SettlementPreview`]: handler(
      T.QuerySettlementPreviewRequest,
      T.QuerySettlementPreviewResponse,
      (ctx, q) => {
        const o = found(k.store.offering(ctx, q.offeringId), `offering ${q.offeringId}`)
        const asset = found(k.deps.assets.getAsset(ctx, o.assetId), `asset ${o.assetId}`)
        const price = fromProto(o.terms!.pricePerUse!)
        const fee = k.store.params(ctx).protocolFeeBps
        const split = usePayouts(price.amount, fee, asset, (id) => k.deps.assets.getAsset(ctx, id))
        const all = [...split.payouts, ...split.royalty.flatMap((i) => i.payouts)]
        return {
          pricePerUse: toProto(price),
          protocolFee: toProto({ denom: price.denom, amount: split.fee }),
          payouts: all.map((p) => ({
            address: p.address,
            amount: toProtoList(coinOf(price.denom, p.amount))[0],
          })),
        }
      },
    ),
    [`${SERVICE}/Params`]: handler(T.QueryParamsRequest, T.QueryParamsResponse, (ctx) => ({
      params: k.store.params(ctx),
    })),
  }
}
