// Public API of the consensus engine; see README.md for how the node wires it.
export { blockTimeFromCommit, medianTime, voteTime, weightedMedian } from './block-time.js'
export { type Clock, ManualClock, systemClock, type TimerHandle } from './clock.js'
export {
  BlockIDFlag,
  buildCommit,
  type Commit,
  type CommitSig,
  commitSigToVote,
  verifyCommit,
} from './commit.js'
export { ConsensusWal, type WalRecord } from './consensus-wal.js'
export { ConsensusDriver } from './driver.js'
export type { DriverOptions, DriverStart, DriverStatus } from './driver-options.js'
export type {
  CommitOutcome,
  ConsensusApp,
  ConsensusNetwork,
  DriverEvents,
  ProposalMessage,
  ProposeContext,
  ValidateContext,
  Verdict,
} from './driver-types.js'
export { ConsensusError, type ConsensusErrorCode, isConsensusError } from './errors.js'
export {
  fromDuplicateVoteEvidence,
  toDuplicateVoteEvidence,
  toMisbehavior,
  verifyDuplicateVote,
} from './evidence.js'
export {
  FileLastSignStateStore,
  type LastSignState,
  type LastSignStateStore,
  MemoryLastSignStateStore,
} from './last-sign-state.js'
export { PrivValidator, verifySignature } from './priv-validator.js'
export { proposalSignBytes, voteSignBytes } from './sign-bytes.js'
export { DEFAULT_TIMEOUTS, type TimeoutConfig } from './timeouts.js'
export * from './types.js'
export { advanceSchedule, genesisSchedule, type ValidatorSchedule } from './validator-schedule.js'
export { addressOf, type Validator, type ValidatorChange, ValidatorSet } from './validator-set.js'
export { type DuplicateVote, isQuorum, VoteKeeper } from './vote-keeper.js'
