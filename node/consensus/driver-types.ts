// The driver's contracts with the rest of the node: the app side (build, validate, commit blocks), the
// network side (broadcast), and the messages that travel between validators.
import type { Commit } from 'cosmjs-types/tendermint/types/types'
import type { ConsensusError } from './errors.js'
import type { BlockID, Height, Proposal, Round, Timestamp, Vote } from './types.js'
import type { ValidatorSchedule } from './validator-schedule.js'
import type { ValidatorChange, ValidatorSet } from './validator-set.js'
import type { DuplicateVote } from './vote-keeper.js'

/** A signed proposal travels with the full block it names. */
export interface ProposalMessage<B> {
  proposal: Proposal
  block: B
}

export interface ProposeContext {
  height: Height
  round: Round
  proposerAddress: Uint8Array
  /** BFT time for this block: weighted median of `lastCommit`, at least previous time + 1 ms. */
  time: Timestamp
  /** The commit of height − 1 (undefined at the initial height). */
  lastCommit?: Commit
  validators: ValidatorSet
  nextValidators: ValidatorSet
  /** Duplicate votes seen and not yet reported as committed. */
  evidence: DuplicateVote[]
}

export interface ValidateContext {
  height: Height
  round: Round
  proposerAddress: Uint8Array
  /** Validators of height − 1, who signed the block's last commit (undefined at the initial height). */
  lastValidators?: ValidatorSet
  validators: ValidatorSet
  nextValidators: ValidatorSet
  /** Time of block height − 1 (genesis time at the initial height). */
  previousBlockTime: Timestamp
}

/** A decided block with the commit (+2/3 precommits) that decided it. */
export interface DecidedBlock<B> {
  block: B
  commit: Commit
}

export interface CommitOutcome {
  /** End-block validator updates of this height; they take effect at height + 2. */
  validatorUpdates: ValidatorChange[]
}

/** What consensus needs from the node: a block codec plus the ABCI-like proposal and commit calls. */
export interface ConsensusApp<B> {
  /** getValue(): build a block for (height, round). */
  propose(ctx: ProposeContext): Promise<B>
  /** valid(v): header checks plus ProcessProposal. Must be deterministic and must not throw for bad blocks. */
  validate(block: B, ctx: ValidateContext): Promise<boolean>
  /** A decision: store block + commit, execute, persist. Resolves once durable. */
  commit(block: B, commit: Commit, ctx: { height: Height; round: Round }): Promise<CommitOutcome>
  blockId(block: B): BlockID
  blockTime(block: B): Timestamp
  encodeBlock(block: B): Uint8Array
  decodeBlock(bytes: Uint8Array): B
}

/** Outbound gossip. Calls must not block; delivery is best effort (the driver re-broadcasts). */
export interface ConsensusNetwork<B> {
  broadcastProposal(msg: ProposalMessage<B>): void
  broadcastVote(vote: Vote): void
  broadcastEvidence(evidence: DuplicateVote): void
}

/**
 * How an inbound message fared, for gossip validation and peer scoring: `accept` (new and valid,
 * relay it), `ignore` (stale, duplicate or early; do not relay, do not punish), `reject` (invalid; punish).
 */
export type Verdict =
  | { kind: 'accept' }
  | { kind: 'ignore'; reason: string }
  | { kind: 'reject'; error: ConsensusError }

export interface DriverEvents<B> {
  onDecide?(height: Height, round: Round, block: B, commit: Commit): void
  onNewHeight?(schedule: ValidatorSchedule): void
  /** A new duplicate vote; the driver has already sent it through `ConsensusNetwork.broadcastEvidence`. */
  onEvidence?(evidence: DuplicateVote): void
  /** An error that stopped the driver (WAL or commit failure): fail-stop, never continue diverged. */
  onFatal?(error: Error): void
  /** Non-fatal trouble worth a log line (a refused signature, an app callback that threw). */
  onWarn?(message: string, detail?: unknown): void
}
