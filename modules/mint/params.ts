// x/mint params: the type, Datum's default (no inflation) and the SDK's schedule, their validation (genesis and
// MsgUpdateParams) and their `cosmos.mint.v1beta1.Params` form (decimals as 18-digit atomics).
import type { Params as ParamsProto } from 'cosmjs-types/cosmos/mint/v1beta1/mint'
import {
  DEC_ONE,
  type Dec,
  decFromAtomics,
  decFromString,
  decToAtomics,
  validateDenom,
} from '../sdk/index.js'

export interface MintParams {
  mintDenom: string
  inflationRateChange: Dec
  inflationMax: Dec
  inflationMin: Dec
  goalBonded: Dec
  blocksPerYear: bigint
}

/**
 * Datum's blocks a year: the SDK's formula `60 × 60 × 8766 / block seconds` (8766 h = 365.25 days) with
 * Datum's 1 s block interval instead of the SDK's 5 s. The block provision is annual provisions / blocks per
 * year, so this must count the chain's real blocks for the stated annual inflation to hold; the SDK's
 * 6,311,520 on 1 s blocks would mint five times the stated rate.
 */
const BLOCK_SECONDS = 1n
export const DATUM_BLOCKS_PER_YEAR = (60n * 60n * 8766n) / BLOCK_SECONDS

/**
 * Datum's default: the SDK's schedule (13 % start, 7–20 %, 13 % a year toward a 67 % bonded goal) counted in
 * Datum's 1 s blocks, so bonded stake earns without fees. Inflation 0 is allowed: set inflation_rate_change,
 * inflation_min, inflation_max and the minter's inflation to 0 in genesis (or by gov) for a fixed supply.
 */
export const DEFAULT_MINT_PARAMS: MintParams = {
  mintDenom: 'udatum',
  inflationRateChange: decFromString('0.13'),
  inflationMax: decFromString('0.20'),
  inflationMin: decFromString('0.07'),
  goalBonded: decFromString('0.67'),
  blocksPerYear: DATUM_BLOCKS_PER_YEAR,
}

/** The SDK's default minter inflation at genesis (`DefaultInitialMinter`), Datum's too. */
export const DEFAULT_INITIAL_INFLATION = decFromString('0.13')

/** The SDK's own defaults (x/mint `DefaultParams`, 5 s blocks), for comparison and tests. */
export const SDK_MINT_PARAMS: MintParams = {
  mintDenom: 'udatum',
  inflationRateChange: decFromString('0.13'),
  inflationMax: decFromString('0.20'),
  inflationMin: decFromString('0.07'),
  goalBonded: decFromString('0.67'),
  blocksPerYear: 6_311_520n,
}

export function validateMintParams(p: MintParams): void {
  validateDenom(p.mintDenom)
  for (const [n, d] of [
    ['inflation rate change', p.inflationRateChange],
    ['max inflation', p.inflationMax],
    ['min inflation', p.inflationMin],
  ] as const)
    if (d < 0n || d > DEC_ONE) throw new Error(`${n} must be between 0 and 1`)
  if (p.goalBonded <= 0n || p.goalBonded > DEC_ONE)
    throw new Error('goal bonded must be positive and at most 1')
  if (p.inflationMax < p.inflationMin)
    throw new Error('max inflation must be greater than or equal to min inflation')
  if (p.blocksPerYear <= 0n) throw new Error('blocks per year must be positive')
}

export const paramsToProto = (p: MintParams): ParamsProto => ({
  mintDenom: p.mintDenom,
  inflationRateChange: decToAtomics(p.inflationRateChange),
  inflationMax: decToAtomics(p.inflationMax),
  inflationMin: decToAtomics(p.inflationMin),
  goalBonded: decToAtomics(p.goalBonded),
  blocksPerYear: p.blocksPerYear,
})

export const paramsFromProto = (p: ParamsProto): MintParams => ({
  mintDenom: p.mintDenom,
  inflationRateChange: decFromAtomics(p.inflationRateChange),
  inflationMax: decFromAtomics(p.inflationMax),
  inflationMin: decFromAtomics(p.inflationMin),
  goalBonded: decFromAtomics(p.goalBonded),
  blocksPerYear: p.blocksPerYear,
})
