// Privacy-budget arithmetic in integer micro-ε. Pure functions over one version's account:
// spent + reserved never exceeds total, spent never decreases, the total only goes down,
// and fractional amounts are rounded up (a consumer can never spend less than it used).
import { dataAssetErrors as E } from './errors.js'
import { LIMITS } from './limits.js'

export interface BudgetAmounts {
  totalMicro: bigint
  reservedMicro: bigint
  spentMicro: bigint
}

export const MICRO_PER_EPSILON = 1_000_000n

export function remainingMicro(b: BudgetAmounts): bigint {
  return b.totalMicro - b.reservedMicro - b.spentMicro
}

function checkAmount(what: string, amount: bigint, allowZero = false): void {
  if (amount < 0n || (!allowZero && amount === 0n) || amount > LIMITS.epsilonMaxMicro)
    throw E.invalidEpsilon.wrap(
      `${what} ${amount} micro-ε is not in ${allowZero ? 0 : 1}..${LIMITS.epsilonMaxMicro}`,
    )
}

/**
 * Converts an ε amount expressed in `unitsPerEpsilon` fixed-point units (e.g. 10^9 for nano-ε, or the
 * denominator of a DP accountant's rational) to micro-ε, rounding up.
 */
export function microEpsilonCeil(amount: bigint, unitsPerEpsilon: bigint): bigint {
  if (unitsPerEpsilon <= 0n) throw E.invalidEpsilon.wrap('unitsPerEpsilon must be positive')
  if (amount < 0n) throw E.invalidEpsilon.wrap(`negative epsilon amount ${amount}`)
  const scaled = amount * MICRO_PER_EPSILON
  return (scaled + unitsPerEpsilon - 1n) / unitsPerEpsilon
}

export function reserve(b: BudgetAmounts, amountMicro: bigint): BudgetAmounts {
  checkAmount('reservation', amountMicro)
  const left = remainingMicro(b)
  if (amountMicro > left)
    throw E.insufficientPrivacyBudget.wrap(`reserving ${amountMicro} micro-ε but only ${left} remain`)
  return { ...b, reservedMicro: b.reservedMicro + amountMicro }
}

export function release(b: BudgetAmounts, amountMicro: bigint): BudgetAmounts {
  checkAmount('release', amountMicro)
  if (amountMicro > b.reservedMicro)
    throw E.invalidEpsilon.wrap(`releasing ${amountMicro} micro-ε but only ${b.reservedMicro} are reserved`)
  return { ...b, reservedMicro: b.reservedMicro - amountMicro }
}

/** Settles a reservation: `actualMicro` (≤ reserved) becomes spent, the rest of the reservation is released. */
export function spend(b: BudgetAmounts, reservedMicro: bigint, actualMicro: bigint): BudgetAmounts {
  checkAmount('reservation', reservedMicro)
  checkAmount('spend', actualMicro, true)
  if (reservedMicro > b.reservedMicro)
    throw E.invalidEpsilon.wrap(`settling ${reservedMicro} micro-ε but only ${b.reservedMicro} are reserved`)
  if (actualMicro > reservedMicro)
    throw E.invalidEpsilon.wrap(`spending ${actualMicro} micro-ε exceeds its reservation of ${reservedMicro}`)
  return { ...b, reservedMicro: b.reservedMicro - reservedMicro, spentMicro: b.spentMicro + actualMicro }
}

/** Lowers the total; never raises it and never below what is already spent or reserved. */
export function lowerTotal(b: BudgetAmounts, newTotalMicro: bigint): BudgetAmounts {
  checkAmount('total', newTotalMicro, true)
  if (newTotalMicro > b.totalMicro)
    throw E.privacyBudgetIncrease.wrap(`epsilon total ${newTotalMicro} is above the current ${b.totalMicro}`)
  const committed = b.spentMicro + b.reservedMicro
  if (newTotalMicro < committed)
    throw E.privacyBudgetBelowCommitted.wrap(
      `epsilon total ${newTotalMicro} is below spent ${b.spentMicro} plus reserved ${b.reservedMicro}`,
    )
  return { ...b, totalMicro: newTotalMicro }
}

/** The account invariant: no negatives and spent + reserved ≤ total. Returns a description when broken. */
export function budgetProblem(b: BudgetAmounts): string | undefined {
  if (b.totalMicro < 0n || b.reservedMicro < 0n || b.spentMicro < 0n) return 'negative amount'
  if (b.spentMicro + b.reservedMicro > b.totalMicro)
    return `spent ${b.spentMicro} + reserved ${b.reservedMicro} exceeds total ${b.totalMicro}`
  return undefined
}
