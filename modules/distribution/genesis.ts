// x/distribution genesis in the SDK's JSON shape: params, community pool, withdraw addresses and every F1
// record, so an exported chain resumes with rewards intact. Import checks the module account holds exactly
// the outstanding rewards plus the community pool (whole coins), as the SDK does.
import {
  addDecCoins,
  type Context,
  type DecCoins,
  decFromString,
  decToString,
  normalizeAddress,
  prefixIterator,
  readUint64BE,
  toBech32,
  truncateDecCoins,
  VALOPER_PREFIX,
} from '../sdk/index.js'
import type { DistributionKeeper } from './keeper.js'
import * as K from './keys.js'
import { DEFAULT_DISTRIBUTION_PARAMS, type DistributionParams, validateDistributionParams } from './params.js'

type Json = Record<string, unknown>
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : [])
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {})
const big = (v: unknown): bigint => BigInt(String(v ?? '0'))
const acc = (v: unknown) => normalizeAddress(String(v))
const val = (v: unknown) => normalizeAddress(String(v), VALOPER_PREFIX)
const decCoins = (v: unknown): DecCoins =>
  addDecCoins(
    [],
    list(v).map((c) => ({ denom: String(c.denom), amount: decFromString(String(c.amount)) })),
  )
const decCoinsJson = (a: DecCoins) => a.map((c) => ({ denom: c.denom, amount: decToString(c.amount) }))

export interface DistributionGenesis {
  params: DistributionParams
  communityPool: DecCoins
  withdrawInfos: { delegator: string; withdraw: string }[]
  outstanding: { validator: string; rewards: DecCoins }[]
  commissions: { validator: string; commission: DecCoins }[]
  historical: { validator: string; period: bigint; ratio: DecCoins; referenceCount: number }[]
  current: { validator: string; rewards: DecCoins; period: bigint }[]
  startingInfos: {
    delegator: string
    validator: string
    previousPeriod: bigint
    stake: bigint
    height: bigint
  }[]
  slashEvents: { validator: string; height: bigint; period: bigint; fraction: bigint }[]
}

export function parseDistributionGenesis(raw: unknown): DistributionGenesis {
  const g = obj(raw)
  const p = obj(g.params)
  const params: DistributionParams = {
    communityTax: decFromString(String(p.community_tax ?? '0.02')),
    baseProposerReward: decFromString(String(p.base_proposer_reward ?? '0')),
    bonusProposerReward: decFromString(String(p.bonus_proposer_reward ?? '0')),
    withdrawAddrEnabled: p.withdraw_addr_enabled !== false,
  }
  validateDistributionParams(params)
  return {
    params,
    communityPool: decCoins(obj(g.fee_pool).community_pool),
    withdrawInfos: list(g.delegator_withdraw_infos).map((w) => ({
      delegator: acc(w.delegator_address),
      withdraw: acc(w.withdraw_address),
    })),
    outstanding: list(g.outstanding_rewards).map((o) => ({
      validator: val(o.validator_address),
      rewards: decCoins(o.outstanding_rewards),
    })),
    commissions: list(g.validator_accumulated_commissions).map((c) => ({
      validator: val(c.validator_address),
      commission: decCoins(obj(c.accumulated).commission),
    })),
    historical: list(g.validator_historical_rewards).map((h) => ({
      validator: val(h.validator_address),
      period: big(h.period),
      ratio: decCoins(obj(h.rewards).cumulative_reward_ratio),
      referenceCount: Number(obj(h.rewards).reference_count ?? 0),
    })),
    current: list(g.validator_current_rewards).map((c) => ({
      validator: val(c.validator_address),
      rewards: decCoins(obj(c.rewards).rewards),
      period: big(obj(c.rewards).period),
    })),
    startingInfos: list(g.delegator_starting_infos).map((s) => ({
      delegator: acc(s.delegator_address),
      validator: val(s.validator_address),
      previousPeriod: big(obj(s.starting_info).previous_period),
      stake: decFromString(String(obj(s.starting_info).stake ?? '0')),
      height: big(obj(s.starting_info).height),
    })),
    slashEvents: list(g.validator_slash_events).map((e) => ({
      validator: val(e.validator_address),
      height: big(e.height),
      period: big(e.period),
      fraction: decFromString(String(obj(e.validator_slash_event).fraction ?? '0')),
    })),
  }
}

export function defaultDistributionGenesisJson(): unknown {
  return {
    params: {
      community_tax: decToString(DEFAULT_DISTRIBUTION_PARAMS.communityTax),
      base_proposer_reward: decToString(0n),
      bonus_proposer_reward: decToString(0n),
      withdraw_addr_enabled: true,
    },
    fee_pool: { community_pool: [] },
    delegator_withdraw_infos: [],
    previous_proposer: '',
    outstanding_rewards: [],
    validator_accumulated_commissions: [],
    validator_historical_rewards: [],
    validator_current_rewards: [],
    delegator_starting_infos: [],
    validator_slash_events: [],
  }
}

export function initDistributionGenesis(k: DistributionKeeper, ctx: Context, g: DistributionGenesis): void {
  k.setParams(ctx, g.params)
  // Staking genesis may already have created records through the hooks; the section adds to them.
  k.setCommunityPool(ctx, addDecCoins(k.getCommunityPool(ctx), g.communityPool))
  for (const w of g.withdrawInfos) k.setWithdrawAddr(ctx, w.delegator, w.withdraw)
  for (const o of g.outstanding) k.setOutstanding(ctx, o.validator, o.rewards)
  for (const c of g.commissions) k.setCommission(ctx, c.validator, c.commission)
  for (const h of g.historical) k.setHistorical(ctx, h.validator, h.period, h)
  for (const c of g.current) k.setCurrent(ctx, c.validator, c)
  for (const s of g.startingInfos) k.setStartingInfo(ctx, s.validator, s.delegator, s)
  for (const e of g.slashEvents)
    k.setSlashEvent(ctx, e.validator, { height: e.height, validatorPeriod: e.period, fraction: e.fraction })
  let holdings = k.getCommunityPool(ctx)
  for (const v of k.validatorsWithRecords(ctx)) holdings = addDecCoins(holdings, k.getOutstanding(ctx, v))
  const expected = truncateDecCoins(holdings).coins
  const moduleAddress = k.accounts.getModuleAddress(K.MODULE_NAME)!
  const balance = k.bank.getAllBalances(ctx, moduleAddress)
  const show = (cs: { denom: string; amount: bigint }[]) => cs.map((c) => `${c.amount}${c.denom}`).join(',')
  if (show(balance) !== show(expected))
    throw new Error(
      `distribution module balance does not match the module holdings: ${show(balance)} <-> ${show(expected)}`,
    )
}

export function exportDistributionGenesis(k: DistributionKeeper, ctx: Context): unknown {
  const p = k.getParams(ctx)
  const s = k.store(ctx)
  const valOf = (key: Uint8Array, at: number) =>
    toBech32(key.subarray(at + 1, at + 1 + key[at]!), VALOPER_PREFIX)
  const accOf = (key: Uint8Array, at: number) => toBech32(key.subarray(at + 1, at + 1 + key[at]!))
  const validators = [...k.validatorsWithRecords(ctx)]
  const historical = [...prefixIterator(s, K.HISTORICAL_PREFIX)].map(({ key }) => {
    const v = valOf(key, 1)
    const period = readUint64BE(key, 2 + key[1]!)
    const h = k.getHistorical(ctx, v, period)
    return {
      validator_address: v,
      period: period.toString(),
      rewards: { cumulative_reward_ratio: decCoinsJson(h.ratio), reference_count: h.referenceCount },
    }
  })
  const starting = [...prefixIterator(s, K.STARTING_INFO_PREFIX)].map(({ key }) => {
    const v = valOf(key, 1)
    const d = accOf(key, 2 + key[1]!)
    const info = k.getStartingInfo(ctx, v, d)!
    return {
      delegator_address: d,
      validator_address: v,
      starting_info: {
        previous_period: info.previousPeriod.toString(),
        stake: decToString(info.stake),
        height: info.height.toString(),
      },
    }
  })
  const slashes = validators.flatMap((v) =>
    k.slashEventsBetween(ctx, v, 0n, (1n << 63n) - 2n).map((e) => ({
      validator_address: v,
      height: e.height.toString(),
      period: e.validatorPeriod.toString(),
      validator_slash_event: {
        validator_period: e.validatorPeriod.toString(),
        fraction: decToString(e.fraction),
      },
    })),
  )
  return {
    params: {
      community_tax: decToString(p.communityTax),
      base_proposer_reward: decToString(p.baseProposerReward),
      bonus_proposer_reward: decToString(p.bonusProposerReward),
      withdraw_addr_enabled: p.withdrawAddrEnabled,
    },
    fee_pool: { community_pool: decCoinsJson(k.getCommunityPool(ctx)) },
    delegator_withdraw_infos: [...prefixIterator(s, K.WITHDRAW_ADDR_PREFIX)].map(({ key, value }) => ({
      delegator_address: accOf(key, 1),
      withdraw_address: toBech32(value),
    })),
    previous_proposer: '',
    outstanding_rewards: validators.map((v) => ({
      validator_address: v,
      outstanding_rewards: decCoinsJson(k.getOutstanding(ctx, v)),
    })),
    validator_accumulated_commissions: validators.map((v) => ({
      validator_address: v,
      accumulated: { commission: decCoinsJson(k.getCommission(ctx, v)) },
    })),
    validator_historical_rewards: historical,
    validator_current_rewards: validators.map((v) => {
      const c = k.getCurrent(ctx, v)
      return {
        validator_address: v,
        rewards: { rewards: decCoinsJson(c.rewards), period: c.period.toString() },
      }
    }),
    delegator_starting_infos: starting,
    validator_slash_events: slashes,
  }
}
