// Licence terms are content-addressed: the id is sha256 of the canonical encoding (id empty, purposes and
// jurisdictions sorted), so the same terms registered twice, in any order, get the same id.
import { sha256 } from '@noble/hashes/sha2.js'
import { LicenseTerms, OutputOwnership, Purpose } from '../../proto/gen/datum/dataasset/v1/index.js'
import { toHex } from '../sdk/index.js'
import { dataAssetErrors as E } from './errors.js'
import { LIMITS } from './limits.js'
import { checkHash, checkRegions, checkString } from './validate.js'

export function checkLicenseTerms(t: LicenseTerms | undefined): LicenseTerms {
  if (!t) throw E.invalidLicenseTerms.wrap('terms are required')
  if (t.id !== '') throw E.invalidLicenseTerms.wrap('id must be empty: it is computed from the terms')
  if (t.purposes.length === 0) throw E.invalidLicenseTerms.wrap('at least one purpose is required')
  const seen = new Set<number>()
  for (const p of t.purposes) {
    if (p === Purpose.PURPOSE_UNSPECIFIED || Purpose[p] === undefined)
      throw E.invalidLicenseTerms.wrap(`unknown purpose ${p}`)
    if (seen.has(p)) throw E.invalidLicenseTerms.wrap(`purpose ${Purpose[p]} listed twice`)
    seen.add(p)
  }
  if (
    t.outputOwnership === OutputOwnership.OUTPUT_OWNERSHIP_UNSPECIFIED ||
    OutputOwnership[t.outputOwnership] === undefined
  )
    throw E.invalidLicenseTerms.wrap('output_ownership must be REQUESTER or SHARED')
  checkString('legal_text_uri', t.legalTextUri, LIMITS.uriLength)
  checkHash('legal_text_hash', t.legalTextHash, true)
  checkRegions('jurisdictions', t.jurisdictions, LIMITS.jurisdictions)
  return t
}

export function canonicalTerms(t: LicenseTerms): LicenseTerms {
  return {
    ...t,
    id: '',
    purposes: [...t.purposes].sort((a, b) => a - b),
    jurisdictions: [...t.jurisdictions].sort(),
  }
}

/** The canonical terms with their id filled in. */
export function withTermsId(t: LicenseTerms): LicenseTerms {
  const canonical = canonicalTerms(t)
  return { ...canonical, id: toHex(sha256(LicenseTerms.encode(canonical))) }
}
