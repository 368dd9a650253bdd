// Stateless field checks shared by messages and genesis. Each throws a registered dataasset error naming the field.
import type {
  Algorithm,
  ComputePolicy,
  Contributor,
  FeatureBound,
  Metadata,
  PrivacyPolicy,
  ResidencyPolicy,
  Storage,
} from '../../proto/gen/datum/dataasset/v1/index.js'
import { Mechanism } from '../../proto/gen/datum/dataasset/v1/index.js'
import { fromBech32 } from '../sdk/index.js'
import { dataAssetErrors as E } from './errors.js'
import { LIMITS, WEIGHT_TOTAL_BPS } from './limits.js'
import { isRegion } from './regions.js'

const HEX64 = /^[0-9a-f]{64}$/
const IMAGE_DIGEST = /^sha256:[0-9a-f]{64}$/
const TAG = /^[a-z0-9][a-z0-9-]*$/
const SCHEME = /^[a-z0-9][a-z0-9-]*$/

export function checkAddress(field: string, address: string): Uint8Array {
  try {
    return fromBech32(address)
  } catch (e) {
    throw E.invalidField.wrap(`${field}: ${(e as Error).message}`)
  }
}

export function checkHash(field: string, value: string, optional = false): void {
  if (optional && value === '') return
  if (!HEX64.test(value)) throw E.invalidHash.wrap(`${field} must be 64 lower-case hex characters (sha256)`)
}

export function checkString(field: string, value: string, max: number, required = false): void {
  if (required && value.length === 0) throw E.invalidField.wrap(`${field} is empty`)
  if (value.length > max) throw E.invalidField.wrap(`${field} is longer than ${max} characters`)
}

export function checkCount(field: string, list: readonly unknown[], max: number): void {
  if (list.length > max)
    throw E.limitExceeded.wrap(`${field} has ${list.length} entries, at most ${max} allowed`)
}

function checkUnique(field: string, keys: string[]): void {
  const seen = new Set<string>()
  for (const k of keys) {
    if (seen.has(k)) throw E.invalidField.wrap(`${field} contains ${JSON.stringify(k)} twice`)
    seen.add(k)
  }
}

export function checkStorage(storage: Storage | undefined): void {
  if (!storage) throw E.invalidField.wrap('storage is required')
  checkString('storage.uri', storage.uri, LIMITS.uriLength, true)
  checkString('storage.encryption_scheme', storage.encryptionScheme, LIMITS.encryptionSchemeLength, true)
  if (!SCHEME.test(storage.encryptionScheme))
    throw E.invalidField.wrap('storage.encryption_scheme must be lower-case letters, digits and dashes')
}

export function checkMetadata(m: Metadata | undefined): void {
  if (!m) throw E.invalidField.wrap('metadata is required')
  checkString('metadata.name', m.name, LIMITS.nameLength, true)
  checkString('metadata.description', m.description, LIMITS.descriptionLength)
  checkString('metadata.category', m.category, LIMITS.categoryLength)
  checkString('metadata.uri', m.uri, LIMITS.uriLength)
  checkHash('metadata.hash', m.hash, true)
  checkCount('metadata.tags', m.tags, LIMITS.tags)
  for (const t of m.tags) {
    checkString('metadata.tags[]', t, LIMITS.tagLength, true)
    if (!TAG.test(t))
      throw E.invalidField.wrap(`tag ${JSON.stringify(t)} must be lower-case letters, digits and dashes`)
  }
  checkUnique('metadata.tags', m.tags)
}

/** Empty means the owner takes everything; otherwise unique valid addresses whose weights sum to 10000. */
export function checkContributors(list: Contributor[], max: number = LIMITS.contributors): void {
  if (list.length > max)
    throw E.invalidContributors.wrap(`${list.length} contributors, at most ${max} allowed`)
  let sum = 0
  const seen = new Set<string>()
  for (const c of list) {
    const bytes = checkAddress('contributor address', c.address)
    const key = Buffer.from(bytes).toString('hex')
    if (seen.has(key)) throw E.invalidContributors.wrap(`duplicate contributor ${c.address}`)
    seen.add(key)
    if (c.weightBps < 1 || c.weightBps > WEIGHT_TOTAL_BPS)
      throw E.invalidContributors.wrap(`contributor ${c.address} weight ${c.weightBps} is not in 1..10000`)
    sum += c.weightBps
  }
  if (list.length > 0 && sum !== WEIGHT_TOTAL_BPS)
    throw E.invalidContributors.wrap(`weights sum to ${sum} bps, not ${WEIGHT_TOTAL_BPS}`)
}

export function checkAlgorithm(a: Algorithm | undefined): void {
  if (!a) throw E.invalidField.wrap('algorithm is required')
  checkHash('algorithm.code_hash', a.codeHash)
  checkImageDigest(a.imageDigest)
  checkString('algorithm.label', a.label, LIMITS.labelLength)
}

export function checkImageDigest(digest: string): void {
  if (!IMAGE_DIGEST.test(digest))
    throw E.invalidHash.wrap('image digest must be "sha256:" and 64 lower-case hex characters')
}

export const algorithmKey = (a: { codeHash: string; imageDigest: string }): string =>
  `${a.codeHash}@${a.imageDigest}`

export function checkComputePolicy(
  p: ComputePolicy | undefined,
  maxAllowlist: number = LIMITS.allowlistEntries,
): void {
  if (!p) return
  checkCount('compute_policy.mechanisms', p.mechanisms, LIMITS.mechanisms)
  for (const m of p.mechanisms)
    if (m === Mechanism.MECHANISM_UNSPECIFIED || Mechanism[m] === undefined)
      throw E.invalidField.wrap(`compute_policy.mechanisms: unknown mechanism ${m}`)
  checkUnique('compute_policy.mechanisms', p.mechanisms.map(String))
  checkCount('compute_policy.algorithm_allowlist', p.algorithmAllowlist, maxAllowlist)
  for (const a of p.algorithmAllowlist) checkAlgorithm(a)
  checkUnique('compute_policy.algorithm_allowlist', p.algorithmAllowlist.map(algorithmKey))
  checkCount('compute_policy.trusted_publishers', p.trustedPublishers, LIMITS.trustedPublishers)
  for (const a of p.trustedPublishers) checkAddress('compute_policy.trusted_publishers', a)
  checkUnique('compute_policy.trusted_publishers', p.trustedPublishers)
  if (p.minExecutors < 1 || p.minExecutors > LIMITS.minExecutorsMax)
    throw E.invalidField.wrap(
      `compute_policy.min_executors ${p.minExecutors} is not in 1..${LIMITS.minExecutorsMax}`,
    )
}

export function checkPrivacyPolicy(p: PrivacyPolicy | undefined): void {
  if (!p) return
  if (p.epsilonTotalMicro > LIMITS.epsilonMaxMicro)
    throw E.invalidEpsilon.wrap(
      `epsilon_total_micro ${p.epsilonTotalMicro} exceeds ${LIMITS.epsilonMaxMicro}`,
    )
  if (p.epsilonPerJobMaxMicro > p.epsilonTotalMicro)
    throw E.invalidEpsilon.wrap('epsilon_per_job_max_micro exceeds epsilon_total_micro')
  if (p.deltaNano > LIMITS.deltaMaxNano) throw E.invalidEpsilon.wrap('delta_nano must be below 10^9 (δ < 1)')
}

export function checkRegions(field: string, regions: string[], max: number = LIMITS.regions): void {
  checkCount(field, regions, max)
  for (const r of regions)
    if (!isRegion(r))
      throw E.invalidRegion.wrap(`${field}: ${JSON.stringify(r)} is not an ISO 3166-1 alpha-2 code`)
  checkUnique(field, regions)
}

export function checkResidencyPolicy(p: ResidencyPolicy | undefined, maxRegions?: number): void {
  if (!p) return
  checkRegions('residency_policy.allowed_regions', p.allowedRegions, maxRegions)
}

/** A feature module's declaration (issue 16): hash, one bound per feature (lower ≤ upper, within the cap), limits. */
export function checkFeatureModule(m: {
  moduleHash: string
  featureCount: number
  bounds: readonly FeatureBound[]
  fuelPerRow: bigint
  maxMemoryPages: number
}): void {
  checkHash('module_hash', m.moduleHash)
  const bad = (why: string): never => {
    throw E.invalidFeatureModule.wrap(why)
  }
  if (m.featureCount < 1 || m.featureCount > LIMITS.featureCount)
    bad(`feature_count ${m.featureCount} is not in 1..${LIMITS.featureCount}`)
  if (m.bounds.length !== m.featureCount) bad(`${m.bounds.length} bounds for feature_count ${m.featureCount}`)
  const cap = LIMITS.featureBoundMaxMicro
  for (const [i, b] of m.bounds.entries()) {
    if (b.lowerMicro < -cap || b.upperMicro > cap) bad(`bounds[${i}] outside ±${cap} micro`)
    if (b.lowerMicro > b.upperMicro) bad(`bounds[${i}] lower ${b.lowerMicro} > upper ${b.upperMicro}`)
  }
  if (m.fuelPerRow < 1n || m.fuelPerRow > LIMITS.featureFuelPerRowMax)
    bad(`fuel_per_row ${m.fuelPerRow} is not in 1..${LIMITS.featureFuelPerRowMax}`)
  if (m.maxMemoryPages < 1 || m.maxMemoryPages > LIMITS.featureMemoryPagesMax)
    bad(`max_memory_pages ${m.maxMemoryPages} is not in 1..${LIMITS.featureMemoryPagesMax}`)
}
