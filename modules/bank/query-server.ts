// The `cosmos.bank.v1beta1.Query` service with the semantics CosmJS relies on: Balance and SupplyOf
// always carry a coin (amount "0" when none), lists are sorted by denom with zero balances absent,
// and unknown metadata is a gRPC NotFound.

import { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank'
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QueryDenomMetadataByQueryStringRequest,
  QueryDenomMetadataByQueryStringResponse,
  QueryDenomMetadataRequest,
  QueryDenomMetadataResponse,
  QueryDenomOwnersByQueryRequest,
  QueryDenomOwnersByQueryResponse,
  QueryDenomOwnersRequest,
  QueryDenomOwnersResponse,
  QueryDenomsMetadataRequest,
  QueryDenomsMetadataResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QuerySendEnabledRequest,
  QuerySendEnabledResponse,
  QuerySpendableBalanceByDenomRequest,
  QuerySpendableBalanceByDenomResponse,
  QuerySpendableBalancesRequest,
  QuerySpendableBalancesResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyRequest,
  QueryTotalSupplyResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query'
import type { Coin as ProtoCoin } from 'cosmjs-types/cosmos/base/v1beta1/coin'
import {
  type Context,
  fromBech32,
  invalidArgument,
  notFound,
  type PageRequest,
  paginate,
  protoQuery,
  type QueryHandler,
  toBech32,
  utf8,
  validateDenom,
} from '../sdk/index.js'
import type { BankKeeper } from './keeper.js'

const SERVICE = '/cosmos.bank.v1beta1.Query'

function requireAddress(address: string): string {
  if (!address) throw invalidArgument('empty address string is not allowed')
  try {
    fromBech32(address)
  } catch (e) {
    throw invalidArgument(`invalid address: ${(e as Error).message}`)
  }
  return address
}

function requireDenom(denom: string): string {
  try {
    validateDenom(denom)
  } catch (e) {
    throw invalidArgument((e as Error).message)
  }
  return denom
}

const protoCoin = (denom: string, amount: bigint): ProtoCoin => ({ denom, amount: amount.toString() })

export function bankQueryHandlers(keeper: BankKeeper): Record<string, QueryHandler> {
  const balancesPage = (
    ctx: Context,
    address: string,
    pagination: PageRequest | undefined,
    resolve: boolean,
  ) => {
    requireAddress(address)
    const balances: ProtoCoin[] = []
    const page = paginate(keeper.balancesStore(ctx, address), pagination, ({ key, value }, take) => {
      if (!take) return true
      let denom = utf8.decode(key)
      if (resolve) denom = keeper.getDenomMetadata(ctx, denom)?.display || denom
      balances.push({ denom, amount: utf8.decode(value) })
      return true
    })
    return { balances, pagination: page }
  }

  const balanceOf = (ctx: Context, address: string, denom: string) => {
    requireAddress(address)
    requireDenom(denom)
    return { balance: protoCoin(denom, keeper.getBalance(ctx, address, denom).amount) }
  }

  const metadataOf = (ctx: Context, denom: string) => {
    if (!denom) throw invalidArgument('invalid denom')
    const metadata = keeper.getDenomMetadata(ctx, denom)
    if (!metadata) throw notFound(`client metadata for denom ${denom}`)
    return { metadata }
  }

  const ownersOf = (ctx: Context, denom: string, pagination: PageRequest | undefined) => {
    requireDenom(denom)
    const denomOwners: { address: string; balance: ProtoCoin }[] = []
    const page = paginate(keeper.denomOwnersStore(ctx, denom), pagination, ({ key }, take) => {
      if (!take) return true
      const address = toBech32(key)
      denomOwners.push({ address, balance: protoCoin(denom, keeper.getBalance(ctx, address, denom).amount) })
      return true
    })
    return { denomOwners, pagination: page }
  }

  return {
    [`${SERVICE}/Balance`]: protoQuery(QueryBalanceRequest, QueryBalanceResponse, (ctx, req) =>
      balanceOf(ctx, req.address, req.denom),
    ),
    [`${SERVICE}/AllBalances`]: protoQuery(QueryAllBalancesRequest, QueryAllBalancesResponse, (ctx, req) =>
      balancesPage(ctx, req.address, req.pagination, req.resolveDenom),
    ),
    [`${SERVICE}/SpendableBalances`]: protoQuery(
      QuerySpendableBalancesRequest,
      QuerySpendableBalancesResponse,
      (ctx, req) => balancesPage(ctx, req.address, req.pagination, false),
    ),
    [`${SERVICE}/SpendableBalanceByDenom`]: protoQuery(
      QuerySpendableBalanceByDenomRequest,
      QuerySpendableBalanceByDenomResponse,
      (ctx, req) => balanceOf(ctx, req.address, req.denom),
    ),
    [`${SERVICE}/TotalSupply`]: protoQuery(QueryTotalSupplyRequest, QueryTotalSupplyResponse, (ctx, req) => {
      const supply: ProtoCoin[] = []
      const page = paginate(keeper.supplyStore(ctx), req.pagination, ({ key, value }, take) => {
        if (take) supply.push({ denom: utf8.decode(key), amount: utf8.decode(value) })
        return true
      })
      return { supply, pagination: page }
    }),
    [`${SERVICE}/SupplyOf`]: protoQuery(QuerySupplyOfRequest, QuerySupplyOfResponse, (ctx, req) => ({
      amount: protoCoin(requireDenom(req.denom), keeper.getSupply(ctx, req.denom).amount),
    })),
    [`${SERVICE}/Params`]: protoQuery(QueryParamsRequest, QueryParamsResponse, (ctx) => ({
      params: keeper.getParams(ctx),
    })),
    [`${SERVICE}/DenomMetadata`]: protoQuery(
      QueryDenomMetadataRequest,
      QueryDenomMetadataResponse,
      (ctx, req) => metadataOf(ctx, req.denom),
    ),
    [`${SERVICE}/DenomMetadataByQueryString`]: protoQuery(
      QueryDenomMetadataByQueryStringRequest,
      QueryDenomMetadataByQueryStringResponse,
      (ctx, req) => metadataOf(ctx, req.denom),
    ),
    [`${SERVICE}/DenomsMetadata`]: protoQuery(
      QueryDenomsMetadataRequest,
      QueryDenomsMetadataResponse,
      (ctx, req) => {
        const metadatas: Metadata[] = []
        const page = paginate(keeper.denomMetadataStore(ctx), req.pagination, ({ value }, take) => {
          if (take) metadatas.push(Metadata.decode(value))
          return true
        })
        return { metadatas, pagination: page }
      },
    ),
    [`${SERVICE}/DenomOwners`]: protoQuery(QueryDenomOwnersRequest, QueryDenomOwnersResponse, (ctx, req) =>
      ownersOf(ctx, req.denom, req.pagination),
    ),
    [`${SERVICE}/DenomOwnersByQuery`]: protoQuery(
      QueryDenomOwnersByQueryRequest,
      QueryDenomOwnersByQueryResponse,
      (ctx, req) => ownersOf(ctx, req.denom, req.pagination),
    ),
    [`${SERVICE}/SendEnabled`]: protoQuery(QuerySendEnabledRequest, QuerySendEnabledResponse, (ctx, req) => {
      if (req.denoms.length > 0) {
        const sendEnabled = req.denoms.flatMap((denom) => {
          const enabled = keeper.getSendEnabledEntry(ctx, denom)
          return enabled === undefined ? [] : [{ denom, enabled }]
        })
        return { sendEnabled }
      }
      const sendEnabled: { denom: string; enabled: boolean }[] = []
      const page = paginate(keeper.sendEnabledStore(ctx), req.pagination, ({ key, value }, take) => {
        if (take) sendEnabled.push({ denom: utf8.decode(key), enabled: value[0] === 1 })
        return true
      })
      return { sendEnabled, pagination: page }
    }),
  }
}
