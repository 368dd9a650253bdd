// The `datum.computeright.v1.Query` service: gRPC method paths to handlers over the module store.
import type { Codec } from '../../proto/codec.js'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { type Context, fromBech32, invalidArgument, notFound, type QueryHandler } from '../sdk/index.js'
import type { ComputeRightKeeper } from './keeper.js'
import { holderIndexPrefix } from './keys.js'
import { coinOf, dataFeePayouts, fromProto, toProto, toProtoList } from './money.js'
import { QUERY_SERVICE } from './query-paths.js'

const SERVICE = `/${QUERY_SERVICE}`
const MAX_LIST = 1000

function handler<Q, R, RI>(
  req: Codec<Q, unknown>,
  res: Codec<R, RI>,
  f: (ctx: Context, q: Q) => RI,
): QueryHandler {
  return (ctx, bytes) => {
    let q: Q
    try {
      q = req.decode(bytes)
    } catch (e) {
      throw invalidArgument(`malformed ${req.typeName}: ${(e as Error).message}`)
    }
    return res.encode(f(ctx, q))
  }
}

function found<V>(v: V | undefined, what: string): V {
  if (v === undefined) throw notFound(`${what} not found`)
  return v
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
