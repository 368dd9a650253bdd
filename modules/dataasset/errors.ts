// Registered errors of the dataasset module (codespace `dataasset`); codes are stable once released.
import { registerError } from '../sdk/index.js'

const CODESPACE = 'dataasset'

export const dataAssetErrors = {
  assetNotFound: registerError(CODESPACE, 2, 'data asset not found'),
  unauthorized: registerError(CODESPACE, 3, 'signer may not change this asset'),
  invalidContributors: registerError(CODESPACE, 4, 'invalid contributors'),
  invalidField: registerError(CODESPACE, 5, 'invalid field'),
  contentHashTaken: registerError(CODESPACE, 6, 'content hash already registered by a live asset'),
  licenseTermsNotFound: registerError(CODESPACE, 7, 'licence terms not found'),
  invalidLicenseTerms: registerError(CODESPACE, 8, 'invalid licence terms'),
  invalidStateTransition: registerError(CODESPACE, 9, 'invalid asset state transition'),
  privacyBudgetIncrease: registerError(CODESPACE, 10, 'privacy policy may only decrease'),
  privacyBudgetBelowCommitted: registerError(CODESPACE, 11, 'privacy budget below spent plus reserved'),
  insufficientPrivacyBudget: registerError(CODESPACE, 12, 'insufficient privacy budget'),
  invalidEpsilon: registerError(CODESPACE, 13, 'invalid epsilon amount'),
  invalidRegion: registerError(CODESPACE, 14, 'invalid region'),
  notTransferable: registerError(CODESPACE, 15, 'asset is not transferable'),
  liveRightsOrJobs: registerError(CODESPACE, 16, 'asset has live compute rights or jobs'),
  algorithmNotAllowed: registerError(CODESPACE, 17, 'algorithm not on the asset allowlist'),
  algorithmAlreadyAllowed: registerError(CODESPACE, 18, 'algorithm already on the allowlist'),
  regionNotAllowed: registerError(CODESPACE, 19, 'region not allowed by the residency policy'),
  assetRevoked: registerError(CODESPACE, 20, 'asset is revoked'),
  invalidGenesis: registerError(CODESPACE, 21, 'invalid dataasset genesis'),
  budgetNotFound: registerError(CODESPACE, 22, 'privacy budget not found'),
  mechanismNotAllowed: registerError(CODESPACE, 23, 'mechanism not allowed by the compute policy'),
  invalidHash: registerError(CODESPACE, 24, 'invalid hash'),
  limitExceeded: registerError(CODESPACE, 25, 'list longer than allowed'),
  grantNotFound: registerError(CODESPACE, 26, 'executor holds no grant for this asset'),
  executorKeyUnknown: registerError(CODESPACE, 27, 'executor has no registered encryption key'),
  grantKeyMismatch: registerError(CODESPACE, 28, 'grant is not wrapped to the executor registered key'),
  invalidWrappedKey: registerError(CODESPACE, 29, 'wrapped key is not an ECIES envelope of a data key'),
  purposeNotAllowed: registerError(CODESPACE, 30, 'purpose not allowed by the licence'),
  commercialUseNotAllowed: registerError(CODESPACE, 31, 'licence does not allow commercial use'),
  jurisdictionNotAttested: registerError(
    CODESPACE,
    32,
    'requester jurisdiction not attested as one the licence names',
  ),
  contentHashUsed: registerError(
    CODESPACE,
    33,
    'content hash was registered before (no fresh budget for it)',
  ),
} as const
