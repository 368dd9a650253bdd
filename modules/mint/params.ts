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
 * Datum's default mints nothing (inflation 0 and bounds 0), so chains and tests that expect a fixed supply keep
 * it; set the SDK's schedule (`SDK_MINT_PARAMS`, 13 % start) in genesis to pay bonded stake without fees.
 */
export const DEFAULT_MINT_PARAMS: MintParams = {
  mintDenom: 'udatum',
  inflationRateChange: 0n,
  inflationMax: 0n,
  inflationMin: 0n,
  goalBonded: decFromString('0.67'),
  blocksPerYear: 6_311_520n,
}

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
