// Registered errors of the attestation module (codespace `attestation`); codes are stable once released.
import { registerError } from '../sdk/index.js'

const CODESPACE = 'attestation'

export const attestationErrors = {
  invalidField: registerError(CODESPACE, 2, 'invalid field'),
  executorExists: registerError(CODESPACE, 3, 'executor already registered'),
  executorNotFound: registerError(CODESPACE, 4, 'executor not found'),
  bondTooLow: registerError(CODESPACE, 5, 'bond below the minimum'),
  notAuditor: registerError(CODESPACE, 6, 'signer is not an auditor'),
  executorNotActive: registerError(CODESPACE, 7, 'executor is not active'),
  openJobs: registerError(CODESPACE, 8, 'executor has open jobs'),
  jobNotFound: registerError(CODESPACE, 9, 'job not found'),
  notEligible: registerError(CODESPACE, 10, 'executor is not eligible for this job'),
  alreadyAssigned: registerError(CODESPACE, 11, 'executor already assigned to this job'),
  jobFull: registerError(CODESPACE, 12, 'job has all the executors it takes'),
  notAssigned: registerError(CODESPACE, 13, 'executor is not assigned to this job'),
  lateCommit: registerError(CODESPACE, 14, 'commit phase is over'),
  alreadyCommitted: registerError(CODESPACE, 15, 'executor already committed'),
  revealNotOpen: registerError(CODESPACE, 16, 'reveal phase is not open'),
  lateReveal: registerError(CODESPACE, 17, 'reveal deadline passed'),
  revealMismatch: registerError(CODESPACE, 18, 'reveal does not match the commitment'),
  alreadyRevealed: registerError(CODESPACE, 19, 'executor already revealed'),
  wrongState: registerError(CODESPACE, 20, 'job is not in the required state'),
  windowOpen: registerError(CODESPACE, 21, 'challenge window has not passed'),
  windowClosed: registerError(CODESPACE, 22, 'challenge window has closed'),
  challengeBondTooLow: registerError(CODESPACE, 23, 'challenge bond below the minimum'),
  notArbiter: registerError(CODESPACE, 24, 'signer is not an arbiter'),
  disputeNotFound: registerError(CODESPACE, 25, 'dispute not found'),
  disputeClosed: registerError(CODESPACE, 26, 'dispute already resolved'),
  notExpired: registerError(CODESPACE, 27, 'job deadline has not passed'),
  insufficientBond: registerError(CODESPACE, 28, 'free bond below the job stake'),
  measurementNotAllowed: registerError(CODESPACE, 29, 'measurement not allowlisted for this kind'),
  invalidGenesis: registerError(CODESPACE, 30, 'invalid attestation genesis'),
  epsilonTooHigh: registerError(CODESPACE, 31, 'epsilon spent exceeds the job epsilon'),
  invalidEvidence: registerError(CODESPACE, 32, 'TEE evidence does not bind the job and result'),
  accountAuditNotFound: registerError(CODESPACE, 40, 'no audit of this account by this auditor'),
} as const
