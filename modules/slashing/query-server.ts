// The `cosmos.slashing.v1beta1.Query` service: Params, SigningInfo (by `datumvalcons` address), SigningInfos.
import * as Q from 'cosmjs-types/cosmos/slashing/v1beta1/query'
import { ValidatorSigningInfo } from 'cosmjs-types/cosmos/slashing/v1beta1/slashing'
import {
  fromBech32,
  invalidArgument,
  notFound,
  PrefixStore,
  paginate,
  protoQuery,
  type QueryHandler,
  VALCONS_PREFIX,
} from '../sdk/index.js'
import type { SlashingKeeper } from './keeper.js'
import { paramsToProto } from './params.js'

const SERVICE = '/cosmos.slashing.v1beta1.Query'

export function slashingQueryHandlers(k: SlashingKeeper): Record<string, QueryHandler> {
  return {
    [`${SERVICE}/Params`]: protoQuery(Q.QueryParamsRequest, Q.QueryParamsResponse, (ctx) => ({
      params: paramsToProto(k.getParams(ctx)),
    })),
    [`${SERVICE}/SigningInfo`]: protoQuery(
      Q.QuerySigningInfoRequest,
      Q.QuerySigningInfoResponse,
      (ctx, req) => {
        if (!req.consAddress) throw invalidArgument('invalid request')
        let cons: Uint8Array
        try {
          cons = fromBech32(req.consAddress, VALCONS_PREFIX)
        } catch (e) {
          throw invalidArgument((e as Error).message)
        }
        const info = k.getSigningInfo(ctx, cons)
        if (!info) throw notFound(`SigningInfo not found for validator ${req.consAddress}`)
        return { valSigningInfo: info }
      },
    ),
    [`${SERVICE}/SigningInfos`]: protoQuery(
      Q.QuerySigningInfosRequest,
      Q.QuerySigningInfosResponse,
      (ctx, req) => {
        const info: ValidatorSigningInfo[] = []
        const pagination = paginate(
          new PrefixStore(k.store(ctx), Uint8Array.of(0x01)),
          req.pagination,
          ({ value }, take) => {
            if (take) info.push(ValidatorSigningInfo.decode(value))
            return true
          },
        )
        return { info, pagination }
      },
    ),
  }
}
