// x/auth and x/bank gateway routes Keplr and explorers use, served through the gRPC query paths.
import * as auth from 'cosmjs-types/cosmos/auth/v1beta1/query'
import * as bank from 'cosmjs-types/cosmos/bank/v1beta1/query'
import type { FastifyInstance } from 'fastify'
import type { RpcBackend } from '../backend.js'
import { badRequest } from './errors.js'
import { type AnyRenderer, coinJson, metadataJson, pageJson } from './gateway-json.js'
import { grpcQuery, pageRequest, type Query, queryHeight, stringParam } from './grpc-query.js'

type Req = {
  params: Record<string, string>
  query: Query
  headers: Record<string, string | string[] | undefined>
}

const AUTH = '/cosmos.auth.v1beta1.Query'
const BANK = '/cosmos.bank.v1beta1.Query'

export function registerBankAuthRoutes(app: FastifyInstance, backend: RpcBackend, anys: AnyRenderer): void {
  const get = (path: string, handler: (req: Req, height: bigint) => Promise<unknown>) =>
    app.get(path, async (request) => {
      const req = request as unknown as Req
      return handler(req, queryHeight(req.headers))
    })

  get('/cosmos/auth/v1beta1/accounts/:address', async ({ params }, height) => {
    const req = auth.QueryAccountRequest.encode({ address: params.address! }).finish()
    const res = await grpcQuery(backend, `${AUTH}/Account`, req, auth.QueryAccountResponse.decode, height)
    return { account: res.account ? anys.render(res.account) : null }
  })

  get('/cosmos/auth/v1beta1/params', async (_req, height) => {
    const req = auth.QueryParamsRequest.encode({}).finish()
    const { params: p } = await grpcQuery(
      backend,
      `${AUTH}/Params`,
      req,
      auth.QueryParamsResponse.decode,
      height,
    )
    return {
      params: {
        max_memo_characters: p.maxMemoCharacters.toString(),
        tx_sig_limit: p.txSigLimit.toString(),
        tx_size_cost_per_byte: p.txSizeCostPerByte.toString(),
        sig_verify_cost_ed25519: p.sigVerifyCostEd25519.toString(),
        sig_verify_cost_secp256k1: p.sigVerifyCostSecp256k1.toString(),
      },
    }
  })

  get('/cosmos/bank/v1beta1/params', async (_req, height) => {
    const req = bank.QueryParamsRequest.encode({}).finish()
    const { params: p } = await grpcQuery(
      backend,
      `${BANK}/Params`,
      req,
      bank.QueryParamsResponse.decode,
      height,
    )
    return {
      params: {
        send_enabled: p.sendEnabled.map((e) => ({ denom: e.denom, enabled: e.enabled })),
        default_send_enabled: p.defaultSendEnabled,
      },
    }
  })

  const balances = async (path: string, address: string, query: Query, height: bigint) => {
    const req = bank.QueryAllBalancesRequest.encode({
      address,
      pagination: pageRequest(query),
      resolveDenom: stringParam(query, 'resolve_denom') === 'true',
    }).finish()
    const res = await grpcQuery(backend, path, req, bank.QueryAllBalancesResponse.decode, height)
    return { balances: res.balances.map(coinJson), pagination: pageJson(res.pagination) }
  }

  get('/cosmos/bank/v1beta1/balances/:address', ({ params, query }, height) =>
    balances(`${BANK}/AllBalances`, params.address!, query, height),
  )

  get('/cosmos/bank/v1beta1/spendable_balances/:address', ({ params, query }, height) =>
    balances(`${BANK}/SpendableBalances`, params.address!, query, height),
  )

  get('/cosmos/bank/v1beta1/balances/:address/by_denom', async ({ params, query }, height) => {
    const denom = stringParam(query, 'denom')
    if (!denom) throw badRequest('invalid denom')
    const req = bank.QueryBalanceRequest.encode({ address: params.address!, denom }).finish()
    const res = await grpcQuery(backend, `${BANK}/Balance`, req, bank.QueryBalanceResponse.decode, height)
    return { balance: res.balance ? coinJson(res.balance) : null }
  })

  get('/cosmos/bank/v1beta1/supply', async ({ query }, height) => {
    const req = bank.QueryTotalSupplyRequest.encode({ pagination: pageRequest(query) }).finish()
    const res = await grpcQuery(
      backend,
      `${BANK}/TotalSupply`,
      req,
      bank.QueryTotalSupplyResponse.decode,
      height,
    )
    return { supply: res.supply.map(coinJson), pagination: pageJson(res.pagination) }
  })

  const supplyOf = async (denom: string | undefined, height: bigint) => {
    if (!denom) throw badRequest('invalid denom')
    const req = bank.QuerySupplyOfRequest.encode({ denom }).finish()
    const res = await grpcQuery(backend, `${BANK}/SupplyOf`, req, bank.QuerySupplyOfResponse.decode, height)
    return { amount: coinJson(res.amount) }
  }
  get('/cosmos/bank/v1beta1/supply/by_denom', ({ query }, height) =>
    supplyOf(stringParam(query, 'denom'), height),
  )

  get('/cosmos/bank/v1beta1/denoms_metadata', async ({ query }, height) => {
    const req = bank.QueryDenomsMetadataRequest.encode({ pagination: pageRequest(query) }).finish()
    const res = await grpcQuery(
      backend,
      `${BANK}/DenomsMetadata`,
      req,
      bank.QueryDenomsMetadataResponse.decode,
      height,
    )
    return { metadatas: res.metadatas.map(metadataJson), pagination: pageJson(res.pagination) }
  })

  get('/cosmos/bank/v1beta1/denoms_metadata/:denom', async ({ params }, height) => {
    const req = bank.QueryDenomMetadataRequest.encode({ denom: params.denom! }).finish()
    const res = await grpcQuery(
      backend,
      `${BANK}/DenomMetadata`,
      req,
      bank.QueryDenomMetadataResponse.decode,
      height,
    )
    return { metadata: metadataJson(res.metadata) }
  })
}
