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
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { datumDenomMetadata } from './genesis.js'
import { bankQueryHandlers } from './query-server.js'
import { addr, type BankEnv, bankEnv, cleanupBankEnvs, expectQueryError } from './test-env.js'

const P = '/cosmos.bank.v1beta1.Query'
let env: BankEnv
let q: ReturnType<typeof bankQueryHandlers>

interface Codec<T> {
  encode(m: T): { finish(): Uint8Array }
  fromPartial(m: object): T
}
const call = <Req, Res>(method: string, req: Codec<Req>, res: { decode(b: Uint8Array): Res }, body: object) =>
  res.decode(q[`${P}/${method}`]!(env.ctx('query'), req.encode(req.fromPartial(body)).finish()))

afterEach(cleanupBankEnvs)

beforeEach(async () => {
  env = await bankEnv()
  q = bankQueryHandlers(env.bank)
  env.fund(addr(1), [
    { denom: 'uaaa', amount: 3n },
    { denom: 'udatum', amount: 100n },
    { denom: 'uzzz', amount: 7n },
  ])
  env.fund(addr(2), [{ denom: 'udatum', amount: 5n }])
  env.bank.setDenomMetadata(env.ctx(), datumDenomMetadata())
})

describe('bank queries', () => {
  it('Balance is always present, "0" for nothing held; bad input is InvalidArgument', async () => {
    const r = (address: string, denom: string) =>
      call('Balance', QueryBalanceRequest, QueryBalanceResponse, { address, denom })
    expect(r(addr(1), 'udatum').balance).toEqual({ denom: 'udatum', amount: '100' })
    expect(r(addr(3), 'udatum').balance).toEqual({ denom: 'udatum', amount: '0' })
    expectQueryError(() => r('', 'udatum'), 'InvalidArgument', 'empty address string is not allowed')
    expectQueryError(
      () => r('cosmos1cjsxept9rkggzxztslae9ndgpdyt2408lk850u', 'udatum'),
      'InvalidArgument',
      /invalid address/,
    )
    expectQueryError(() => r(addr(1), '1x'), 'InvalidArgument', /invalid denom/)
    expectQueryError(
      () => q[`${P}/Balance`]!(env.ctx('query'), Uint8Array.of(0xff, 0xff)),
      'InvalidArgument',
      /invalid request/,
    )
  })

  it('AllBalances and SpendableBalances: sorted, zero omitted, paginated by key and offset', async () => {
    const all = call('AllBalances', QueryAllBalancesRequest, QueryAllBalancesResponse, { address: addr(1) })
    expect(all.balances.map((c) => c.denom)).toEqual(['uaaa', 'udatum', 'uzzz'])
    const page1 = call('AllBalances', QueryAllBalancesRequest, QueryAllBalancesResponse, {
      address: addr(1),
      pagination: { limit: 2n, countTotal: true },
    })
    expect(page1.balances.map((c) => c.denom)).toEqual(['uaaa', 'udatum'])
    expect(page1.pagination?.total).toBe(3n)
    const page2 = call('AllBalances', QueryAllBalancesRequest, QueryAllBalancesResponse, {
      address: addr(1),
      pagination: { key: page1.pagination!.nextKey, limit: 2n },
    })
    expect(page2.balances).toEqual([{ denom: 'uzzz', amount: '7' }])
    expect(page2.pagination?.nextKey).toEqual(new Uint8Array())
    const resolved = call('AllBalances', QueryAllBalancesRequest, QueryAllBalancesResponse, {
      address: addr(2),
      resolveDenom: true,
    })
    expect(resolved.balances).toEqual([{ denom: 'DATUM', amount: '5' }])
    const spendable = call(
      'SpendableBalances',
      QuerySpendableBalancesRequest,
      QuerySpendableBalancesResponse,
      {
        address: addr(1),
        pagination: { offset: 1n, limit: 1n },
      },
    )
    expect(spendable.balances).toEqual([{ denom: 'udatum', amount: '100' }])
    expect(
      call('AllBalances', QueryAllBalancesRequest, QueryAllBalancesResponse, { address: addr(9) }).balances,
    ).toEqual([])
    const one = call(
      'SpendableBalanceByDenom',
      QuerySpendableBalanceByDenomRequest,
      QuerySpendableBalanceByDenomResponse,
      {
        address: addr(1),
        denom: 'uzzz',
      },
    )
    expect(one.balance).toEqual({ denom: 'uzzz', amount: '7' })
  })

  it('TotalSupply and SupplyOf', async () => {
    const total = call('TotalSupply', QueryTotalSupplyRequest, QueryTotalSupplyResponse, { pagination: {} })
    expect(total.supply).toEqual([
      { denom: 'uaaa', amount: '3' },
      { denom: 'udatum', amount: '105' },
      { denom: 'uzzz', amount: '7' },
    ])
    expect(call('SupplyOf', QuerySupplyOfRequest, QuerySupplyOfResponse, { denom: 'udatum' }).amount).toEqual(
      {
        denom: 'udatum',
        amount: '105',
      },
    )
    expect(
      call('SupplyOf', QuerySupplyOfRequest, QuerySupplyOfResponse, { denom: 'unone' }).amount.amount,
    ).toBe('0')
  })

  it('DenomMetadata (NotFound for unknown), DenomsMetadata, DenomOwners', async () => {
    const m = call('DenomMetadata', QueryDenomMetadataRequest, QueryDenomMetadataResponse, {
      denom: 'udatum',
    })
    expect(m.metadata.display).toBe('DATUM')
    expect(m.metadata.denomUnits.map((u) => [u.denom, u.exponent])).toEqual([
      ['udatum', 0],
      ['DATUM', 6],
    ])
    expectQueryError(
      () => call('DenomMetadata', QueryDenomMetadataRequest, QueryDenomMetadataResponse, { denom: 'unone' }),
      'NotFound',
      'client metadata for denom unone',
    )
    expect(
      call('DenomsMetadata', QueryDenomsMetadataRequest, QueryDenomsMetadataResponse, {}).metadatas,
    ).toHaveLength(1)
    const owners = call('DenomOwners', QueryDenomOwnersRequest, QueryDenomOwnersResponse, { denom: 'udatum' })
    expect(owners.denomOwners).toEqual([
      { address: addr(1), balance: { denom: 'udatum', amount: '100' } },
      { address: addr(2), balance: { denom: 'udatum', amount: '5' } },
    ])
    const byQuery = call(
      'DenomOwnersByQuery',
      QueryDenomOwnersByQueryRequest,
      QueryDenomOwnersByQueryResponse,
      {
        denom: 'udatum',
        pagination: { limit: 1n },
      },
    )
    expect(byQuery.denomOwners.map((o) => o.address)).toEqual([addr(1)])
    const byString = call(
      'DenomMetadataByQueryString',
      QueryDenomMetadataByQueryStringRequest,
      QueryDenomMetadataByQueryStringResponse,
      { denom: 'udatum' },
    )
    expect(byString.metadata.base).toBe('udatum')
  })

  it('Params and SendEnabled', async () => {
    expect(call('Params', QueryParamsRequest, QueryParamsResponse, {}).params.defaultSendEnabled).toBe(true)
    env.bank.setSendEnabled(env.ctx(), 'uzzz', false)
    env.bank.setSendEnabled(env.ctx(), 'uaaa', true)
    const all = call('SendEnabled', QuerySendEnabledRequest, QuerySendEnabledResponse, {})
    expect(all.sendEnabled).toEqual([
      { denom: 'uaaa', enabled: true },
      { denom: 'uzzz', enabled: false },
    ])
    const some = call('SendEnabled', QuerySendEnabledRequest, QuerySendEnabledResponse, {
      denoms: ['uzzz', 'udatum'],
    })
    expect(some.sendEnabled).toEqual([{ denom: 'uzzz', enabled: false }])
  })
})
