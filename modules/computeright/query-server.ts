import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { fromBech32, invalidArgument, notFound, type QueryHandler } from '../sdk/index.js'
import { queryHandler as handler } from '../sdk/proto-services.js'
import type { ComputeRightKeeper } from './keeper.js'
import {
  assetIndexPrefix,
  holderIndexPrefix,
  KIND_JOB,
  KIND_OFFERING,
  KIND_RIGHT,
  requesterIndexPrefix,
} from './keys.js'
import { coinOf, dataFeePayouts, fromProto, toProto, toProtoList } from './money.js'
import { QUERY_SERVICE } from './query-paths.js'

const SERVICE = `/${QUERY_SERVICE}`
const MAX_LIST = 1000

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

/** Up to MAX_LIST records under an index prefix, in id order. */
function listed<V>(ids: Iterable<bigint>, load: (id: bigint) => V | undefined): V[] {
  const out: V[] = []
  for (const id of ids) {
    if (out.length >= MAX_LIST) break
    const v = load(id)
    if (v !== undefined) out.push(v)
  }
  return out
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
      let holder: Uint8Array
      try {
        holder = fromBech32(q.holder)
      } catch (e) {
        throw invalidArgument(`holder: ${(e as Error).message}`)
      }
      const rights: T.ComputeRight[] = []
      for (const id of k.store.idsUnder(ctx, holderIndexPrefix(holder))) {
        if (rights.length >= MAX_LIST) break
        rights.push(k.store.right(ctx, id)!)
      }
      return { rights }
    }),
    [`${SERVICE}/RightsByAsset`]: handler(T.QueryByAssetRequest, T.QueryRightsResponse, (ctx, q) => ({
      rights: listed(k.store.idsUnder(ctx, assetIndexPrefix(assetArg(q.assetId), KIND_RIGHT)), (id) =>
        k.store.right(ctx, id),
      ),
    })),
    [`${SERVICE}/OfferingsByAsset`]: handler(T.QueryByAssetRequest, T.QueryOfferingsResponse, (ctx, q) => ({
      offerings: listed(k.store.idsUnder(ctx, assetIndexPrefix(assetArg(q.assetId), KIND_OFFERING)), (id) =>
        k.store.offering(ctx, id),
      ),
    })),
    [`${SERVICE}/OpenJobsByAsset`]: handler(T.QueryByAssetRequest, T.QueryJobsResponse, (ctx, q) => ({
      jobs: listed(k.store.idsUnder(ctx, assetIndexPrefix(assetArg(q.assetId), KIND_JOB)), (id) =>
        k.store.job(ctx, id),
      ),
    })),
    [`${SERVICE}/JobsByRequester`]: handler(T.QueryJobsByRequesterRequest, T.QueryJobsResponse, (ctx, q) => ({
      jobs: listed(k.store.idsUnder(ctx, requesterIndexPrefix(address('requester', q.requester))), (id) =>
        k.store.job(ctx, id),
      ),
    })),
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
        const split = dataFeePayouts(price.amount, fee, asset.owner, asset.contributors)
        return {
          pricePerUse: toProto(price),
          protocolFee: toProto({ denom: price.denom, amount: split.fee }),
          payouts: split.payouts.map((p) => ({
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
