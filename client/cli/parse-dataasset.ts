// Flag values of the dataasset commands: ε and δ as decimals, enum names, contributors and algorithms.
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { UsageError } from './errors.js'

/** A decimal with at most `places` fractional digits as an integer in 10^-places units (exact, no rounding). */
export function fixedPoint(flag: string, value: string, places: number): bigint {
  const m = new RegExp(`^(\\d{1,15})(?:\\.(\\d{1,${places}}))?$`).exec(value)
  if (!m)
    throw new UsageError(
      `--${flag} must be a non-negative decimal with at most ${places} decimals, got ${JSON.stringify(value)}`,
    )
  return BigInt(m[1]!) * 10n ** BigInt(places) + BigInt((m[2] ?? '').padEnd(places, '0') || '0')
}

export const epsilonMicro = (flag: string, v: string): bigint => fixedPoint(flag, v, 6)
export const deltaNano = (flag: string, v: string): bigint => fixedPoint(flag, v, 9)

function enumValue(flag: string, value: string, values: Record<string, number>, prefix: string): number {
  const key = `${prefix}${value.toUpperCase().replaceAll('-', '_')}`
  const n = values[key]
  if (n === undefined || n === 0) {
    const names = Object.keys(values)
      .filter((k) => k.startsWith(prefix) && values[k] !== 0)
      .map((k) => k.slice(prefix.length).toLowerCase().replaceAll('_', '-'))
    throw new UsageError(`--${flag}: unknown value ${JSON.stringify(value)}; one of ${names.join(', ')}`)
  }
  return n
}

const enumMap = (e: object) => e as unknown as Record<string, number>

export const mechanismOf = (v: string): T.Mechanism =>
  enumValue('mechanisms', v, enumMap(T.Mechanism), 'MECHANISM_')
export const purposeOf = (v: string): T.Purpose => enumValue('purposes', v, enumMap(T.Purpose), 'PURPOSE_')
export const stateOf = (v: string): T.AssetState =>
  enumValue('state', v, enumMap(T.AssetState), 'ASSET_STATE_')
export const ownershipOf = (v: string): T.OutputOwnership =>
  enumValue('output-ownership', v, enumMap(T.OutputOwnership), 'OUTPUT_OWNERSHIP_')

/** `<address>:<weight-bps>` */
export function contributorOf(v: string): T.ContributorInput {
  const m = /^([a-z0-9]+1[a-z0-9]+):(\d{1,5})$/.exec(v)
  if (!m) throw new UsageError(`--contributor must be <address>:<weight-bps>, got ${JSON.stringify(v)}`)
  return { address: m[1]!, weightBps: Number(m[2]) }
}

/** `<code-hash>:sha256:<image-hex>[:<label>]` */
export function algorithmOf(v: string): T.AlgorithmInput {
  const m = /^([0-9a-f]{64}):(sha256:[0-9a-f]{64})(?::(.{0,64}))?$/.exec(v)
  if (!m)
    throw new UsageError(
      `--algorithm must be <code-hash>:sha256:<image-hex>[:<label>], got ${JSON.stringify(v)}`,
    )
  return { codeHash: m[1]!, imageDigest: m[2]!, label: m[3] ?? '' }
}

export function uint(flag: string, v: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (v === undefined) return undefined
  if (!/^\d{1,16}$/.test(v) || Number(v) > max)
    throw new UsageError(`--${flag} must be an integer in 0..${max}`)
  return Number(v)
}
