// `datum query staking|distribution|slashing …`: the cosmos Query services over abci_query, printed as simd
// prints them (proto JSON, snake_case; LegacyDec fields as "0.100000000000000000", Any keys expanded).
import { fromBech32, toBech32 } from '@cosmjs/encoding'
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import * as D from 'cosmjs-types/cosmos/distribution/v1beta1/query'
import * as L from 'cosmjs-types/cosmos/slashing/v1beta1/query'
import * as S from 'cosmjs-types/cosmos/staking/v1beta1/query'
import { BondStatus } from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { type ParsedArgs, positional, str } from './args.js'
import type { Command } from './command.js'
import { UsageError } from './errors.js'
import { anyJson, type CosmosType, cosmosJson, type Json } from './proto-json.js'
import { queryCommand } from './query-command.js'
import { addressArg } from './query-cosmos.js'
import { PAGE_FLAGS, pageOf } from './query-dataasset.js'
import { valoperArg } from './tx-staking.js'

const DEC = 10n ** 18n

/** LegacyDec atomics ("100000000000000000") as the SDK prints a Dec ("0.100000000000000000"). */
export function decString(atomics: string): string {
  if (!/^-?\d+$/.test(atomics)) return atomics
  const neg = atomics.startsWith('-')
  const v = BigInt(neg ? atomics.slice(1) : atomics)
  return `${neg ? '-' : ''}${v / DEC}.${(v % DEC).toString().padStart(18, '0')}`
}

/** Keys whose string values are Decs; `decCoins` keys hold DecCoin lists; `bytesDecs` Decs sent as bytes. */
const DEC_KEYS = new Set([
  'rate',
  'max_rate',
  'max_change_rate',
  'delegator_shares',
  'shares',
  'shares_dst',
  'min_commission_rate',
  'community_tax',
  'base_proposer_reward',
  'bonus_proposer_reward',
])
const DEC_COIN_KEYS = new Set(['rewards', 'reward', 'total', 'commission', 'pool'])
const BYTES_DEC_KEYS = new Set([
  'min_signed_per_window',
  'slash_fraction_double_sign',
  'slash_fraction_downtime',
])

function fixDecs(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) {
    if (DEC_COIN_KEYS.has(key))
      return v.map((c) =>
        c && typeof c === 'object' && 'amount' in c && 'denom' in c
          ? { denom: c.denom, amount: decString(String(c.amount)) }
          : fixDecs(c, key),
      )
    return v.map((x) => fixDecs(x, key))
  }
  if (v && typeof v === 'object') {
    const out: Json = {}
    for (const [k, x] of Object.entries(v)) out[k] = fixDecs(x, k)
    return out
  }
  if (typeof v === 'string' && DEC_KEYS.has(key)) return decString(v)
  if (typeof v === 'string' && BYTES_DEC_KEYS.has(key))
    return decString(Buffer.from(v, 'base64').toString('utf8'))
  return v
}

const PUBKEYS: Record<string, CosmosType<unknown>> = {
  '/cosmos.crypto.ed25519.PubKey': Ed25519PubKey as CosmosType<unknown>,
}

/** Validators' consensus_pubkey Any as {"@type", key}. */
function expandPubkeys(json: unknown, raw: unknown): void {
  const fix = (j: Json, r: { consensusPubkey?: Any }) => {
    if (r.consensusPubkey) j.consensus_pubkey = anyJson(r.consensusPubkey, PUBKEYS)
  }
  const list = (rs: { consensusPubkey?: Any }[] | undefined, js: Json[] | undefined) => {
    if (Array.isArray(rs) && Array.isArray(js))
      rs.forEach((v, i) => {
        if (js[i]) fix(js[i]!, v)
      })
  }
  const r = raw as {
    validator?: { consensusPubkey?: Any }
    validators?: { consensusPubkey?: Any }[]
    hist?: { valset?: { consensusPubkey?: Any }[] }
  }
  const j = json as { validator?: Json; validators?: Json[]; hist?: { valset?: Json[] } }
  if (r.validator && j.validator) fix(j.validator, r.validator)
  list(r.validators, j.validators)
  list(r.hist?.valset, j.hist?.valset)
}

/** A block height argument (int64, as simd's autocli parses it). */
function heightArg(a: ParsedArgs): bigint {
  const s = positional(a, 0, 'height')
  if (!/^-?\d{1,19}$/.test(s)) throw new UsageError('<height> must be an integer')
  return BigInt(s)
}

/** A cosmos Query reply as simd prints it: proto JSON, Decs with 18 places, consensus keys expanded. */
export function cosmosReply<T>(type: CosmosType<T> & { decode(b: Uint8Array): T }) {
  return (bytes: Uint8Array): Json => {
    const value = type.decode(bytes)
    const json = fixDecs(cosmosJson(type, value)) as Json
    expandPubkeys(json, value)
    return json
  }
}

const page = (a: ParsedArgs) => {
  const p = pageOf(a)
  return { ...p, key: p.key ?? new Uint8Array() }
}

function statusOf(s: string | undefined): string {
  if (s === undefined) return ''
  const name = `BOND_STATUS_${s.toUpperCase().replace(/^BOND_STATUS_/, '')}`
  if (!(name in BondStatus) || name === 'BOND_STATUS_UNSPECIFIED')
    throw new UsageError('--status must be bonded, unbonding or unbonded')
  return name
}

/** A `datumvalcons…` address, or the hex consensus address `datumd keys show-validator` prints. */
function consAddressArg(a: ParsedArgs): string {
  const s = positional(a, 0, 'cons-addr')
  if (/^[0-9A-Fa-f]{40}$/.test(s)) return toBech32('datumvalcons', Buffer.from(s, 'hex'))
  try {
    if (fromBech32(s).prefix === 'datumvalcons') return s
  } catch {}
  throw new UsageError('<cons-addr> must be a datumvalcons… address or 40 hex characters')
}

const ST = '/cosmos.staking.v1beta1.Query'
const DI = '/cosmos.distribution.v1beta1.Query'
const SL = '/cosmos.slashing.v1beta1.Query'

export const stakingQueryCommands: Command[] = [
  queryCommand({
    path: ['query', 'staking', 'validators'],
    summary: 'all validators, or those of --status bonded|unbonding|unbonded',
    flags: { ...PAGE_FLAGS, status: { type: 'string', description: 'bond status', value: '<status>' } },
    listKey: 'validators',
    columns: ['operator_address', 'status', 'tokens', 'jailed'],
    call: (a) => ({
      path: `${ST}/Validators`,
      data: S.QueryValidatorsRequest.encode({
        status: statusOf(str(a, 'status')),
        pagination: page(a),
      }).finish(),
      reply: cosmosReply(S.QueryValidatorsResponse),
    }),
  }),
  queryCommand({
    path: ['query', 'staking', 'validator'],
    summary: 'one validator',
    args: '<validator-addr>',
    call: (a) => ({
      path: `${ST}/Validator`,
      data: S.QueryValidatorRequest.encode({ validatorAddr: valoperArg(a, 0) }).finish(),
      reply: cosmosReply(S.QueryValidatorResponse),
    }),
  }),
  queryCommand({
    path: ['query', 'staking', 'delegation'],
    summary: 'one delegation with its balance',
    args: '<delegator-addr> <validator-addr>',
    call: (a) => ({
      path: `${ST}/Delegation`,
      data: S.QueryDelegationRequest.encode({
        delegatorAddr: addressArg(a, 0),
        validatorAddr: valoperArg(a, 1),
      }).finish(),
      reply: cosmosReply(S.QueryDelegationResponse),
    }),
  }),
  queryCommand({
    path: ['query', 'staking', 'delegations'],
    summary: "a delegator's delegations with balances",
    args: '<delegator-addr>',
    flags: PAGE_FLAGS,
    listKey: 'delegation_responses',
    call: (a) => ({
      path: `${ST}/DelegatorDelegations`,
      data: S.QueryDelegatorDelegationsRequest.encode({
        delegatorAddr: addressArg(a, 0),
        pagination: page(a),
      }).finish(),
      reply: cosmosReply(S.QueryDelegatorDelegationsResponse),
    }),
  }),
  queryCommand({
    path: ['query', 'staking', 'unbonding-delegations'],
    summary: "a delegator's unbonding delegations",
    args: '<delegator-addr>',
    flags: PAGE_FLAGS,
    listKey: 'unbonding_responses',
    call: (a) => ({
      path: `${ST}/DelegatorUnbondingDelegations`,
      data: S.QueryDelegatorUnbondingDelegationsRequest.encode({
        delegatorAddr: addressArg(a, 0),
        pagination: page(a),
      }).finish(),
      reply: cosmosReply(S.QueryDelegatorUnbondingDelegationsResponse),
    }),
  }),
  queryCommand({
    path: ['query', 'staking', 'redelegations'],
    summary: "a delegator's redelegations (optionally from --src-validator / to --dst-validator)",
    args: '<delegator-addr>',
    flags: {
      ...PAGE_FLAGS,
      'src-validator': { type: 'string', description: 'source validator', value: '<valoper>' },
      'dst-validator': { type: 'string', description: 'destination validator', value: '<valoper>' },
    },
    listKey: 'redelegation_responses',
    call: (a) => ({
      path: `${ST}/Redelegations`,
      data: S.QueryRedelegationsRequest.encode({
        delegatorAddr: addressArg(a, 0),
        srcValidatorAddr: str(a, 'src-validator') ?? '',
        dstValidatorAddr: str(a, 'dst-validator') ?? '',
        pagination: page(a),
      }).finish(),
      reply: cosmosReply(S.QueryRedelegationsResponse),
    }),
  }),
  queryCommand({
    path: ['query', 'staking', 'pool'],
    summary: 'bonded and not-bonded tokens',
    call: () => ({
      path: `${ST}/Pool`,
      data: S.QueryPoolRequest.encode({}).finish(),
      reply: cosmosReply(S.QueryPoolResponse),
    }),
  }),
  queryCommand({
    path: ['query', 'staking', 'historical-info'],
    summary:
      'the header and bonded validators staking recorded at a height (last `historical_entries` heights)',
    args: '<height>',
    call: (a) => ({
      path: `${ST}/HistoricalInfo`,
      data: S.QueryHistoricalInfoRequest.encode({ height: heightArg(a) }).finish(),
      reply: cosmosReply(S.QueryHistoricalInfoResponse),
    }),
  }),
  queryCommand({
    path: ['query', 'staking', 'params'],
    summary: 'staking params',
    call: () => ({
      path: `${ST}/Params`,
      data: S.QueryParamsRequest.encode({}).finish(),
      reply: cosmosReply(S.QueryParamsResponse),
    }),
  }),
  queryCommand({
    path: ['query', 'distribution', 'rewards'],
    summary: "a delegator's rewards: from one validator, or all with their total",
    args: '<delegator-addr> [validator-addr]',
    call: (a) => {
      const delegatorAddress = addressArg(a, 0)
      if (a.positionals[1] !== undefined)
        return {
          path: `${DI}/DelegationRewards`,
          data: D.QueryDelegationRewardsRequest.encode({
            delegatorAddress,
            validatorAddress: valoperArg(a, 1),
          }).finish(),
          reply: cosmosReply(D.QueryDelegationRewardsResponse),
        }
      return {
        path: `${DI}/DelegationTotalRewards`,
        data: D.QueryDelegationTotalRewardsRequest.encode({ delegatorAddress }).finish(),
        reply: cosmosReply(D.QueryDelegationTotalRewardsResponse),
      }
    },
  }),
  queryCommand({
    path: ['query', 'distribution', 'commission'],
    summary: "a validator's unpaid commission",
    args: '<validator-addr>',
    call: (a) => ({
      path: `${DI}/ValidatorCommission`,
      data: D.QueryValidatorCommissionRequest.encode({ validatorAddress: valoperArg(a, 0) }).finish(),
      reply: (b) => {
        // the response nests {commission: {commission: DecCoins}}
        const res = D.QueryValidatorCommissionResponse.decode(b)
        const coins = (res.commission?.commission ?? []).map((c) => ({
          denom: c.denom,
          amount: decString(c.amount),
        }))
        return { commission: { commission: coins } }
      },
    }),
  }),
  queryCommand({
    path: ['query', 'distribution', 'community-pool'],
    summary: 'the community pool',
    call: () => ({
      path: `${DI}/CommunityPool`,
      data: D.QueryCommunityPoolRequest.encode({}).finish(),
      reply: cosmosReply(D.QueryCommunityPoolResponse),
    }),
  }),
  queryCommand({
    path: ['query', 'distribution', 'params'],
    summary: 'distribution params',
    call: () => ({
      path: `${DI}/Params`,
      data: D.QueryParamsRequest.encode({}).finish(),
      reply: cosmosReply(D.QueryParamsResponse),
    }),
  }),
  queryCommand({
    path: ['query', 'slashing', 'signing-info'],
    summary: "a validator's liveness record (by consensus address)",
    args: '<cons-addr>',
    call: (a) => ({
      path: `${SL}/SigningInfo`,
      data: L.QuerySigningInfoRequest.encode({ consAddress: consAddressArg(a) }).finish(),
      reply: cosmosReply(L.QuerySigningInfoResponse),
    }),
  }),
  queryCommand({
    path: ['query', 'slashing', 'params'],
    summary: 'slashing params',
    call: () => ({
      path: `${SL}/Params`,
      data: L.QueryParamsRequest.encode({}).finish(),
      reply: cosmosReply(L.QueryParamsResponse),
    }),
  }),
]
