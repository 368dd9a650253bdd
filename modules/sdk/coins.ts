// Coins are bigint amounts with validated denoms; a Coins list is sorted by denom with no zero entries,
// the canonical form cosmos-sdk's sdk.Coins keeps.
import { sdkErrors } from './errors.js'

export interface Coin {
  denom: string
  amount: bigint
}

const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/
export const MAX_AMOUNT = (1n << 256n) - 1n

export function validateDenom(denom: string): void {
  if (!DENOM_RE.test(denom)) throw sdkErrors.invalidCoins.wrap(`invalid denom: ${denom}`)
}

/**
 * Parses a decimal amount string (as in the proto Coin), rejecting signs, blanks, leading junk and
 * non-canonical forms such as "01" (code 10, as the SDK refuses them): one amount, one spelling, so the
 * DIRECT bytes and the amino JSON a signer saw cannot disagree.
 */
export function parseAmount(s: string): bigint {
  if (!/^(0|[1-9]\d{0,77})$/.test(s))
    throw sdkErrors.invalidCoins.wrap(`invalid amount: ${JSON.stringify(s)}`)
  const v = BigInt(s)
  if (v > MAX_AMOUNT) throw sdkErrors.invalidCoins.wrap(`amount overflows 256 bits: ${s}`)
  return v
}

export function coin(amount: bigint | number | string, denom: string): Coin {
  return { denom, amount: BigInt(amount) }
}

export function coinToString(c: Coin): string {
  return `${c.amount}${c.denom}`
}

export function coinsToString(cs: Coin[]): string {
  return cs.map(coinToString).join(',')
}

/** Checks a Coins list is canonical: valid denoms, sorted, no duplicates, every amount positive. */
export function validateCoins(cs: Coin[]): void {
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!
    validateDenom(c.denom)
    if (c.amount <= 0n) throw sdkErrors.invalidCoins.wrap(`coin ${coinToString(c)} amount is not positive`)
    if (c.amount > MAX_AMOUNT) throw sdkErrors.invalidCoins.wrap(`coin ${c.denom} amount overflows`)
    if (i > 0 && cs[i - 1]!.denom >= c.denom)
      throw sdkErrors.invalidCoins.wrap(`coins not sorted or duplicated: ${coinsToString(cs)}`)
  }
}

/** Sorts and merges a list into canonical form (drops zeros). */
export function normalizeCoins(cs: Coin[]): Coin[] {
  const sums = new Map<string, bigint>()
  for (const c of cs) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount)
  return [...sums.keys()]
    .sort()
    .map((denom) => ({ denom, amount: sums.get(denom)! }))
    .filter((c) => c.amount !== 0n)
}

export function addCoins(a: Coin[], b: Coin[]): Coin[] {
  return normalizeCoins([...a, ...b])
}

/** a - b; throws insufficient funds when any denom would go negative. */
export function subCoins(a: Coin[], b: Coin[]): Coin[] {
  const out = normalizeCoins([...a, ...b.map((c) => ({ denom: c.denom, amount: -c.amount }))])
  const neg = out.find((c) => c.amount < 0n)
  if (neg) throw sdkErrors.insufficientFunds.wrap(`${coinsToString(a)} is smaller than ${coinsToString(b)}`)
  return out
}

export function amountOf(cs: Coin[], denom: string): bigint {
  return cs.find((c) => c.denom === denom)?.amount ?? 0n
}

/** True when every coin in `b` is covered by `a`. */
export function coinsGte(a: Coin[], b: Coin[]): boolean {
  return b.every((c) => amountOf(a, c.denom) >= c.amount)
}
