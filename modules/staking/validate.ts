// Checks on staking messages. SDK 0.50 runs them in the message server (staking Msgs have no ValidateBasic),
// so they cost gas and land in the block as failed txs, with the SDK's codes.

import type { Coin as ProtoCoin } from 'cosmjs-types/cosmos/base/v1beta1/coin'
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { DEC_ONE, type Dec, decFromAtomics } from '../sdk/dec.js'
import { normalizeAddress, parseAmount, sdkErrors, VALOPER_PREFIX, validateDenom } from '../sdk/index.js'
import { stakingErrors } from './errors.js'
import { type Description, ED25519_PUBKEY_TYPE_URL } from './records.js'

export const DO_NOT_MODIFY = '[do-not-modify]'
const MAX_LENGTH = { moniker: 70, identity: 3000, website: 140, securityContact: 140, details: 280 } as const

export function valAddress(address: string, what = 'validator'): string {
  try {
    return normalizeAddress(address, VALOPER_PREFIX)
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(`invalid ${what} address: ${(e as Error).message}`)
  }
}

export function accAddress(address: string, what = 'delegator'): string {
  try {
    return normalizeAddress(address)
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(`invalid ${what} address: ${(e as Error).message}`)
  }
}

/** A coin with a positive amount, else sdk 18 with `what` (cosmos `!IsValid() || !IsPositive()`). */
export function positiveAmount(c: ProtoCoin | undefined, what: string): bigint {
  let amount: bigint
  try {
    amount = parseAmount(c?.amount ?? '')
    validateDenom(c?.denom ?? '')
  } catch {
    throw sdkErrors.invalidRequest.wrap(what)
  }
  if (amount <= 0n) throw sdkErrors.invalidRequest.wrap(what)
  return amount
}

export function checkBondDenom(denom: string, bondDenom: string): void {
  if (denom !== bondDenom)
    throw sdkErrors.invalidRequest.wrap(`invalid coin denomination: got ${denom}, expected ${bondDenom}`)
}

/** A Dec field from protobuf; malformed is sdk 18. */
export function decField(atomics: string, what: string): Dec {
  try {
    return decFromAtomics(atomics)
  } catch {
    throw sdkErrors.invalidRequest.wrap(`invalid ${what}`)
  }
}

/** An Int field (min self delegation): a non-negative integer string. */
export function intField(s: string, what: string): bigint {
  if (!/^\d{1,78}$/.test(s)) throw sdkErrors.invalidRequest.wrap(`invalid ${what}`)
  return BigInt(s)
}

/** cosmos `CommissionRates.Validate`. */
export function validateCommissionRates(rate: Dec, maxRate: Dec, maxChangeRate: Dec): void {
  if (maxRate < 0n) throw stakingErrors.commissionNegative.wrap('')
  if (maxRate > DEC_ONE) throw stakingErrors.commissionHuge.wrap('')
  if (rate < 0n) throw stakingErrors.commissionNegative.wrap('')
  if (rate > maxRate) throw stakingErrors.commissionGTMaxRate.wrap('')
  if (maxChangeRate < 0n) throw stakingErrors.commissionChangeRateNegative.wrap('')
  if (maxChangeRate > maxRate) throw stakingErrors.commissionChangeRateGTMaxRate.wrap('')
}

export const isEmptyDescription = (d: Description | undefined): boolean =>
  !d ||
  (d.moniker === '' && d.identity === '' && d.website === '' && d.securityContact === '' && d.details === '')

/** cosmos `Description.EnsureLength`. */
export function ensureDescriptionLength(d: Description): Description {
  const check = (value: string, name: string, max: number) => {
    if (value.length > max)
      throw sdkErrors.invalidRequest.wrap(`invalid ${name} length; got: ${value.length}, max: ${max}`)
  }
  check(d.moniker, 'moniker', MAX_LENGTH.moniker)
  check(d.identity, 'identity', MAX_LENGTH.identity)
  check(d.website, 'website', MAX_LENGTH.website)
  check(d.securityContact, 'security contact', MAX_LENGTH.securityContact)
  check(d.details, 'details', MAX_LENGTH.details)
  return {
    moniker: d.moniker,
    identity: d.identity,
    website: d.website,
    securityContact: d.securityContact,
    details: d.details,
  }
}

/** cosmos `Description.UpdateDescription`: `[do-not-modify]` keeps the current value. */
export function updateDescription(current: Description, edit: Description): Description {
  const pick = (next: string, cur: string) => (next === DO_NOT_MODIFY ? cur : next)
  return ensureDescriptionLength({
    moniker: pick(edit.moniker, current.moniker),
    identity: pick(edit.identity, current.identity),
    website: pick(edit.website, current.website),
    securityContact: pick(edit.securityContact, current.securityContact),
    details: pick(edit.details, current.details),
  })
}

/** The ed25519 key inside a MsgCreateValidator pubkey Any (staking 39 when absent, 6 for another type). */
export function consensusPubKey(any: Any | undefined, allowedTypes: readonly string[]): Uint8Array {
  if (!any) throw stakingErrors.emptyValidatorPubKey.wrap('')
  if (any.typeUrl !== ED25519_PUBKEY_TYPE_URL || !allowedTypes.includes('ed25519'))
    throw stakingErrors.validatorPubKeyTypeNotSupported.wrap(
      `got: ${any.typeUrl}, expected: [${allowedTypes.join(' ')}]`,
    )
  let key: Uint8Array
  try {
    key = Ed25519PubKey.decode(any.value).key
  } catch (e) {
    throw sdkErrors.invalidPubKey.wrap((e as Error).message)
  }
  if (key.length !== 32) throw sdkErrors.invalidPubKey.wrap(`ed25519 key must be 32 bytes, got ${key.length}`)
  return key
}
