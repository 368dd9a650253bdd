// Stateless checks of message fields; each failure is a registered computeright error naming the field.

import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { ModelFamily, type OfferingTerms } from '../../proto/gen/datum/computeright/v1/index.js'
import { fromBech32, validateDenom } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import { fromProto, type ProtoCoin } from './money.js'

export const LIMITS = {
  usesPerRight: 1_000_000,
  validitySeconds: 10n * 365n * 86_400n,
  epsilonMaxMicro: 1_000_000_000_000n,
  allowlist: 100,
  viewers: 16,
  outputKeyBytes: 65,
  algorithmParamsBytes: 2048,
  amountMax: 10n ** 30n,
}

export function checkAddress(field: string, a: string): void {
  try {
    fromBech32(a)
  } catch (e) {
    throw E.invalidField.wrap(`${field}: ${(e as Error).message}`)
  }
}

export function checkHex64(field: string, v: string, optional = false): void {
  if (optional && v === '') return
  if (!/^[0-9a-f]{64}$/.test(v)) throw E.invalidField.wrap(`${field} must be 64 lower-case hex characters`)
}

export function checkId(field: string, id: bigint): void {
  if (id <= 0n) throw E.invalidField.wrap(`${field} must be positive`)
}

export function checkCoin(field: string, c: ProtoCoin | undefined, allowZero: boolean): void {
  if (!c) throw E.invalidField.wrap(`${field} is required`)
  try {
    validateDenom(c.denom)
  } catch (e) {
    throw E.invalidField.wrap(`${field}: ${(e as Error).message}`)
  }
  if (!/^[0-9]{1,31}$/.test(c.amount))
    throw E.invalidField.wrap(`${field} amount ${JSON.stringify(c.amount)}`)
  const a = fromProto(c).amount
  if ((!allowZero && a === 0n) || a > LIMITS.amountMax) throw E.invalidField.wrap(`${field} amount ${a}`)
}

export function checkTerms(t: OfferingTerms | undefined): OfferingTerms {
  if (!t) throw E.invalidField.wrap('terms are required')
  checkCoin('terms.price_per_use', t.pricePerUse, false)
  if (t.usesPerRight < 1 || t.usesPerRight > LIMITS.usesPerRight)
    throw E.invalidField.wrap(`terms.uses_per_right ${t.usesPerRight} is not in 1..${LIMITS.usesPerRight}`)
  if (t.validitySeconds < 1n || t.validitySeconds > LIMITS.validitySeconds)
    throw E.invalidField.wrap(
      `terms.validity_seconds ${t.validitySeconds} is not in 1..${LIMITS.validitySeconds}`,
    )
  if (t.epsilonPerUseMicro < 1n || t.epsilonPerUseMicro > LIMITS.epsilonMaxMicro)
    throw E.invalidField.wrap(`terms.epsilon_per_use_micro ${t.epsilonPerUseMicro}`)
  if (t.buyerAllowlist.length > LIMITS.allowlist)
    throw E.invalidField.wrap(`terms.buyer_allowlist has more than ${LIMITS.allowlist} entries`)
  for (const a of t.buyerAllowlist) checkAddress('terms.buyer_allowlist[]', a)
  const families = t.trainFamilies
  if (families.some((f) => ModelFamily[f] === undefined || f === ModelFamily.MODEL_FAMILY_UNSPECIFIED))
    throw E.invalidField.wrap(`terms.train_families ${families.join(',')}`)
  if (new Set(families).size !== families.length) throw E.invalidField.wrap('terms.train_families repeats')
  const tp = t.transferPolicy
  if (tp) {
    if (tp.royaltyBps > 10_000)
      throw E.invalidField.wrap(`terms.transfer_policy.royalty_bps ${tp.royaltyBps}`)
    if (tp.holdSeconds > t.validitySeconds)
      throw E.invalidField.wrap('terms.transfer_policy.hold_seconds exceeds the validity')
  }
  return t
}

/** Params travel in the job so every executor runs the same thing; the hash pins them. */
export function checkAlgorithmParams(a: { params: string; paramsHash: string }): void {
  if (a.params === '') return
  const bytes = new TextEncoder().encode(a.params)
  if (bytes.length > LIMITS.algorithmParamsBytes)
    throw E.invalidField.wrap(`job.algorithm.params is over ${LIMITS.algorithmParamsBytes} bytes`)
  const want = bytesToHex(sha256(bytes))
  if (a.paramsHash !== want)
    throw E.invalidField.wrap(`job.algorithm.params_hash must be sha256(params) = ${want}`)
}
