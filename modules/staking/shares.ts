// The validator's exchange rate between tokens and delegator shares, exactly as cosmos x/staking's
// Validator methods compute it (LegacyDec rounding included), as pure functions on a Validator.

import {
  type Dec,
  decFromInt,
  decMulInt,
  decQuo,
  decQuoInt,
  decQuoTruncate,
  decTruncateInt,
} from '../sdk/dec.js'
import { stakingErrors } from './errors.js'
import type { Validator } from './records.js'

/** Shares with tokens zero but shares outstanding: nobody may delegate (cosmos `InvalidExRate`). */
export const invalidExRate = (v: Validator): boolean => v.tokens === 0n && v.delegatorShares > 0n

/** tokens = shares × tokens / total shares (rounded half to even). */
export const tokensFromShares = (v: Validator, shares: Dec): Dec =>
  decQuo(decMulInt(shares, v.tokens), v.delegatorShares)

export const tokensFromSharesTruncated = (v: Validator, shares: Dec): Dec =>
  decQuoTruncate(decMulInt(shares, v.tokens), v.delegatorShares)

/** shares = total shares × amount / tokens; throws staking 22 when the validator has no tokens. */
export function sharesFromTokens(v: Validator, amount: bigint): Dec {
  if (v.tokens === 0n) throw stakingErrors.insufficientShares.wrap('')
  return decQuoInt(decMulInt(v.delegatorShares, amount), v.tokens)
}

export function sharesFromTokensTruncated(v: Validator, amount: bigint): Dec {
  if (v.tokens === 0n) throw stakingErrors.insufficientShares.wrap('')
  return decQuoTruncate(decMulInt(v.delegatorShares, amount), decFromInt(v.tokens))
}

/** Adds delegated tokens; returns the shares issued (1:1 for a validator without shares). */
export function addTokensFromDel(v: Validator, amount: bigint): Dec {
  const issued = v.delegatorShares === 0n ? decFromInt(amount) : sharesFromTokens(v, amount)
  v.tokens += amount
  v.delegatorShares += issued
  return issued
}

/** Removes shares; returns the tokens they were worth (all remaining tokens when the last shares leave). */
export function removeDelShares(v: Validator, shares: Dec): bigint {
  const remaining = v.delegatorShares - shares
  let issued: bigint
  if (remaining === 0n) {
    issued = v.tokens
    v.tokens = 0n
  } else {
    issued = decTruncateInt(tokensFromShares(v, shares))
    v.tokens -= issued
    if (v.tokens < 0n) throw new Error('attempting to remove more tokens than available in validator')
  }
  v.delegatorShares = remaining
  return issued
}

/** Removes tokens without touching shares (slashing); never below zero. */
export function removeTokens(v: Validator, amount: bigint): void {
  if (amount < 0n) throw new Error('should not happen: trying to remove negative tokens')
  if (v.tokens < amount) throw new Error('should not happen: only have fewer tokens than removing')
  v.tokens -= amount
}
