// Commits: the 2/3+ precommits for a block. Hash and the empty shapes CometBFT uses for height 1 and absent votes.
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp'
import { type BlockID, type Commit, CommitSig } from 'cosmjs-types/tendermint/types/types'
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator'
import { hashFromByteSlices } from './merkle.js'

/** Go's zero `time.Time` as a proto Timestamp: what CometBFT puts in absent commit sigs. */
export const ZERO_TIME: Timestamp = { seconds: -62135596800n, nanos: 0 }

export function emptyBlockId(): BlockID {
  return { hash: new Uint8Array(0), partSetHeader: { total: 0, hash: new Uint8Array(0) } }
}

/** The last commit of the first block: nothing to commit to yet. */
export function emptyCommit(): Commit {
  return { height: 0n, round: 0, blockId: emptyBlockId(), signatures: [] }
}

export function absentCommitSig(): CommitSig {
  return {
    blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_ABSENT,
    validatorAddress: new Uint8Array(0),
    timestamp: ZERO_TIME,
    signature: new Uint8Array(0),
  }
}

/** CometBFT 0.38 `Commit.Hash`: merkle root over the proto encoding of each commit sig. */
export function commitHash(commit: Commit): Uint8Array {
  return hashFromByteSlices(commit.signatures.map((sig) => CommitSig.encode(sig).finish()))
}
