// DecCoins: coins with LegacyDec amounts (reward accounting), sorted by denom with no zero entries, as
// cosmos `sdk.DecCoins`. Amounts are Dec atomics; negative entries exist only transiently (checked by callers).
import type { Coin } from './coins.js'
import { DEC_ONE, type Dec, decFromInt, decMul, decMulTruncate, decQuoTruncate } from './dec.js'

export interface DecCoin {
  denom: string
  amount: Dec
}

export type DecCoins = DecCoin[]

function normalize(m: Map<string, Dec>): DecCoins {
  return [...m.keys()]
    .sort()
    .map((denom) => ({ denom, amount: m.get(denom)! }))
    .filter((c) => c.amount !== 0n)
}

export function decCoinsFromCoins(coins: readonly Coin[]): DecCoins {
  const m = new Map<string, Dec>()
  for (const c of coins) m.set(c.denom, (m.get(c.denom) ?? 0n) + decFromInt(c.amount))
  return normalize(m)
}

export function addDecCoins(a: DecCoins, b: DecCoins): DecCoins {
  const m = new Map<string, Dec>()
  for (const c of [...a, ...b]) m.set(c.denom, (m.get(c.denom) ?? 0n) + c.amount)
  return normalize(m)
}

/** a − b; throws when any denom would go negative (cosmos `DecCoins.Sub` panics). */
export function subDecCoins(a: DecCoins, b: DecCoins): DecCoins {
  const out = addDecCoins(
    a,
    b.map((c) => ({ denom: c.denom, amount: -c.amount })),
  )
  if (out.some((c) => c.amount < 0n)) throw new Error('negative coin amount in DecCoins subtraction')
  return out
}

const mapAmounts = (a: DecCoins, f: (x: Dec) => Dec): DecCoins =>
  normalize(new Map(a.map((c) => [c.denom, f(c.amount)])))

export const mulDecCoins = (a: DecCoins, d: Dec): DecCoins => mapAmounts(a, (x) => decMul(x, d))
export const mulDecCoinsTruncate = (a: DecCoins, d: Dec): DecCoins =>
  mapAmounts(a, (x) => decMulTruncate(x, d))
export const quoDecCoinsTruncate = (a: DecCoins, d: Dec): DecCoins =>
  mapAmounts(a, (x) => decQuoTruncate(x, d))

/** Whole coins and the decimal change left over (cosmos `TruncateDecimal`). */
export function truncateDecCoins(a: DecCoins): { coins: Coin[]; change: DecCoins } {
  const coins: Coin[] = []
  const change: DecCoins = []
  for (const c of a) {
    const whole = c.amount / DEC_ONE
    if (whole > 0n) coins.push({ denom: c.denom, amount: whole })
    const rest = c.amount - whole * DEC_ONE
    if (rest !== 0n) change.push({ denom: c.denom, amount: rest })
  }
  return { coins, change }
}

/** The per-denom minimum of a and b (cosmos `Intersect`). */
export function intersectDecCoins(a: DecCoins, b: DecCoins): DecCoins {
  const bm = new Map(b.map((c) => [c.denom, c.amount]))
  return normalize(
    new Map(a.map((c) => [c.denom, c.amount < (bm.get(c.denom) ?? 0n) ? c.amount : (bm.get(c.denom) ?? 0n)])),
  )
}

export const decCoinsEqual = (a: DecCoins, b: DecCoins): boolean =>
  a.length === b.length && a.every((c, i) => c.denom === b[i]!.denom && c.amount === b[i]!.amount)

export const isAnyNegative = (a: DecCoins): boolean => a.some((c) => c.amount < 0n)
