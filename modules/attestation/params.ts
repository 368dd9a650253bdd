// Default params and their checks. Amounts are in the bond denom; fractions in basis points.
import type { Params } from '../../proto/gen/datum/attestation/v1/index.js'
import { type Coin, fromBech32 } from '../sdk/index.js'
import { attestationErrors as E } from './errors.js'

export const BOND_DENOM = 'udatum'

export const DEFAULT_PARAMS: Params = {
  minExecutorBond: { denom: BOND_DENOM, amount: '1000000' },
  unbondingPeriodSeconds: 7n * 24n * 3600n,
  slashFaultBps: 1000,
  slashInvalidBps: 2000,
  challengerRewardBps: 5000,
  challengeBondMin: { denom: BOND_DENOM, amount: '100000' },
  auditors: [],
  arbiters: [],
  jobStake: '100000',
  trust: 2,
  maxExecutorsPerJob: 5,
  measurements: [],
}

const positive = (field: string, s: string | undefined): bigint => {
  if (s === undefined || !/^[0-9]{1,30}$/.test(s) || BigInt(s) <= 0n)
    throw E.invalidGenesis.wrap(`${field} must be a positive integer`)
  return BigInt(s)
}

export function validateParams(p: Params): void {
  positive('min_executor_bond', p.minExecutorBond?.amount)
  positive('challenge_bond_min', p.challengeBondMin?.amount)
  positive('job_stake', p.jobStake)
  if (p.unbondingPeriodSeconds <= 0n) throw E.invalidGenesis.wrap('unbonding_period_seconds must be positive')
  for (const bps of [p.slashFaultBps, p.slashInvalidBps, p.challengerRewardBps])
    if (bps > 10_000) throw E.invalidGenesis.wrap('basis points above 10000')
  if (p.trust < 1) throw E.invalidGenesis.wrap('trust must be at least 1')
  if (p.maxExecutorsPerJob < 1) throw E.invalidGenesis.wrap('max_executors_per_job must be at least 1')
  for (const a of [...p.auditors, ...p.arbiters]) fromBech32(a)
}

export const bps = (amount: bigint, basisPoints: number): bigint => (amount * BigInt(basisPoints)) / 10_000n

/** A proto Coin (string amount) as the sdk Coin the bank keeper takes. */
export const sdkCoin = (c: { denom: string; amount: string }): Coin => ({
  denom: c.denom,
  amount: BigInt(c.amount),
})
