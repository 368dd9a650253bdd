// The gRPC query paths MemoryBackend answers (auth account, bank balances/supply/metadata, tx simulate),
// with the SDK's error codes and texts for the failure cases. Test-only.
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth'
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query'
import * as bank from 'cosmjs-types/cosmos/bank/v1beta1/query'
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys'
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service'
import type { QueryRequest } from '../types/abci.js'

type Answer = { value: Uint8Array } | { code: number; log: string }

interface Balances {
  readonly balances: Map<string, bigint>
}

const notFound = (what: string) => ({
  code: 22,
  log: `rpc error: code = NotFound desc = ${what}: key not found`,
})
const badAddress = (address: string) =>
  address.startsWith('datum1') ? undefined : { code: 7, log: `invalid address ${address}: invalid address` }

function coinsOf(state: Balances, address: string) {
  return [...state.balances]
    .filter(([key]) => key.startsWith(`${address}/`))
    .map(([key, amount]) => ({ denom: key.split('/')[1]!, amount: amount.toString() }))
    .sort((a, b) => a.denom.localeCompare(b.denom))
}

export const ALICE_PUBKEY = Uint8Array.from(Buffer.from('02'.padEnd(66, '7'), 'hex'))

export function queryAnswers(state: Balances, req: QueryRequest): Answer | undefined {
  switch (req.path) {
    case '/cosmos.auth.v1beta1.Query/Account': {
      const { address } = QueryAccountRequest.decode(req.data)
      if (address !== 'datum1alice') return notFound(`account ${address} not found`)
      const account = BaseAccount.encode({
        address,
        pubKey: {
          typeUrl: '/cosmos.crypto.secp256k1.PubKey',
          value: PubKey.encode({ key: ALICE_PUBKEY }).finish(),
        },
        accountNumber: 7n,
        sequence: 3n,
      }).finish()
      const value = QueryAccountResponse.encode({
        account: { typeUrl: '/cosmos.auth.v1beta1.BaseAccount', value: account },
      })
      return { value: value.finish() }
    }
    case '/cosmos.bank.v1beta1.Query/Balance': {
      const { address, denom } = bank.QueryBalanceRequest.decode(req.data)
      const amount = state.balances.get(`${address}/${denom}`) ?? 0n
      return {
        value: bank.QueryBalanceResponse.encode({ balance: { denom, amount: amount.toString() } }).finish(),
      }
    }
    case '/cosmos.bank.v1beta1.Query/AllBalances':
    case '/cosmos.bank.v1beta1.Query/SpendableBalances': {
      const { address } = bank.QueryAllBalancesRequest.decode(req.data)
      const bad = badAddress(address)
      if (bad) return bad
      const balances = coinsOf(state, address)
      const pagination = { nextKey: new Uint8Array(), total: BigInt(balances.length) }
      return { value: bank.QueryAllBalancesResponse.encode({ balances, pagination }).finish() }
    }
    case '/cosmos.bank.v1beta1.Query/TotalSupply': {
      const supply = [{ denom: 'udatum', amount: '1000000' }]
      return { value: bank.QueryTotalSupplyResponse.encode({ supply, pagination: undefined }).finish() }
    }
    case '/cosmos.bank.v1beta1.Query/DenomMetadata': {
      const { denom } = bank.QueryDenomMetadataRequest.decode(req.data)
      if (denom !== 'udatum') return notFound(`client metadata for denom ${denom}`)
      const metadata = {
        description: 'Datum staking and fee token',
        denomUnits: [
          { denom: 'udatum', exponent: 0, aliases: [] },
          { denom: 'DATUM', exponent: 6, aliases: [] },
        ],
        base: 'udatum',
        display: 'DATUM',
        name: 'Datum',
        symbol: 'DATUM',
        uri: '',
        uriHash: '',
      }
      return { value: bank.QueryDenomMetadataResponse.encode({ metadata }).finish() }
    }
    case '/cosmos.tx.v1beta1.Service/Simulate': {
      const { txBytes } = SimulateRequest.decode(req.data)
      if (txBytes.length === 0) return { code: 18, log: 'empty txBytes is not allowed: invalid request' }
      const value = SimulateResponse.encode({
        gasInfo: { gasWanted: 2n ** 64n - 1n, gasUsed: 81_234n },
        result: {
          data: new Uint8Array(),
          log: '',
          events: [
            {
              type: 'message',
              attributes: [{ key: 'action', value: '/cosmos.bank.v1beta1.MsgSend', index: true }],
            },
          ],
          msgResponses: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse', value: new Uint8Array() }],
        },
      })
      return { value: value.finish() }
    }
    default:
      return undefined
  }
}
