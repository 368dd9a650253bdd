// Whether a declared use fits an asset's licence: the purpose is one the terms list, commercial purposes only
// when commercial use is on, and, when the terms name jurisdictions, the requester has one of them attested.
import { type LicenseTerms, Purpose } from '../../proto/gen/datum/dataasset/v1/index.js'
import { dataAssetErrors as E } from './errors.js'

export function checkLicenceUse(
  terms: LicenseTerms,
  assetId: string,
  purpose: number,
  attestedJurisdictions: readonly string[],
): void {
  const name = Purpose[purpose] ?? String(purpose)
  if (purpose === Purpose.PURPOSE_UNSPECIFIED || Purpose[purpose] === undefined)
    throw E.purposeNotAllowed.wrap(`a job must declare a known purpose (got ${name})`)
  if (!terms.purposes.includes(purpose))
    throw E.purposeNotAllowed.wrap(`${name} on asset ${assetId} (licence ${terms.id})`)
  if (purpose === Purpose.PURPOSE_COMMERCIAL && !terms.commercialUse)
    throw E.commercialUseNotAllowed.wrap(`asset ${assetId} (licence ${terms.id})`)
  if (terms.jurisdictions.length > 0 && !attestedJurisdictions.some((j) => terms.jurisdictions.includes(j)))
    throw E.jurisdictionNotAttested.wrap(
      `asset ${assetId} admits ${terms.jurisdictions.join(',')}; attested: ${attestedJurisdictions.join(',') || '(none)'}`,
    )
}
