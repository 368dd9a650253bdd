// Registered errors of the computeright module (codespace `computeright`); codes are stable once released.
import { registerError } from '../sdk/index.js'

const CODESPACE = 'computeright'

export const computeRightErrors = {
  invalidField: registerError(CODESPACE, 2, 'invalid field'),
  offeringNotFound: registerError(CODESPACE, 3, 'offering not found'),
  rightNotFound: registerError(CODESPACE, 4, 'compute right not found'),
  jobNotFound: registerError(CODESPACE, 5, 'job not found'),
  unauthorized: registerError(CODESPACE, 6, 'signer may not act on this object'),
  offeringNotActive: registerError(CODESPACE, 7, 'offering is not active'),
  maxSupplyReached: registerError(CODESPACE, 8, 'offering max supply reached'),
  buyerCapReached: registerError(CODESPACE, 9, 'per-buyer cap reached'),
  buyerNotAllowed: registerError(CODESPACE, 10, 'buyer not on the offering allowlist'),
  assetNotUsable: registerError(CODESPACE, 11, 'asset is revoked or not accepting orders'),
  rightNotUsable: registerError(CODESPACE, 12, 'compute right is expired, exhausted or not active'),
  epsilonTooHigh: registerError(CODESPACE, 13, 'epsilon above the per-job maximum'),
  notTransferable: registerError(CODESPACE, 14, 'transfer not allowed by the right policy'),
  holdPeriod: registerError(CODESPACE, 15, 'right is still in its hold period'),
  invalidJobState: registerError(CODESPACE, 16, 'job is not in a state that allows this'),
  jobNotExpired: registerError(CODESPACE, 17, 'job final deadline has not passed'),
  alreadySettled: registerError(CODESPACE, 18, 'job already settled'),
  invalidStateTransition: registerError(CODESPACE, 19, 'invalid offering state transition'),
  invalidGenesis: registerError(CODESPACE, 20, 'invalid computeright genesis'),
  invalidSettlement: registerError(CODESPACE, 21, 'invalid settlement'),
  invalidJobPhase: registerError(CODESPACE, 22, 'job phase transition not allowed'),
  invalidTimeline: registerError(CODESPACE, 23, 'a job deadline passes before its next step may happen'),
  jobAttested: registerError(CODESPACE, 24, 'job reached attestation: it is finalized, never expired'),
  assetDataFault: registerError(CODESPACE, 25, 'asset package does not match its content hash'),
  trainingNotAllowed: registerError(CODESPACE, 26, 'right does not allow this training job'),
  trainingEpsilonAboveDeclared: registerError(
    CODESPACE,
    27,
    'epsilon the chain computes for the training exceeds the declared epsilon',
  ),
  invalidAttribution: registerError(CODESPACE, 28, 'invalid training attribution'),
  modelInferenceOnly: registerError(CODESPACE, 29, 'a model asset sells inference only'),
  featureModuleNotApproved: registerError(
    CODESPACE,
    30,
    'feature module not approved (with one declaration) by every input asset',
  ),
} as const
