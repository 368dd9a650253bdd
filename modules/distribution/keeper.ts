// DistributionKeeper: F1 fee distribution (cosmos x/distribution). Each validator has periods; a period's
// historical record keeps the cumulative reward per token since the validator started. A delegation records
// the period and stake it started with, so its reward is stake × (ratio now − ratio then), adjusted by the
// validator's slash events in between. Commission and a community-pool tax come off first.

import type { DecCoin as DecCoinProto } from 'cosmjs-types/cosmos/base/v1beta1/coin'
import {
  DelegatorStartingInfo,
  FeePool,
  Params as ParamsProto,
  ValidatorAccumulatedCommission,
  ValidatorCurrentRewards,
  ValidatorHistoricalRewards,
  ValidatorOutstandingRewards,
  ValidatorSlashEvent,
} from 'cosmjs-types/cosmos/distribution/v1beta1/distribution'
import {
  addDecCoins,
  type Coin,
  type Context,
  DEC_ONE,
  type Dec,
  type DecCoins,
  decCoinsEqual,
  decCoinsFromCoins,
  decFromAtomics,
  decFromInt,
  decMulInt,
  decMulTruncate,
  decQuo,
  decToAtomics,
  decToString,
  fromBech32,
  intersectDecCoins,
  isAnyNegative,
  type KVStore,
  mulDecCoins,
  mulDecCoinsTruncate,
  PrefixStore,
  prefixIterator,
  quoDecCoinsTruncate,
  readUint64BE,
  subDecCoins,
  toBech32,
  truncateDecCoins,
  VALOPER_PREFIX,
} from '../sdk/index.js'
import { distributionErrors } from './errors.js'
import type {
  DistrAccountKeeper,
  DistrBankKeeper,
  DistrStakingKeeper,
  DistrValidator,
} from './expected-keepers.js'
import * as K from './keys.js'
import {
  DEFAULT_DISTRIBUTION_PARAMS,
  type DistributionParams,
  paramsFromProto,
  paramsToProto,
} from './params.js'

export const decCoinsToProto = (a: DecCoins): DecCoinProto[] =>
  a.map((c) => ({ denom: c.denom, amount: decToAtomics(c.amount) }))
export const decCoinsFromProto = (a: DecCoinProto[]): DecCoins =>
  a.map((c) => ({ denom: c.denom, amount: decFromAtomics(c.amount) })).filter((c) => c.amount !== 0n)
export const decCoinsString = (a: DecCoins): string =>
  a.map((c) => `${decToString(c.amount)}${c.denom}`).join(',')
const coinsString = (a: Coin[]): string => a.map((c) => `${c.amount}${c.denom}`).join(',')

export interface StartingInfo {
  previousPeriod: bigint
  stake: Dec
  height: bigint
}

export interface SlashEvent {
  height: bigint
  validatorPeriod: bigint
  fraction: Dec
}

export class DistributionKeeper {
  constructor(
    readonly staking: DistrStakingKeeper,
    readonly bank: DistrBankKeeper,
    readonly accounts: DistrAccountKeeper,
    readonly feeCollectorName: string,
  ) {}

  store(ctx: Context): KVStore {
    return ctx.kvStore(K.STORE_KEY)
  }

  private getProto<T>(ctx: Context, key: Uint8Array, codec: { decode(b: Uint8Array): T }): T | undefined {
    const raw = this.store(ctx).get(key)
    return raw ? codec.decode(raw) : undefined
  }

  private setProto<T>(
    ctx: Context,
    key: Uint8Array,
    codec: { encode(m: T): { finish(): Uint8Array } },
    m: T,
  ): void {
    this.store(ctx).set(key, codec.encode(m).finish())
  }

  // ---- params, fee pool, withdraw addresses ----
  getParams(ctx: Context): DistributionParams {
    const p = this.getProto(ctx, K.PARAMS_KEY, ParamsProto)
    return p ? paramsFromProto(p) : DEFAULT_DISTRIBUTION_PARAMS
  }

  setParams(ctx: Context, p: DistributionParams): void {
    this.setProto(ctx, K.PARAMS_KEY, ParamsProto, paramsToProto(p))
  }

  getCommunityPool(ctx: Context): DecCoins {
    return decCoinsFromProto(this.getProto(ctx, K.FEE_POOL_KEY, FeePool)?.communityPool ?? [])
  }

  setCommunityPool(ctx: Context, pool: DecCoins): void {
    this.setProto(ctx, K.FEE_POOL_KEY, FeePool, { communityPool: decCoinsToProto(pool) })
  }

  addToCommunityPool(ctx: Context, amount: DecCoins): void {
    if (amount.length > 0) this.setCommunityPool(ctx, addDecCoins(this.getCommunityPool(ctx), amount))
  }

  /** Pays coins held by `fromModule` into the community pool (e.g. unclaimed slashed bonds). */
  fundCommunityPoolFromModule(ctx: Context, fromModule: string, amount: Coin[]): void {
    this.bank.sendCoinsFromModuleToModule(ctx, fromModule, K.MODULE_NAME, amount)
    this.addToCommunityPool(ctx, decCoinsFromCoins(amount))
  }

  /**
   * Pays `amount` from the community pool to `recipient` (cosmos `DistributeFromFeePool`). The pool is not an
   * account: its coins sit in the distribution module account, so the pool is reduced here before the send.
   */
  distributeFromFeePool(ctx: Context, amount: Coin[], recipient: string): void {
    const pool = this.getCommunityPool(ctx)
    let rest: DecCoins
    try {
      rest = subDecCoins(pool, decCoinsFromCoins(amount))
    } catch {
      throw distributionErrors.badDistribution.wrap('')
    }
    this.setCommunityPool(ctx, rest)
    this.bank.sendCoinsFromModuleToAccount(ctx, K.MODULE_NAME, recipient, amount)
  }

  getWithdrawAddr(ctx: Context, del: string): string {
    const raw = this.store(ctx).get(K.withdrawAddrKey(del))
    return raw ? toBech32(raw) : del
  }

  setWithdrawAddr(ctx: Context, del: string, withdraw: string): void {
    if (withdraw === del) this.store(ctx).delete(K.withdrawAddrKey(del))
    else this.store(ctx).set(K.withdrawAddrKey(del), fromBech32(withdraw))
  }

  // ---- per-validator records ----
  getOutstanding(ctx: Context, val: string): DecCoins {
    return decCoinsFromProto(
      this.getProto(ctx, K.outstandingKey(val), ValidatorOutstandingRewards)?.rewards ?? [],
    )
  }

  setOutstanding(ctx: Context, val: string, rewards: DecCoins): void {
    this.setProto(ctx, K.outstandingKey(val), ValidatorOutstandingRewards, {
      rewards: decCoinsToProto(rewards),
    })
  }

  getCommission(ctx: Context, val: string): DecCoins {
    return decCoinsFromProto(
      this.getProto(ctx, K.commissionKey(val), ValidatorAccumulatedCommission)?.commission ?? [],
    )
  }

  setCommission(ctx: Context, val: string, c: DecCoins): void {
    this.setProto(ctx, K.commissionKey(val), ValidatorAccumulatedCommission, {
      commission: decCoinsToProto(c),
    })
  }

  getCurrent(ctx: Context, val: string): { rewards: DecCoins; period: bigint } {
    const p = this.getProto(ctx, K.currentKey(val), ValidatorCurrentRewards)
    return { rewards: decCoinsFromProto(p?.rewards ?? []), period: p?.period ?? 0n }
  }

  setCurrent(ctx: Context, val: string, c: { rewards: DecCoins; period: bigint }): void {
    this.setProto(ctx, K.currentKey(val), ValidatorCurrentRewards, {
      rewards: decCoinsToProto(c.rewards),
      period: c.period,
    })
  }

  getHistorical(ctx: Context, val: string, period: bigint): { ratio: DecCoins; referenceCount: number } {
    const p = this.getProto(ctx, K.historicalKey(val, period), ValidatorHistoricalRewards)
    if (!p) throw new Error(`no historical rewards for ${val} period ${period}`)
    return { ratio: decCoinsFromProto(p.cumulativeRewardRatio), referenceCount: p.referenceCount }
  }

  setHistorical(
    ctx: Context,
    val: string,
    period: bigint,
    h: { ratio: DecCoins; referenceCount: number },
  ): void {
    this.setProto(ctx, K.historicalKey(val, period), ValidatorHistoricalRewards, {
      cumulativeRewardRatio: decCoinsToProto(h.ratio),
      referenceCount: h.referenceCount,
    })
  }

  incrementReferenceCount(ctx: Context, val: string, period: bigint): void {
    const h = this.getHistorical(ctx, val, period)
    if (h.referenceCount > 2) throw new Error('reference count should never exceed 2')
    this.setHistorical(ctx, val, period, { ...h, referenceCount: h.referenceCount + 1 })
  }

  decrementReferenceCount(ctx: Context, val: string, period: bigint): void {
    const h = this.getHistorical(ctx, val, period)
    if (h.referenceCount === 0) throw new Error('cannot set negative reference count')
    if (h.referenceCount === 1) this.store(ctx).delete(K.historicalKey(val, period))
    else this.setHistorical(ctx, val, period, { ...h, referenceCount: h.referenceCount - 1 })
  }

  getStartingInfo(ctx: Context, val: string, del: string): StartingInfo | undefined {
    const p = this.getProto(ctx, K.startingInfoKey(val, del), DelegatorStartingInfo)
    return p
      ? { previousPeriod: p.previousPeriod, stake: decFromAtomics(p.stake), height: p.height }
      : undefined
  }

  setStartingInfo(ctx: Context, val: string, del: string, s: StartingInfo): void {
    this.setProto(ctx, K.startingInfoKey(val, del), DelegatorStartingInfo, {
      previousPeriod: s.previousPeriod,
      stake: decToAtomics(s.stake),
      height: s.height,
    })
  }

  setSlashEvent(ctx: Context, val: string, e: SlashEvent): void {
    this.setProto(ctx, K.slashEventKey(val, e.height, e.validatorPeriod), ValidatorSlashEvent, {
      validatorPeriod: e.validatorPeriod,
      fraction: decToAtomics(e.fraction),
    })
  }

  /** Slash events of `val` at heights in [from, to], in key order. */
  slashEventsBetween(ctx: Context, val: string, from: bigint, to: bigint): SlashEvent[] {
    const out: SlashEvent[] = []
    const prefix = K.slashEventsPrefix(val)
    for (const { key, value } of this.store(ctx).iterator(
      K.slashEventHeightPrefix(val, from),
      K.slashEventHeightPrefix(val, to + 1n),
    )) {
      const e = ValidatorSlashEvent.decode(value)
      out.push({
        height: readUint64BE(key, prefix.length),
        validatorPeriod: e.validatorPeriod,
        fraction: decFromAtomics(e.fraction),
      })
    }
    return out
  }

  private deletePrefix(ctx: Context, prefix: Uint8Array): void {
    const s = this.store(ctx)
    for (const { key } of [...prefixIterator(s, prefix)]) s.delete(key)
  }

  // ---- F1 ----
  /** A new validator: period 0 with a zero ratio (referenced once), current period 1. */
  initializeValidator(ctx: Context, val: string): void {
    this.setHistorical(ctx, val, 0n, { ratio: [], referenceCount: 1 })
    this.setCurrent(ctx, val, { rewards: [], period: 1n })
    this.setCommission(ctx, val, [])
    this.setOutstanding(ctx, val, [])
  }

  /** Closes the current period: its rewards per token join the cumulative ratio; returns the closed period. */
  incrementValidatorPeriod(ctx: Context, v: DistrValidator): bigint {
    const cur = this.getCurrent(ctx, v.operator)
    let perToken: DecCoins = []
    if (v.tokens === 0n) {
      // No tokens to divide by: the period's rewards go to the community pool.
      this.addToCommunityPool(ctx, cur.rewards)
      this.setOutstanding(ctx, v.operator, subDecCoins(this.getOutstanding(ctx, v.operator), cur.rewards))
    } else {
      perToken = quoDecCoinsTruncate(cur.rewards, decFromInt(v.tokens))
    }
    const previous = this.getHistorical(ctx, v.operator, cur.period - 1n)
    this.decrementReferenceCount(ctx, v.operator, cur.period - 1n)
    this.setHistorical(ctx, v.operator, cur.period, {
      ratio: addDecCoins(previous.ratio, perToken),
      referenceCount: 1,
    })
    this.setCurrent(ctx, v.operator, { rewards: [], period: cur.period + 1n })
    return cur.period
  }

  initializeDelegation(ctx: Context, val: string, del: string): void {
    const previousPeriod = this.getCurrent(ctx, val).period - 1n
    this.incrementReferenceCount(ctx, val, previousPeriod)
    const v = this.mustValidator(ctx, val)
    const d = this.staking.getDelegation(ctx, del, val)
    if (!d) throw distributionErrors.noDelegationExists.wrap('')
    // TokensFromSharesTruncated: shares × tokens / total shares, cut.
    const stake =
      v.delegatorShares === 0n ? 0n : (decMulInt(d.shares, v.tokens) * DEC_ONE) / v.delegatorShares
    this.setStartingInfo(ctx, val, del, { previousPeriod, stake, height: ctx.height })
  }

  private mustValidator(ctx: Context, val: string): DistrValidator {
    const v = this.staking.getValidator(ctx, val)
    if (!v) throw distributionErrors.noValidatorExists.wrap('')
    return v
  }

  private rewardsBetween(
    ctx: Context,
    val: string,
    start: bigint,
    end: bigint,
    stake: Dec,
    endRatio?: DecCoins,
  ): DecCoins {
    if (start > end) throw new Error('startingPeriod cannot be greater than endingPeriod')
    if (stake < 0n) throw new Error('stake should not be negative')
    const ending = endRatio ?? this.getHistorical(ctx, val, end).ratio
    const diff = subDecCoins(ending, this.getHistorical(ctx, val, start).ratio)
    if (isAnyNegative(diff)) throw new Error('negative rewards should not be possible')
    return mulDecCoinsTruncate(diff, stake)
  }

  /** A delegation's rewards up to `endingPeriod` (cosmos `CalculateDelegationRewards`). */
  calculateDelegationRewards(
    ctx: Context,
    val: string,
    del: string,
    endingPeriod: bigint,
    endRatio?: DecCoins,
  ): DecCoins {
    const start = this.getStartingInfo(ctx, val, del)
    if (!start) throw distributionErrors.emptyDelegationDistInfo.wrap('')
    if (start.height === ctx.height) return []
    let startingPeriod = start.previousPeriod
    let stake = start.stake
    let rewards: DecCoins = []
    if (ctx.height > start.height) {
      for (const e of this.slashEventsBetween(ctx, val, start.height, ctx.height)) {
        if (e.validatorPeriod > startingPeriod) {
          rewards = addDecCoins(
            rewards,
            this.rewardsBetween(ctx, val, startingPeriod, e.validatorPeriod, stake),
          )
          stake = decMulTruncate(stake, DEC_ONE - e.fraction)
          startingPeriod = e.validatorPeriod
        }
      }
    }
    const v = this.mustValidator(ctx, val)
    const d = this.staking.getDelegation(ctx, del, val)
    const currentStake =
      d && v.delegatorShares > 0n ? decQuo(decMulInt(d.shares, v.tokens), v.delegatorShares) : 0n
    if (stake > currentStake) {
      // Slashes round in the validator's favour; allow the last digits to differ, as the SDK does.
      if (stake <= currentStake + 3n) stake = currentStake
      else
        throw new Error(
          `calculated final stake for delegator ${del} greater than current stake: ${stake} > ${currentStake}`,
        )
    }
    return addDecCoins(rewards, this.rewardsBetween(ctx, val, startingPeriod, endingPeriod, stake, endRatio))
  }

  /** Rewards a delegation could withdraw now, computed without writing (queries run on read-only state). */
  pendingDelegationRewards(ctx: Context, val: string, del: string): DecCoins {
    const v = this.mustValidator(ctx, val)
    const cur = this.getCurrent(ctx, val)
    const previous = this.getHistorical(ctx, val, cur.period - 1n).ratio
    const perToken = v.tokens === 0n ? [] : quoDecCoinsTruncate(cur.rewards, decFromInt(v.tokens))
    return this.calculateDelegationRewards(ctx, val, del, cur.period, addDecCoins(previous, perToken))
  }

  /** Pays a delegation's rewards to its withdraw address; the caller re-initializes the delegation. */
  withdrawDelegationRewards(ctx: Context, val: string, del: string): Coin[] {
    const v = this.mustValidator(ctx, val)
    if (!this.getStartingInfo(ctx, val, del)) throw distributionErrors.emptyDelegationDistInfo.wrap('')
    const endingPeriod = this.incrementValidatorPeriod(ctx, v)
    const raw = this.calculateDelegationRewards(ctx, val, del, endingPeriod)
    const outstanding = this.getOutstanding(ctx, val)
    // Rounding may leave the last digits above what is outstanding; never pay more than that.
    const rewards = decCoinsEqual(raw, intersectDecCoins(raw, outstanding))
      ? raw
      : intersectDecCoins(raw, outstanding)
    const { coins, change } = truncateDecCoins(rewards)
    if (coins.length > 0)
      this.bank.sendCoinsFromModuleToAccount(ctx, K.MODULE_NAME, this.getWithdrawAddr(ctx, del), coins)
    this.setOutstanding(ctx, val, subDecCoins(outstanding, rewards))
    this.addToCommunityPool(ctx, change)
    const start = this.getStartingInfo(ctx, val, del)!
    this.decrementReferenceCount(ctx, val, start.previousPeriod)
    this.store(ctx).delete(K.startingInfoKey(val, del))
    ctx.events.emit('withdraw_rewards', [
      ['amount', coins.length > 0 ? coinsString(coins) : '0udatum'],
      ['validator', val],
      ['delegator', del],
    ])
    return coins
  }

  withdrawValidatorCommission(ctx: Context, val: string): Coin[] {
    const accumulated = this.getCommission(ctx, val)
    if (accumulated.length === 0) throw distributionErrors.noValidatorCommission.wrap('')
    const { coins, change } = truncateDecCoins(accumulated)
    this.setCommission(ctx, val, change)
    this.setOutstanding(ctx, val, subDecCoins(this.getOutstanding(ctx, val), decCoinsFromCoins(coins)))
    if (coins.length > 0) {
      const operator = toBech32(fromBech32(val, VALOPER_PREFIX))
      this.bank.sendCoinsFromModuleToAccount(ctx, K.MODULE_NAME, this.getWithdrawAddr(ctx, operator), coins)
    }
    ctx.events.emit('withdraw_commission', [['amount', coinsString(coins)]])
    return coins
  }

  /** Splits a validator's share of the block's fees into commission and delegator rewards. */
  allocateTokensToValidator(ctx: Context, v: DistrValidator, tokens: DecCoins): void {
    const commission = mulDecCoins(tokens, v.commission.rate)
    const shared = subDecCoins(tokens, commission)
    ctx.events.emit('commission', [
      ['amount', decCoinsString(commission)],
      ['validator', v.operator],
    ])
    this.setCommission(ctx, v.operator, addDecCoins(this.getCommission(ctx, v.operator), commission))
    const cur = this.getCurrent(ctx, v.operator)
    this.setCurrent(ctx, v.operator, { ...cur, rewards: addDecCoins(cur.rewards, shared) })
    ctx.events.emit('rewards', [
      ['amount', decCoinsString(tokens)],
      ['validator', v.operator],
    ])
    this.setOutstanding(ctx, v.operator, addDecCoins(this.getOutstanding(ctx, v.operator), tokens))
  }

  /** cosmos `AllocateTokens`: the fee collector's balance, by power over the last commit, less the tax. */
  allocateTokens(
    ctx: Context,
    totalPreviousPower: bigint,
    votes: readonly { validatorAddress: Uint8Array; power: bigint }[],
  ): void {
    const feeCollector = this.accounts.getModuleAddress(this.feeCollectorName)
    if (!feeCollector) throw new Error(`module account ${this.feeCollectorName} is not registered`)
    const collectedInt = this.bank.getAllBalances(ctx, feeCollector)
    const collected = decCoinsFromCoins(collectedInt)
    if (collectedInt.length > 0)
      this.bank.sendCoinsFromModuleToModule(ctx, this.feeCollectorName, K.MODULE_NAME, collectedInt)
    if (totalPreviousPower === 0n) {
      this.addToCommunityPool(ctx, collected)
      return
    }
    let remaining = collected
    const feeMultiplier = mulDecCoinsTruncate(collected, DEC_ONE - this.getParams(ctx).communityTax)
    for (const vote of votes) {
      const v = this.staking.getValidatorByConsAddr(ctx, vote.validatorAddress)
      if (!v) continue
      const fraction = (decFromInt(vote.power) * DEC_ONE) / decFromInt(totalPreviousPower)
      const reward = mulDecCoinsTruncate(feeMultiplier, fraction)
      this.allocateTokensToValidator(ctx, v, reward)
      remaining = subDecCoins(remaining, reward)
    }
    this.addToCommunityPool(ctx, remaining)
  }

  /** A removed validator: commission to its operator, the rest of its outstanding to the community pool. */
  afterValidatorRemoved(ctx: Context, val: string): void {
    let outstanding = this.getOutstanding(ctx, val)
    const commission = this.getCommission(ctx, val)
    if (commission.length > 0) {
      outstanding = subDecCoins(outstanding, commission)
      const { coins, change } = truncateDecCoins(commission)
      this.addToCommunityPool(ctx, change)
      if (coins.length > 0) {
        const operator = toBech32(fromBech32(val, VALOPER_PREFIX))
        this.bank.sendCoinsFromModuleToAccount(ctx, K.MODULE_NAME, this.getWithdrawAddr(ctx, operator), coins)
      }
    }
    this.addToCommunityPool(ctx, outstanding)
    const s = this.store(ctx)
    s.delete(K.outstandingKey(val))
    s.delete(K.commissionKey(val))
    s.delete(K.currentKey(val))
    this.deletePrefix(ctx, K.slashEventsPrefix(val))
    this.deletePrefix(ctx, K.historicalPrefix(val))
  }

  /** Records a slash: closes the period and keeps the fraction for the delegations that span it. */
  beforeValidatorSlashed(ctx: Context, val: string, fraction: Dec): void {
    if (fraction > DEC_ONE || fraction < 0n)
      throw new Error(`fraction must be >=0 and <=1, current fraction: ${fraction}`)
    const v = this.mustValidator(ctx, val)
    const newPeriod = this.incrementValidatorPeriod(ctx, v)
    this.incrementReferenceCount(ctx, val, newPeriod)
    this.setSlashEvent(ctx, val, { height: ctx.height, validatorPeriod: newPeriod, fraction })
  }

  /** Every validator with distribution records (outstanding rewards), by operator bytes. */
  *validatorsWithRecords(ctx: Context): Generator<string> {
    for (const { key } of new PrefixStore(this.store(ctx), K.OUTSTANDING_PREFIX).iterator())
      yield toBech32(key.subarray(1, 1 + key[0]!), VALOPER_PREFIX)
  }
}
