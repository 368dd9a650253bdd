// x/mint's inflation schedule as pure functions (cosmos x/mint/types/minter.go): inflation moves toward
// `inflation_max` while the bonded ratio is under `goal_bonded` and toward `inflation_min` above it, by at most
// `inflation_rate_change` a year, in steps of one block.
import {
  DEC_ONE,
  type Dec,
  decFromInt,
  decMul,
  decMulInt,
  decQuo,
  decQuoInt,
  decTruncateInt,
} from '../sdk/index.js'
import type { MintParams } from './params.js'

export interface Minter {
  inflation: Dec
  annualProvisions: Dec
}

/** cosmos `BondedRatio`: bonded tokens / supply of the bond denom (truncated), 0 without supply. */
export const bondedRatio = (bonded: bigint, supply: bigint): Dec =>
  supply > 0n ? decFromInt(bonded) / supply : 0n

export function nextInflationRate(m: Minter, p: MintParams, ratio: Dec): Dec {
  const changePerYear = decMul(DEC_ONE - decQuo(ratio, p.goalBonded), p.inflationRateChange)
  let inflation = m.inflation + decQuoInt(changePerYear, p.blocksPerYear)
  if (inflation > p.inflationMax) inflation = p.inflationMax
  if (inflation < p.inflationMin) inflation = p.inflationMin
  return inflation
}

export const nextAnnualProvisions = (m: Minter, supply: bigint): Dec => decMulInt(m.inflation, supply)

/** Whole coins minted this block: annual provisions / blocks per year, truncated. */
export const blockProvision = (m: Minter, p: MintParams): bigint =>
  decTruncateInt(decQuoInt(m.annualProvisions, p.blocksPerYear))
