// Stateless field checks shared by validateBasic; each throws a registered error naming the field.
import { type Attributes, ExecutorKind } from '../../proto/gen/datum/attestation/v1/index.js'
import { fromBech32, sdkErrors, validateCoins } from '../sdk/index.js'
import { HEX64, SALT } from './commitment.js'
import { attestationErrors as E } from './errors.js'
import { sdkCoin } from './params.js'

export const LIMITS = { uri: 512, text: 256, capabilities: 16, measurement: 128 } as const

export function checkAddress(field: string, v: string): void {
  try {
    fromBech32(v)
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(`${field}: ${(e as Error).message}`)
  }
}

export function checkCoin(field: string, c: { denom: string; amount: string } | undefined): void {
  if (!c) throw sdkErrors.invalidCoins.wrap(`${field} is required`)
  if (!/^[0-9]{1,78}$/.test(c.amount)) throw sdkErrors.invalidCoins.wrap(`${field} amount is not an integer`)
  validateCoins([sdkCoin(c)])
  if (BigInt(c.amount) <= 0n) throw sdkErrors.invalidCoins.wrap(`${field} must be positive`)
}

export function checkHex64(field: string, v: string): void {
  if (!HEX64.test(v)) throw E.invalidField.wrap(`${field} must be 64 lower-case hex characters`)
}

export function checkSalt(v: string): void {
  if (!SALT.test(v)) throw E.invalidField.wrap('salt must be 16 to 64 bytes of lower-case hex')
}

export function checkText(field: string, v: string, max: number = LIMITS.text): void {
  if (v.length > max) throw E.invalidField.wrap(`${field} longer than ${max}`)
}

export function checkUri(field: string, v: string, required: boolean): void {
  if (v === '' && !required) return
  checkText(field, v, LIMITS.uri)
  if (!/^(https?|ipfs|ar|s3|file):\/\/\S+$/.test(v)) throw E.invalidField.wrap(`${field} is not a URI`)
}

export function checkKind(kind: ExecutorKind): void {
  if (kind === ExecutorKind.EXECUTOR_KIND_UNSPECIFIED || ExecutorKind[kind] === undefined)
    throw E.invalidField.wrap(`kind ${kind} is not valid`)
}

export function checkMeasurementField(kind: ExecutorKind, v: string): void {
  checkText('measurement', v, LIMITS.measurement)
  if (kind !== ExecutorKind.EXECUTOR_KIND_PLAIN && !/^[0-9a-f]{16,128}$/.test(v))
    throw E.invalidField.wrap('measurement must be 16..128 lower-case hex characters for this kind')
}

/** Regions are ISO 3166 alpha-2 codes (the same form dataasset's residency policy uses). */
export function checkRegionCode(field: string, v: string): void {
  if (!/^[A-Z]{2}$/.test(v)) throw E.invalidField.wrap(`${field} must be an ISO 3166 alpha-2 code`)
}

export function checkAttributes(a: Attributes | undefined): void {
  if (!a) throw E.invalidField.wrap('declared attributes are required')
  checkRegionCode('declared.region', a.region)
  checkRegionCode('declared.country', a.country)
  if (a.capabilities.length > LIMITS.capabilities) throw E.invalidField.wrap('too many capabilities')
  for (const c of a.capabilities) checkText('capability', c, 64)
}

export function checkPubKey(v: string): void {
  if (!/^0[23][0-9a-f]{64}$/.test(v))
    throw E.invalidField.wrap('pub_key must be a compressed secp256k1 key in hex')
}

export function checkJobId(id: bigint): void {
  if (id <= 0n) throw E.invalidField.wrap('job_id must be positive')
}

export const invalid = (detail: string) => E.invalidField.wrap(detail)

/** A training reveal's attribution: empty, or ppm per input summing to 10^6 (never on a fault report). */
export function checkAttribution(ppm: readonly number[], fault: boolean): void {
  if (ppm.length === 0) return
  if (fault) throw E.invalidAttribution.wrap('a fault report carries no attribution')
  if (ppm.length > 64) throw E.invalidAttribution.wrap(`${ppm.length} entries`)
  let sum = 0
  for (const p of ppm) {
    if (p > 1_000_000) throw E.invalidAttribution.wrap(`entry ${p} above 1000000`)
    sum += p
  }
  if (sum !== 1_000_000) throw E.invalidAttribution.wrap(`entries sum to ${sum}, not 1000000`)
}
