// x/staking params, stored as `cosmos.staking.v1beta1.Params` under 0x51. Datum bonds `udatum`.
import type { Params as ParamsProto } from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import { DEC_ONE, type Dec, decFromAtomics, decToAtomics } from '../sdk/dec.js'
import { validateDenom } from '../sdk/index.js'

export interface StakingParams {
  unbondingTime: { seconds: bigint; nanos: number }
  maxValidators: number
  maxEntries: number
  historicalEntries: number
  bondDenom: string
  minCommissionRate: Dec
}

/** Consensus power = tokens / 10^6 (cosmos `DefaultPowerReduction`). */
export const POWER_REDUCTION = 1_000_000n

export const DEFAULT_STAKING_PARAMS: StakingParams = {
  unbondingTime: { seconds: 21n * 24n * 3600n, nanos: 0 },
  maxValidators: 100,
  maxEntries: 7,
  historicalEntries: 10_000,
  bondDenom: 'udatum',
  minCommissionRate: 0n,
}

export const paramsToProto = (p: StakingParams): ParamsProto => ({
  unbondingTime: p.unbondingTime,
  maxValidators: p.maxValidators,
  maxEntries: p.maxEntries,
  historicalEntries: p.historicalEntries,
  bondDenom: p.bondDenom,
  minCommissionRate: decToAtomics(p.minCommissionRate),
})

export const paramsFromProto = (p: ParamsProto): StakingParams => ({
  unbondingTime: { seconds: p.unbondingTime.seconds, nanos: p.unbondingTime.nanos },
  maxValidators: p.maxValidators,
  maxEntries: p.maxEntries,
  historicalEntries: p.historicalEntries,
  bondDenom: p.bondDenom,
  minCommissionRate: decFromAtomics(p.minCommissionRate),
})

/** cosmos `Params.Validate`: throws a descriptive Error. */
export function validateStakingParams(p: StakingParams): void {
  if (p.unbondingTime.seconds < 0n || (p.unbondingTime.seconds === 0n && p.unbondingTime.nanos <= 0))
    throw new Error('unbonding time must be positive')
  if (!Number.isInteger(p.maxValidators) || p.maxValidators <= 0)
    throw new Error('max validators must be positive')
  if (!Number.isInteger(p.maxEntries) || p.maxEntries <= 0) throw new Error('max entries must be positive')
  validateDenom(p.bondDenom)
  if (p.minCommissionRate < 0n) throw new Error('minimum commission rate cannot be negative')
  if (p.minCommissionRate > DEC_ONE) throw new Error('minimum commission rate cannot be greater than 100%')
}
