// Flag groups shared by the dataasset tx commands and by `asset publish`, and what they build.
import type * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { bool, type FlagSpecs, list, many, type ParsedArgs, str } from './args.js'
import {
  algorithmOf,
  contributorOf,
  deltaNano,
  epsilonMicro,
  mechanismOf,
  ownershipOf,
  purposeOf,
  uint,
} from './parse-dataasset.js'

export const METADATA_FLAGS: FlagSpecs = {
  name: { type: 'string', description: 'dataset name (1-128 chars)', value: '<text>' },
  description: { type: 'string', description: 'description (up to 2048 chars)', value: '<text>' },
  tags: { type: 'string', description: 'comma-separated tags (lower-case, up to 16)', value: '<a,b>' },
  category: { type: 'string', description: 'data category, e.g. health', value: '<text>' },
  'metadata-uri': { type: 'string', description: 'off-chain metadata document', value: '<uri>' },
  'metadata-hash': { type: 'string', description: 'sha256 (hex) of the metadata document', value: '<hex>' },
}

export const COMPUTE_FLAGS: FlagSpecs = {
  mechanisms: {
    type: 'string',
    description: 'tee, mpc, dp, fl, replicated (comma-separated)',
    value: '<list>',
  },
  algorithm: {
    type: 'repeat',
    description: 'allowlisted algorithm (repeatable)',
    value: '<code-hash>:sha256:<hex>[:label]',
  },
  publisher: {
    type: 'repeat',
    description: 'trusted algorithm publisher address (repeatable)',
    value: '<address>',
  },
  'min-executors': { type: 'string', description: 'executors that must agree', default: '1', value: '<n>' },
  'max-output-bytes': { type: 'string', description: 'largest result size', value: '<n>' },
  'min-aggregation-k': { type: 'string', description: 'smallest group an aggregate may cover', value: '<n>' },
}

export const PRIVACY_FLAGS: FlagSpecs = {
  'epsilon-total': { type: 'string', description: 'total ε budget (decimal, 6 places)', value: '<ε>' },
  'epsilon-per-job': { type: 'string', description: 'largest ε one job may use', value: '<ε>' },
  delta: { type: 'string', description: 'δ (decimal, 9 places, below 1)', value: '<δ>' },
}

export const RESIDENCY_FLAGS: FlagSpecs = {
  regions: {
    type: 'string',
    description: 'ISO 3166-1 alpha-2 codes where computation may run',
    value: '<DE,NL>',
  },
  'require-audited-region': {
    type: 'boolean',
    description: 'only executors with an auditor-attested region',
  },
}

export const TERMS_FLAGS: FlagSpecs = {
  purposes: {
    type: 'string',
    description: 'research, commercial, training, inference',
    required: true,
    value: '<list>',
  },
  'commercial-use': { type: 'boolean', description: 'commercial use permitted' },
  derivatives: { type: 'boolean', description: 'derivative works permitted' },
  attribution: { type: 'boolean', description: 'attribution required' },
  'output-ownership': {
    type: 'string',
    description: 'requester or shared',
    default: 'requester',
    value: '<who>',
  },
  'legal-uri': { type: 'string', description: 'legal text location', value: '<uri>' },
  'legal-hash': { type: 'string', description: 'sha256 (hex) of the legal text', value: '<hex>' },
  jurisdictions: { type: 'string', description: 'ISO 3166-1 alpha-2 codes', value: '<DE,FR>' },
}

export function metadataOf(a: ParsedArgs): T.MetadataInput {
  return {
    name: str(a, 'name') ?? '',
    description: str(a, 'description') ?? '',
    tags: list(a, 'tags'),
    category: str(a, 'category') ?? '',
    uri: str(a, 'metadata-uri') ?? '',
    hash: str(a, 'metadata-hash') ?? '',
  }
}

export function computePolicyOf(a: ParsedArgs): T.ComputePolicyInput {
  const maxBytes = uint('max-output-bytes', str(a, 'max-output-bytes'))
  const k = uint('min-aggregation-k', str(a, 'min-aggregation-k'), 2 ** 32 - 1)
  return {
    mechanisms: list(a, 'mechanisms').map(mechanismOf),
    algorithmAllowlist: many(a, 'algorithm').map(algorithmOf),
    trustedPublishers: many(a, 'publisher'),
    minExecutors: uint('min-executors', str(a, 'min-executors'), 2 ** 32 - 1),
    outputPolicy:
      maxBytes !== undefined || k !== undefined
        ? { maxBytes: BigInt(maxBytes ?? 0), minAggregationK: k }
        : undefined,
  }
}

export function privacyPolicyOf(a: ParsedArgs): T.PrivacyPolicyInput | undefined {
  const total = str(a, 'epsilon-total')
  if (total === undefined) return undefined
  const perJob = str(a, 'epsilon-per-job')
  const delta = str(a, 'delta')
  return {
    epsilonTotalMicro: epsilonMicro('epsilon-total', total),
    epsilonPerJobMaxMicro: perJob === undefined ? undefined : epsilonMicro('epsilon-per-job', perJob),
    deltaNano: delta === undefined ? undefined : deltaNano('delta', delta),
  }
}

export function residencyPolicyOf(a: ParsedArgs): T.ResidencyPolicyInput {
  return { allowedRegions: list(a, 'regions'), requireAuditedRegion: bool(a, 'require-audited-region') }
}

export function termsOf(a: ParsedArgs): T.LicenseTermsInput {
  return {
    purposes: list(a, 'purposes').map(purposeOf),
    commercialUse: bool(a, 'commercial-use'),
    derivativesAllowed: bool(a, 'derivatives'),
    attributionRequired: bool(a, 'attribution'),
    outputOwnership: ownershipOf(str(a, 'output-ownership') ?? 'requester'),
    legalTextUri: str(a, 'legal-uri') ?? '',
    legalTextHash: str(a, 'legal-hash') ?? '',
    jurisdictions: list(a, 'jurisdictions'),
  }
}

export const contributorsOf = (a: ParsedArgs): T.ContributorInput[] =>
  many(a, 'contributor').map(contributorOf)
