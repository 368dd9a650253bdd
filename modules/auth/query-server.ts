// The `cosmos.auth.v1beta1.Query` service: the paths CosmJS's auth extension and Keplr call.
import {
  AddressBytesToStringRequest,
  AddressBytesToStringResponse,
  AddressStringToBytesRequest,
  AddressStringToBytesResponse,
  Bech32PrefixRequest,
  Bech32PrefixResponse,
  QueryAccountInfoRequest,
  QueryAccountInfoResponse,
  QueryAccountRequest,
  QueryAccountResponse,
  QueryAccountsRequest,
  QueryAccountsResponse,
  QueryModuleAccountByNameRequest,
  QueryModuleAccountByNameResponse,
  QueryModuleAccountsRequest,
  QueryModuleAccountsResponse,
  QueryParamsRequest,
  QueryParamsResponse,
} from 'cosmjs-types/cosmos/auth/v1beta1/query'
import { Any } from 'cosmjs-types/google/protobuf/any'
import {
  AbciError,
  type Context,
  fromBech32,
  invalidArgument,
  notFound,
  paginate,
  protoQuery,
  type QueryHandler,
  toBech32,
} from '../sdk/index.js'
import { type Account, accountToAny, toBaseAccount } from './account.js'
import type { AccountKeeper } from './keeper.js'

const SERVICE = '/cosmos.auth.v1beta1.Query'

export function authQueryHandlers(keeper: AccountKeeper): Record<string, QueryHandler> {
  const prefix = keeper.bech32Prefix

  /** Validates a bech32 address from a request; InvalidArgument as the SDK's query server answers. */
  const requireAddress = (address: string): void => {
    if (!address) throw invalidArgument('Address cannot be empty')
    try {
      fromBech32(address, prefix)
    } catch (e) {
      throw invalidArgument(e instanceof AbciError ? e.message : String(e))
    }
  }

  const requireAccount = (ctx: Context, address: string): Account => {
    requireAddress(address)
    const acc = keeper.getAccount(ctx, address)
    if (!acc) throw notFound(`account ${address} not found`)
    return acc
  }

  const moduleAccountAny = (ctx: Context, name: string): Any => {
    const acc = keeper.peekModuleAccount(ctx, name)
    // A module account not yet stored shows the number it would get, as the SDK's query does.
    const view = acc.accountNumber < 0n ? { ...acc, accountNumber: keeper.peekAccountNumber(ctx) } : acc
    return accountToAny(view)
  }

  return {
    [`${SERVICE}/Account`]: protoQuery(QueryAccountRequest, QueryAccountResponse, (ctx, req) => ({
      account: accountToAny(requireAccount(ctx, req.address)),
    })),
    [`${SERVICE}/AccountInfo`]: protoQuery(QueryAccountInfoRequest, QueryAccountInfoResponse, (ctx, req) => ({
      info: toBaseAccount(requireAccount(ctx, req.address)),
    })),
    [`${SERVICE}/Accounts`]: protoQuery(QueryAccountsRequest, QueryAccountsResponse, (ctx, req) => {
      const accounts: Any[] = []
      const page = paginate(keeper.accountsStore(ctx), req.pagination, ({ value }, take) => {
        if (take) accounts.push(Any.decode(value))
        return true
      })
      return { accounts, pagination: page }
    }),
    [`${SERVICE}/Params`]: protoQuery(QueryParamsRequest, QueryParamsResponse, (ctx) => ({
      params: keeper.getParams(ctx),
    })),
    [`${SERVICE}/ModuleAccounts`]: protoQuery(
      QueryModuleAccountsRequest,
      QueryModuleAccountsResponse,
      (ctx) => ({
        accounts: keeper.moduleAccountNames().map((name) => moduleAccountAny(ctx, name)),
      }),
    ),
    [`${SERVICE}/ModuleAccountByName`]: protoQuery(
      QueryModuleAccountByNameRequest,
      QueryModuleAccountByNameResponse,
      (ctx, req) => {
        if (!req.name) throw invalidArgument('module name is empty')
        if (keeper.getModuleAddress(req.name) === undefined) throw notFound(`account ${req.name} not found`)
        return { account: moduleAccountAny(ctx, req.name) }
      },
    ),
    [`${SERVICE}/Bech32Prefix`]: protoQuery(Bech32PrefixRequest, Bech32PrefixResponse, () => ({
      bech32Prefix: prefix,
    })),
    [`${SERVICE}/AddressBytesToString`]: protoQuery(
      AddressBytesToStringRequest,
      AddressBytesToStringResponse,
      (_ctx, req) => {
        const n = req.addressBytes.length
        if (n === 0) throw invalidArgument('empty address bytes is not allowed')
        if (n !== 20 && n !== 32) throw invalidArgument(`address length ${n} is not 20 or 32`)
        return { addressString: toBech32(req.addressBytes, prefix) }
      },
    ),
    [`${SERVICE}/AddressStringToBytes`]: protoQuery(
      AddressStringToBytesRequest,
      AddressStringToBytesResponse,
      (_ctx, req) => {
        if (!req.addressString.trim()) throw invalidArgument('empty address string is not allowed')
        requireAddress(req.addressString)
        return { addressBytes: fromBech32(req.addressString, prefix) }
      },
    ),
  }
}
