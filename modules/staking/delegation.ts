// Delegation flows as cosmos x/staking keeper/delegation.go defines them: delegate, unbond, undelegate into
// the unbonding queue, redelegate (no transitive hops), cancel an unbonding, and complete matured entries.
// Coins move between the delegator and the bonded / not-bonded pools so that, at all times, the bonded pool
// holds the bonded validators' tokens and the not-bonded pool holds everything else.

import { type Dec, decTruncateInt } from '../sdk/dec.js'
import { type Context, sdkErrors, type Timestamp } from '../sdk/index.js'
import { stakingErrors } from './errors.js'
import { jailValidator } from './jail.js'
import { operatorAccount, type StakingKeeper } from './keeper.js'
import { BONDED_POOL, NOT_BONDED_POOL } from './keys.js'
import { insertRedelegationQueue, insertUbdQueue } from './queues.js'
import { addDuration, BondStatus, compareTime, type Validator } from './records.js'
import {
  addTokensFromDel,
  invalidExRate,
  removeDelShares,
  sharesFromTokens,
  sharesFromTokensTruncated,
  tokensFromShares,
} from './shares.js'

const isBonded = (v: Validator) => v.status === BondStatus.BOND_STATUS_BONDED

/** Adds tokens and shares, keeping the power index in step. */
export function addValidatorTokensAndShares(
  k: StakingKeeper,
  ctx: Context,
  v: Validator,
  amount: bigint,
): Dec {
  k.deleteValidatorByPowerIndex(ctx, v)
  const issued = addTokensFromDel(v, amount)
  k.setValidator(ctx, v)
  k.setValidatorByPowerIndex(ctx, v)
  return issued
}

export function removeValidatorTokensAndShares(
  k: StakingKeeper,
  ctx: Context,
  v: Validator,
  shares: Dec,
): bigint {
  k.deleteValidatorByPowerIndex(ctx, v)
  const tokens = removeDelShares(v, shares)
  k.setValidator(ctx, v)
  k.setValidatorByPowerIndex(ctx, v)
  return tokens
}

/**
 * Bonds `amount` to `v` for `del`. With `fromAccount` the coins leave the delegator's account; otherwise they
 * already sit in the pool of `tokenSrc` (redelegation, cancelled unbonding) and move pools if the status differs.
 */
export function delegate(
  k: StakingKeeper,
  ctx: Context,
  del: string,
  amount: bigint,
  tokenSrc: BondStatus,
  v: Validator,
  fromAccount: boolean,
): Dec {
  if (invalidExRate(v)) throw stakingErrors.delegatorShareExRateInvalid.wrap('')
  let d = k.getDelegation(ctx, del, v.operator)
  if (d) k.hook('beforeDelegationSharesModified', ctx, del, v.operator)
  else {
    d = { delegator: del, validator: v.operator, shares: 0n }
    k.hook('beforeDelegationCreated', ctx, del, v.operator)
  }
  const denom = k.bondDenom(ctx)
  if (fromAccount) {
    const pool = isBonded(v) ? BONDED_POOL : NOT_BONDED_POOL
    k.bank.sendCoinsFromAccountToModule(ctx, del, pool, [{ denom, amount }])
  } else {
    const srcBonded = tokenSrc === BondStatus.BOND_STATUS_BONDED
    if (srcBonded && !isBonded(v)) k.bondedToNotBonded(ctx, amount)
    else if (!srcBonded && isBonded(v)) k.notBondedToBonded(ctx, amount)
  }
  const issued = addValidatorTokensAndShares(k, ctx, v, amount)
  d.shares += issued
  k.setDelegation(ctx, d)
  k.hook('afterDelegationModified', ctx, del, v.operator)
  return issued
}

/** Shares to remove for `amount` tokens, capped at the delegation (so a full withdrawal always works). */
export function validateUnbondAmount(
  k: StakingKeeper,
  ctx: Context,
  del: string,
  val: string,
  amount: bigint,
): Dec {
  const v = k.mustGetValidator(ctx, val)
  const d = k.getDelegation(ctx, del, val)
  if (!d) throw stakingErrors.noDelegation.wrap('')
  const shares = sharesFromTokens(v, amount)
  const truncated = sharesFromTokensTruncated(v, amount)
  if (truncated > d.shares) throw sdkErrors.invalidRequest.wrap('invalid shares amount')
  return shares > d.shares ? d.shares : shares
}

/** Removes shares from a delegation and the validator; returns the tokens they were worth. */
export function unbond(k: StakingKeeper, ctx: Context, del: string, val: string, shares: Dec): bigint {
  const d = k.getDelegation(ctx, del, val)
  if (!d) throw stakingErrors.noDelegatorForAddress.wrap('')
  k.hook('beforeDelegationSharesModified', ctx, del, val)
  if (d.shares < shares) throw stakingErrors.notEnoughDelegationShares.wrap(`${d.shares} < ${shares}`)
  let v = k.mustGetValidator(ctx, val)
  // An operator that unbonds below its minimum self-delegation is jailed, as the SDK does.
  if (operatorAccount(val) === del && !v.jailed) {
    const left = decTruncateInt(tokensFromShares(v, d.shares - shares))
    if (left < v.minSelfDelegation) {
      jailValidator(k, ctx, v)
      v = k.mustGetValidator(ctx, val)
    }
  }
  d.shares -= shares
  if (d.shares === 0n) k.removeDelegation(ctx, d)
  else {
    k.setDelegation(ctx, d)
    k.hook('afterDelegationModified', ctx, del, val)
  }
  const amount = removeValidatorTokensAndShares(k, ctx, v, shares)
  if (v.delegatorShares === 0n && v.status === BondStatus.BOND_STATUS_UNBONDED) k.removeValidator(ctx, val)
  return amount
}

/** Unbonds into a maturing entry; the tokens wait in the not-bonded pool until `completionTime`. */
export function undelegate(
  k: StakingKeeper,
  ctx: Context,
  del: string,
  val: string,
  shares: Dec,
): { completionTime: Timestamp; amount: bigint } {
  const v = k.mustGetValidator(ctx, val)
  const params = k.getParams(ctx)
  const existing = k.getUbd(ctx, del, val)
  if (existing && existing.entries.length >= params.maxEntries)
    throw stakingErrors.maxUnbondingDelegationEntries.wrap('')
  const amount = unbond(k, ctx, del, val, shares)
  if (isBonded(v)) k.bondedToNotBonded(ctx, amount)
  const completionTime = addDuration(ctx.time, params.unbondingTime)
  const ubd = k.getUbd(ctx, del, val) ?? { delegator: del, validator: val, entries: [] }
  const same = ubd.entries.find(
    (e) => e.creationHeight === ctx.height && compareTime(e.completionTime, completionTime) === 0,
  )
  if (same) {
    same.balance += amount
    same.initialBalance += amount
  } else {
    ubd.entries.push({
      creationHeight: ctx.height,
      completionTime,
      initialBalance: amount,
      balance: amount,
      unbondingId: k.nextUnbondingId(ctx),
    })
  }
  k.setUbd(ctx, ubd)
  insertUbdQueue(k, ctx, ubd, completionTime)
  return { completionTime, amount }
}

/** Pays out every matured entry of (del, val); returns the amount paid. */
export function completeUnbonding(k: StakingKeeper, ctx: Context, del: string, val: string): bigint {
  const ubd = k.getUbd(ctx, del, val)
  if (!ubd) throw stakingErrors.noUnbondingDelegation.wrap('')
  const denom = k.bondDenom(ctx)
  let paid = 0n
  ubd.entries = ubd.entries.filter((e) => {
    if (compareTime(e.completionTime, ctx.time) > 0) return true
    if (e.balance > 0n) {
      k.bank.sendCoinsFromModuleToAccount(ctx, NOT_BONDED_POOL, del, [{ denom, amount: e.balance }])
      paid += e.balance
    }
    return false
  })
  if (ubd.entries.length === 0) k.removeUbd(ctx, ubd)
  else k.setUbd(ctx, ubd)
  return paid
}

/** When a redelegation out of `src` would complete, or `undefined` when it completes now (unbonded src). */
function redelegationCompletion(
  k: StakingKeeper,
  ctx: Context,
  src: Validator,
): { time: Timestamp; height: bigint } | undefined {
  switch (src.status) {
    case BondStatus.BOND_STATUS_UNBONDED:
      return undefined
    case BondStatus.BOND_STATUS_UNBONDING:
      return { time: src.unbondingTime, height: src.unbondingHeight }
    default:
      return { time: addDuration(ctx.time, k.getParams(ctx).unbondingTime), height: ctx.height }
  }
}

export function beginRedelegation(
  k: StakingKeeper,
  ctx: Context,
  del: string,
  srcAddr: string,
  dstAddr: string,
  shares: Dec,
): Timestamp {
  if (srcAddr === dstAddr) throw stakingErrors.selfRedelegation.wrap('')
  const dst = k.getValidator(ctx, dstAddr)
  if (!dst) throw stakingErrors.badRedelegationDst.wrap('')
  const src = k.getValidator(ctx, srcAddr)
  if (!src) throw stakingErrors.badRedelegationDst.wrap('')
  if (k.hasReceivingRedelegation(ctx, del, srcAddr)) throw stakingErrors.transitiveRedelegation.wrap('')
  const existing = k.getRedelegation(ctx, del, srcAddr, dstAddr)
  if (existing && existing.entries.length >= k.getParams(ctx).maxEntries)
    throw stakingErrors.maxRedelegationEntries.wrap('')
  const amount = unbond(k, ctx, del, srcAddr, shares)
  if (amount === 0n) throw stakingErrors.tinyRedelegationAmount.wrap('')
  const dstNow = k.mustGetValidator(ctx, dstAddr)
  const sharesCreated = delegate(k, ctx, del, amount, src.status, dstNow, false)
  const completion = redelegationCompletion(k, ctx, src)
  if (!completion) return ctx.time
  const red = existing ??
    k.getRedelegation(ctx, del, srcAddr, dstAddr) ?? {
      delegator: del,
      src: srcAddr,
      dst: dstAddr,
      entries: [],
    }
  red.entries.push({
    creationHeight: completion.height,
    completionTime: completion.time,
    initialBalance: amount,
    sharesDst: sharesCreated,
    unbondingId: k.nextUnbondingId(ctx),
  })
  k.setRedelegation(ctx, red)
  insertRedelegationQueue(k, ctx, red, completion.time)
  return completion.time
}

/** Drops matured redelegation entries (their tokens already sit with the destination); returns their sum. */
export function completeRedelegation(
  k: StakingKeeper,
  ctx: Context,
  del: string,
  src: string,
  dst: string,
): bigint {
  const red = k.getRedelegation(ctx, del, src, dst)
  if (!red) throw stakingErrors.noRedelegation.wrap('')
  let matured = 0n
  red.entries = red.entries.filter((e) => {
    if (compareTime(e.completionTime, ctx.time) > 0) return true
    matured += e.initialBalance
    return false
  })
  if (red.entries.length === 0) k.removeRedelegation(ctx, red)
  else k.setRedelegation(ctx, red)
  return matured
}

/** Re-delegates `amount` of the unbonding entry created at `creationHeight` back to its validator. */
export function cancelUnbondingDelegation(
  k: StakingKeeper,
  ctx: Context,
  del: string,
  val: string,
  amount: bigint,
  creationHeight: bigint,
): void {
  const v = k.mustGetValidator(ctx, val)
  if (v.jailed) throw stakingErrors.validatorJailed.wrap('')
  const ubd = k.getUbd(ctx, del, val)
  if (!ubd) throw stakingErrors.noUnbondingDelegation.wrap('unbonding delegation not found')
  const idx = ubd.entries.findIndex((e) => e.creationHeight === creationHeight)
  if (idx < 0)
    throw sdkErrors.notFound.wrap(`unbonding delegation entry is not found at block height ${creationHeight}`)
  const entry = ubd.entries[idx]!
  if (entry.balance < amount)
    throw sdkErrors.invalidRequest.wrap('amount is greater than the unbonding delegation entry balance')
  if (compareTime(entry.completionTime, ctx.time) < 0)
    throw sdkErrors.invalidRequest.wrap('unbonding delegation is already processed')
  delegate(k, ctx, del, amount, BondStatus.BOND_STATUS_UNBONDING, v, false)
  if (entry.balance === amount) ubd.entries.splice(idx, 1)
  else {
    entry.balance -= amount
    entry.initialBalance -= amount
  }
  if (ubd.entries.length === 0) k.removeUbd(ctx, ubd)
  else k.setUbd(ctx, ubd)
}
