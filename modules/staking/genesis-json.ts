// The SDK's JSON form of staking genesis (snake_case, decimals as "0.100000000000000000", durations as
// "1814400s", times in RFC 3339 UTC), converted to and from keeper types.

import { bondStatusFromJSON, bondStatusToJSON } from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import { decFromString, decToString } from '../sdk/dec.js'
import { normalizeAddress, type Timestamp, VALOPER_PREFIX } from '../sdk/index.js'
import { type StakingParams, validateStakingParams } from './params.js'
import {
  BondStatus,
  type Delegation,
  ED25519_PUBKEY_TYPE_URL,
  type Redelegation,
  type UnbondingDelegation,
  type Validator,
} from './records.js'

export interface StakingGenesis {
  params: StakingParams
  lastTotalPower: bigint
  lastValidatorPowers: { address: string; power: bigint }[]
  validators: Validator[]
  delegations: Delegation[]
  unbondingDelegations: UnbondingDelegation[]
  redelegations: Redelegation[]
  exported: boolean
}

type Json = Record<string, unknown>

const obj = (v: unknown, what: string): Json => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${what} must be an object`)
  return v as Json
}
const arr = (v: unknown, what: string): unknown[] => {
  if (v === undefined || v === null) return []
  if (!Array.isArray(v)) throw new Error(`${what} must be an array`)
  return v
}
const str = (v: unknown, what: string): string => {
  if (typeof v !== 'string') throw new Error(`${what} must be a string`)
  return v
}
const int = (v: unknown, what: string): bigint => {
  const s = typeof v === 'number' ? String(v) : str(v, what)
  if (!/^-?\d+$/.test(s)) throw new Error(`${what} must be an integer`)
  return BigInt(s)
}
const dec = (v: unknown, what: string) => {
  try {
    return decFromString(str(v, what))
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`)
  }
}

export function parseDuration(s: string): { seconds: bigint; nanos: number } {
  const m = /^(\d+)(?:\.(\d{1,9}))?s$/.exec(s)
  if (!m) throw new Error(`invalid duration ${JSON.stringify(s)} (expected e.g. "1814400s")`)
  return { seconds: BigInt(m[1]!), nanos: Number((m[2] ?? '').padEnd(9, '0') || '0') }
}

export const formatDuration = (d: { seconds: bigint; nanos: number }): string =>
  d.nanos === 0 ? `${d.seconds}s` : `${d.seconds}.${String(d.nanos).padStart(9, '0').replace(/0+$/, '')}s`

export function parseTime(s: string): Timestamp {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/.exec(s)
  if (!m) throw new Error(`invalid time ${JSON.stringify(s)} (RFC 3339 UTC expected)`)
  const ms = Date.parse(`${m[1]}Z`)
  if (Number.isNaN(ms)) throw new Error(`invalid time ${JSON.stringify(s)}`)
  return { seconds: BigInt(ms / 1000), nanos: Number((m[2] ?? '').padEnd(9, '0') || '0') }
}

export function formatTime(t: Timestamp): string {
  const base = new Date(Number(t.seconds) * 1000).toISOString().slice(0, 19)
  return t.nanos === 0 ? `${base}Z` : `${base}.${String(t.nanos).padStart(9, '0').replace(/0+$/, '')}Z`
}

function parseParams(p: Json): StakingParams {
  const params: StakingParams = {
    unbondingTime: parseDuration(str(p.unbonding_time, 'params.unbonding_time')),
    maxValidators: Number(int(p.max_validators, 'params.max_validators')),
    maxEntries: Number(int(p.max_entries, 'params.max_entries')),
    historicalEntries: Number(int(p.historical_entries ?? 0, 'params.historical_entries')),
    bondDenom: str(p.bond_denom, 'params.bond_denom'),
    minCommissionRate: dec(p.min_commission_rate ?? '0', 'params.min_commission_rate'),
  }
  validateStakingParams(params)
  return params
}

export const paramsJson = (p: StakingParams) => ({
  unbonding_time: formatDuration(p.unbondingTime),
  max_validators: p.maxValidators,
  max_entries: p.maxEntries,
  historical_entries: p.historicalEntries,
  bond_denom: p.bondDenom,
  min_commission_rate: decToString(p.minCommissionRate),
})

function parseValidator(j: Json, i: number): Validator {
  const w = `validators[${i}]`
  const pk = obj(j.consensus_pubkey, `${w}.consensus_pubkey`)
  if (pk['@type'] !== ED25519_PUBKEY_TYPE_URL) throw new Error(`${w}.consensus_pubkey must be an ed25519 key`)
  const key = Buffer.from(str(pk.key, `${w}.consensus_pubkey.key`), 'base64')
  if (key.length !== 32) throw new Error(`${w}.consensus_pubkey.key must be 32 bytes`)
  const status = bondStatusFromJSON(j.status)
  if (status === BondStatus.UNRECOGNIZED || status === BondStatus.BOND_STATUS_UNSPECIFIED)
    throw new Error(`${w}.status is invalid`)
  const d = obj(j.description ?? {}, `${w}.description`)
  const c = obj(j.commission, `${w}.commission`)
  const rates = obj(c.commission_rates, `${w}.commission.commission_rates`)
  const operator = normalizeAddress(str(j.operator_address, `${w}.operator_address`), VALOPER_PREFIX)
  return {
    operator,
    consPubKey: new Uint8Array(key),
    jailed: j.jailed === true,
    status,
    tokens: int(j.tokens, `${w}.tokens`),
    delegatorShares: dec(j.delegator_shares, `${w}.delegator_shares`),
    description: {
      moniker: String(d.moniker ?? ''),
      identity: String(d.identity ?? ''),
      website: String(d.website ?? ''),
      securityContact: String(d.security_contact ?? ''),
      details: String(d.details ?? ''),
    },
    unbondingHeight: int(j.unbonding_height ?? '0', `${w}.unbonding_height`),
    unbondingTime: parseTime(str(j.unbonding_time ?? '1970-01-01T00:00:00Z', `${w}.unbonding_time`)),
    commission: {
      rate: dec(rates.rate, `${w}.commission.rate`),
      maxRate: dec(rates.max_rate, `${w}.commission.max_rate`),
      maxChangeRate: dec(rates.max_change_rate, `${w}.commission.max_change_rate`),
      updateTime: parseTime(str(c.update_time ?? '1970-01-01T00:00:00Z', `${w}.commission.update_time`)),
    },
    minSelfDelegation: int(j.min_self_delegation, `${w}.min_self_delegation`),
  }
}

export const validatorJson = (v: Validator) => ({
  operator_address: v.operator,
  consensus_pubkey: { '@type': ED25519_PUBKEY_TYPE_URL, key: Buffer.from(v.consPubKey).toString('base64') },
  jailed: v.jailed,
  status: bondStatusToJSON(v.status),
  tokens: v.tokens.toString(),
  delegator_shares: decToString(v.delegatorShares),
  description: {
    moniker: v.description.moniker,
    identity: v.description.identity,
    website: v.description.website,
    security_contact: v.description.securityContact,
    details: v.description.details,
  },
  unbonding_height: v.unbondingHeight.toString(),
  unbonding_time: formatTime(v.unbondingTime),
  commission: {
    commission_rates: {
      rate: decToString(v.commission.rate),
      max_rate: decToString(v.commission.maxRate),
      max_change_rate: decToString(v.commission.maxChangeRate),
    },
    update_time: formatTime(v.commission.updateTime),
  },
  min_self_delegation: v.minSelfDelegation.toString(),
  unbonding_on_hold_ref_count: '0',
  unbonding_ids: [],
})

export function parseStakingGenesis(raw: unknown): StakingGenesis {
  const g = obj(raw, 'staking genesis')
  const acc = (a: unknown, w: string) => normalizeAddress(str(a, w))
  const val = (a: unknown, w: string) => normalizeAddress(str(a, w), VALOPER_PREFIX)
  const out: StakingGenesis = {
    params: parseParams(obj(g.params, 'params')),
    lastTotalPower: int(g.last_total_power ?? '0', 'last_total_power'),
    lastValidatorPowers: arr(g.last_validator_powers, 'last_validator_powers').map((x, i) => {
      const j = obj(x, `last_validator_powers[${i}]`)
      return { address: val(j.address, `last_validator_powers[${i}].address`), power: int(j.power, 'power') }
    }),
    validators: arr(g.validators, 'validators').map((x, i) => parseValidator(obj(x, `validators[${i}]`), i)),
    delegations: arr(g.delegations, 'delegations').map((x, i) => {
      const j = obj(x, `delegations[${i}]`)
      return {
        delegator: acc(j.delegator_address, `delegations[${i}].delegator_address`),
        validator: val(j.validator_address, `delegations[${i}].validator_address`),
        shares: dec(j.shares, `delegations[${i}].shares`),
      }
    }),
    unbondingDelegations: arr(g.unbonding_delegations, 'unbonding_delegations').map((x, i) => {
      const j = obj(x, `unbonding_delegations[${i}]`)
      return {
        delegator: acc(j.delegator_address, 'delegator_address'),
        validator: val(j.validator_address, 'validator_address'),
        entries: arr(j.entries, 'entries').map((e) => {
          const x = obj(e, 'entry')
          return {
            creationHeight: int(x.creation_height, 'creation_height'),
            completionTime: parseTime(str(x.completion_time, 'completion_time')),
            initialBalance: int(x.initial_balance, 'initial_balance'),
            balance: int(x.balance, 'balance'),
            unbondingId: int(x.unbonding_id ?? '0', 'unbonding_id'),
          }
        }),
      }
    }),
    redelegations: arr(g.redelegations, 'redelegations').map((x, i) => {
      const j = obj(x, `redelegations[${i}]`)
      return {
        delegator: acc(j.delegator_address, 'delegator_address'),
        src: val(j.validator_src_address, 'validator_src_address'),
        dst: val(j.validator_dst_address, 'validator_dst_address'),
        entries: arr(j.entries, 'entries').map((e) => {
          const x = obj(e, 'entry')
          return {
            creationHeight: int(x.creation_height, 'creation_height'),
            completionTime: parseTime(str(x.completion_time, 'completion_time')),
            initialBalance: int(x.initial_balance, 'initial_balance'),
            sharesDst: dec(x.shares_dst, 'shares_dst'),
            unbondingId: int(x.unbonding_id ?? '0', 'unbonding_id'),
          }
        }),
      }
    }),
    exported: g.exported === true,
  }
  const seen = new Set<string>()
  for (const v of out.validators) {
    if (seen.has(v.operator)) throw new Error(`duplicate validator in genesis: ${v.operator}`)
    seen.add(v.operator)
    if (v.jailed && v.status === BondStatus.BOND_STATUS_BONDED)
      throw new Error(`validator is bonded and jailed in genesis state: ${v.operator}`)
    if (v.delegatorShares === 0n && v.status !== BondStatus.BOND_STATUS_UNBONDING)
      throw new Error(`bonded/unbonded genesis validator cannot have zero delegator shares: ${v.operator}`)
  }
  return out
}

export function stakingGenesisJson(g: StakingGenesis): unknown {
  return {
    params: paramsJson(g.params),
    last_total_power: g.lastTotalPower.toString(),
    last_validator_powers: g.lastValidatorPowers.map((p) => ({
      address: p.address,
      power: p.power.toString(),
    })),
    validators: g.validators.map(validatorJson),
    delegations: g.delegations.map((d) => ({
      delegator_address: d.delegator,
      validator_address: d.validator,
      shares: decToString(d.shares),
    })),
    unbonding_delegations: g.unbondingDelegations.map((u) => ({
      delegator_address: u.delegator,
      validator_address: u.validator,
      entries: u.entries.map((e) => ({
        creation_height: e.creationHeight.toString(),
        completion_time: formatTime(e.completionTime),
        initial_balance: e.initialBalance.toString(),
        balance: e.balance.toString(),
        unbonding_id: e.unbondingId.toString(),
        unbonding_on_hold_ref_count: '0',
      })),
    })),
    redelegations: g.redelegations.map((r) => ({
      delegator_address: r.delegator,
      validator_src_address: r.src,
      validator_dst_address: r.dst,
      entries: r.entries.map((e) => ({
        creation_height: e.creationHeight.toString(),
        completion_time: formatTime(e.completionTime),
        initial_balance: e.initialBalance.toString(),
        shares_dst: decToString(e.sharesDst),
        unbonding_id: e.unbondingId.toString(),
        unbonding_on_hold_ref_count: '0',
      })),
    })),
    exported: g.exported,
  }
}
