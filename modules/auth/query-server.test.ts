import { accountFromAny } from '@cosmjs/stargate'
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
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { toBech32 } from '../sdk/index.js'
import { secp256k1PubKeyAny } from './account.js'
import { AccountKeeper } from './keeper.js'
import { authQueryHandlers } from './query-server.js'
import { expectQueryError, type StoreEnv, storeEnv } from './test-env.js'

const P = '/cosmos.auth.v1beta1.Query'
const addr = (seed: number) => toBech32(new Uint8Array(20).fill(seed))
const KEY = Uint8Array.from([3, ...new Uint8Array(32).fill(9)])

let env: StoreEnv
let keeper: AccountKeeper
const ctx = () => env.ctx('query')
interface Codec<T> {
  encode(m: T): { finish(): Uint8Array }
  fromPartial(m: object): T
}
const call = <Req, Res>(method: string, req: Codec<Req>, res: { decode(b: Uint8Array): Res }, body: object) =>
  res.decode(authQueryHandlers(keeper)[`${P}/${method}`]!(ctx(), req.encode(req.fromPartial(body)).finish()))

afterEach(() => env.cleanup())

beforeEach(async () => {
  env = await storeEnv()
  keeper = new AccountKeeper({ moduleAccountPermissions: { mint: ['minter'] } })
  const c = env.ctx()
  const a = keeper.ensureAccount(c, addr(1))
  keeper.setAccount(c, { ...a, pubKey: secp256k1PubKeyAny(KEY), sequence: 3n })
  keeper.ensureAccount(c, addr(2))
  keeper.getModuleAccount(c, 'fee_collector')
})

describe('auth queries', () => {
  it('Account: an Any CosmJS accountFromAny decodes; NotFound text `account <addr> not found`', () => {
    const res = call('Account', QueryAccountRequest, QueryAccountResponse, { address: addr(1) })
    const parsed = accountFromAny(res.account!)
    expect(parsed.address).toBe(addr(1))
    expect(parsed.accountNumber).toBe(0n)
    expect(parsed.sequence).toBe(3)
    expect(parsed.pubkey).toEqual({
      type: 'tendermint/PubKeySecp256k1',
      value: Buffer.from(KEY).toString('base64'),
    })
    const fresh = call('Account', QueryAccountRequest, QueryAccountResponse, { address: addr(2) })
    expect(accountFromAny(fresh.account!).pubkey).toBeNull()
    expectQueryError(
      () => call('Account', QueryAccountRequest, QueryAccountResponse, { address: addr(7) }),
      'NotFound',
      `account ${addr(7)} not found`,
    )
    expectQueryError(
      () => call('Account', QueryAccountRequest, QueryAccountResponse, { address: '' }),
      'InvalidArgument',
      'Address cannot be empty',
    )
    expectQueryError(
      () => call('Account', QueryAccountRequest, QueryAccountResponse, { address: 'datum1xyz' }),
      'InvalidArgument',
      /invalid/,
    )
  })

  it('AccountInfo and Accounts with pagination', () => {
    const info = call('AccountInfo', QueryAccountInfoRequest, QueryAccountInfoResponse, { address: addr(1) })
    expect(info.info?.sequence).toBe(3n)
    const page = call('Accounts', QueryAccountsRequest, QueryAccountsResponse, {
      pagination: { limit: 2n, countTotal: true },
    })
    expect(page.accounts).toHaveLength(2)
    expect(page.pagination?.total).toBe(3n)
    const rest = call('Accounts', QueryAccountsRequest, QueryAccountsResponse, {
      pagination: { key: page.pagination!.nextKey },
    })
    expect(rest.accounts).toHaveLength(1)
    expect(rest.pagination?.total).toBe(0n) // a page by key never counts
    // As the SDK's Paginate: no request, or no limit, counts the total (CosmJS's extensions send none);
    // a limit without count_total does not.
    const all = (pagination?: object) =>
      call('Accounts', QueryAccountsRequest, QueryAccountsResponse, { pagination }).pagination?.total
    expect(all()).toBe(3n)
    expect(all({ offset: 1n })).toBe(3n)
    expect(all({ limit: 2n })).toBe(0n)
  })

  it('Params, ModuleAccounts, ModuleAccountByName', () => {
    expect(call('Params', QueryParamsRequest, QueryParamsResponse, {}).params?.txSigLimit).toBe(7n)
    const mods = call('ModuleAccounts', QueryModuleAccountsRequest, QueryModuleAccountsResponse, {})
    expect(mods.accounts.map((a) => a.typeUrl)).toEqual([
      '/cosmos.auth.v1beta1.ModuleAccount',
      '/cosmos.auth.v1beta1.ModuleAccount',
    ])
    expect(mods.accounts.map((a) => accountFromAny(a).accountNumber)).toEqual([2n, 3n])
    const byName = call(
      'ModuleAccountByName',
      QueryModuleAccountByNameRequest,
      QueryModuleAccountByNameResponse,
      { name: 'mint' },
    )
    expect(accountFromAny(byName.account!).address).toBe(keeper.getModuleAddress('mint'))
    expectQueryError(
      () =>
        call('ModuleAccountByName', QueryModuleAccountByNameRequest, QueryModuleAccountByNameResponse, {
          name: 'gov',
        }),
      'NotFound',
      'account gov not found',
    )
    expectQueryError(
      () =>
        call('ModuleAccountByName', QueryModuleAccountByNameRequest, QueryModuleAccountByNameResponse, {
          name: '',
        }),
      'InvalidArgument',
      'module name is empty',
    )
  })

  it('Bech32Prefix and address conversions', () => {
    expect(call('Bech32Prefix', Bech32PrefixRequest, Bech32PrefixResponse, {}).bech32Prefix).toBe('datum')
    const bytes = new Uint8Array(20).fill(1)
    expect(
      call('AddressBytesToString', AddressBytesToStringRequest, AddressBytesToStringResponse, {
        addressBytes: bytes,
      }).addressString,
    ).toBe(addr(1))
    expect(
      call('AddressStringToBytes', AddressStringToBytesRequest, AddressStringToBytesResponse, {
        addressString: addr(1),
      }).addressBytes,
    ).toEqual(bytes)
    expectQueryError(
      () =>
        call('AddressBytesToString', AddressBytesToStringRequest, AddressBytesToStringResponse, {
          addressBytes: new Uint8Array(),
        }),
      'InvalidArgument',
      'empty address bytes is not allowed',
    )
    expectQueryError(
      () =>
        call('AddressStringToBytes', AddressStringToBytesRequest, AddressStringToBytesResponse, {
          addressString: ' ',
        }),
      'InvalidArgument',
      'empty address string is not allowed',
    )
  })
})
