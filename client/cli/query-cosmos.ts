// `datum query bank balances` and `datum query auth account`: the cosmos Query services over abci_query,
// printed as simd prints them (proto JSON, snake_case, every field).
import { fromBech32 } from '@cosmjs/encoding'
import { BaseAccount, ModuleAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth'
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query'
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query'
import { type ParsedArgs, positional, str } from './args.js'
import type { Command } from './command.js'
import { UsageError } from './errors.js'
import { anyJson, type CosmosType, cosmosJson } from './proto-json.js'
import { queryCommand } from './query-command.js'
import { PAGE_FLAGS, pageOf } from './query-dataasset.js'

/** A bech32 account address (checked here, so a typo is a usage error, not a node error). */
export function addressArg(a: ParsedArgs, i: number): string {
  const s = positional(a, i, 'address')
  try {
    fromBech32(s)
  } catch {
    throw new UsageError(`<address> ${JSON.stringify(s)} is not a bech32 address`)
  }
  return s
}

const ACCOUNT_TYPES: Record<string, CosmosType<unknown>> = {
  '/cosmos.auth.v1beta1.BaseAccount': BaseAccount as CosmosType<unknown>,
  '/cosmos.auth.v1beta1.ModuleAccount': ModuleAccount as CosmosType<unknown>,
}

/** An account with its Anys (the account, its pub_key) expanded as the SDK prints them. */
function accountJson(bytes: Uint8Array) {
  const res = QueryAccountResponse.decode(bytes)
  if (!res.account) return { account: null }
  const account = anyJson(res.account, ACCOUNT_TYPES)
  const base = (account.base_account ?? account) as Record<string, unknown>
  const inner = res.account.typeUrl.endsWith('ModuleAccount')
    ? ModuleAccount.decode(res.account.value).baseAccount
    : BaseAccount.decode(res.account.value)
  base.pub_key = inner?.pubKey ? anyJson(inner.pubKey) : null
  return { account }
}

export const cosmosQueryCommands: Command[] = [
  queryCommand({
    path: ['query', 'bank', 'balances'],
    summary: 'all balances of an address (or one denom with --denom)',
    args: '<address>',
    flags: { ...PAGE_FLAGS, denom: { type: 'string', description: 'only this denom', value: '<denom>' } },
    listKey: 'balances',
    columns: ['denom', 'amount'],
    call: (a) => {
      const address = addressArg(a, 0)
      const denom = str(a, 'denom')
      if (denom !== undefined)
        return {
          path: '/cosmos.bank.v1beta1.Query/Balance',
          data: QueryBalanceRequest.encode({ address, denom }).finish(),
          reply: (b) => cosmosJson(QueryBalanceResponse, QueryBalanceResponse.decode(b)),
        }
      const page = pageOf(a)
      return {
        path: '/cosmos.bank.v1beta1.Query/AllBalances',
        data: QueryAllBalancesRequest.encode({
          address,
          resolveDenom: false,
          pagination: { ...page, key: page.key ?? new Uint8Array() },
        }).finish(),
        reply: (b) => {
          const res = QueryAllBalancesResponse.decode(b)
          const json = cosmosJson(QueryAllBalancesResponse, res)
          // the gateway prints an absent next_key as null, not ""
          if (res.pagination)
            json.pagination = {
              next_key: res.pagination.nextKey.length
                ? Buffer.from(res.pagination.nextKey).toString('base64')
                : null,
              total: res.pagination.total.toString(),
            }
          return json
        },
      }
    },
  }),
  queryCommand({
    path: ['query', 'auth', 'account'],
    summary: 'an account: type, address, public key, account number, sequence',
    args: '<address>',
    call: (a) => ({
      path: '/cosmos.auth.v1beta1.Query/Account',
      data: QueryAccountRequest.encode({ address: addressArg(a, 0) }).finish(),
      reply: accountJson,
    }),
  }),
]
