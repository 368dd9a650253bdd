// Commits (2/3+ precommits for one block): building one from the vote keeper after a decision, and
// verifying one received with a block (CometBFT VerifyCommit: absent signatures are skipped, every
// present signature must verify, and the power of those for the block must exceed 2/3).
import type { Commit, CommitSig } from 'cosmjs-types/tendermint/types/types'
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator'
import { ConsensusError } from './errors.js'
import { verifySignature } from './priv-validator.js'
import { voteSignBytes } from './sign-bytes.js'
import type { BlockID, Height, Round, Vote } from './types.js'
import { bytesEqual, isNilBlockId, NIL_BLOCK_ID, SignedMsgType, toHex, valueIdOf } from './types.js'
import type { ValidatorSet } from './validator-set.js'
import { isQuorum } from './vote-keeper.js'

export type { Commit, CommitSig }
export { BlockIDFlag }

const ABSENT: CommitSig = {
  blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_ABSENT,
  validatorAddress: new Uint8Array(),
  timestamp: { seconds: 0n, nanos: 0 },
  signature: new Uint8Array(),
}

/** One signature slot per validator, in validator-set order, from the precommits of `round`. */
export function buildCommit(
  height: Height,
  round: Round,
  blockId: BlockID,
  validators: ValidatorSet,
  precommits: readonly Vote[],
): Commit {
  const byIndex = new Map(precommits.map((v) => [v.validatorIndex, v]))
  const wanted = valueIdOf(blockId)
  const signatures = validators.validators.map((_, i): CommitSig => {
    const vote = byIndex.get(i)
    if (vote === undefined) return ABSENT
    const value = valueIdOf(vote.blockId)
    if (value !== null && value !== wanted) return ABSENT
    return {
      blockIdFlag: value === null ? BlockIDFlag.BLOCK_ID_FLAG_NIL : BlockIDFlag.BLOCK_ID_FLAG_COMMIT,
      validatorAddress: vote.validatorAddress,
      timestamp: vote.timestamp,
      signature: vote.signature,
    }
  })
  return { height, round, blockId, signatures }
}

/** The precommit a commit signature stands for, so its sign bytes can be rebuilt. */
export function commitSigToVote(commit: Commit, index: number): Vote {
  const sig = commit.signatures[index]!
  return {
    type: SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT,
    height: commit.height,
    round: commit.round,
    blockId: sig.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_COMMIT ? commit.blockId : NIL_BLOCK_ID,
    timestamp: sig.timestamp,
    validatorAddress: sig.validatorAddress,
    validatorIndex: index,
    signature: sig.signature,
    extension: new Uint8Array(),
    extensionSignature: new Uint8Array(),
  }
}

/** Throws INVALID_COMMIT unless `commit` proves that 2/3+ of `validators` precommitted `blockId` at `height`. */
export function verifyCommit(
  chainId: string,
  validators: ValidatorSet,
  blockId: BlockID,
  height: Height,
  commit: Commit,
): void {
  const fail = (why: string): never => {
    throw new ConsensusError('INVALID_COMMIT', `commit for height ${height}: ${why}`)
  }
  if (commit.height !== height) fail(`commit is for height ${commit.height}`)
  if (isNilBlockId(commit.blockId)) fail('commit is for a nil block')
  if (valueIdOf(commit.blockId) !== valueIdOf(blockId) || !sameBlockId(commit.blockId, blockId)) {
    fail(`commit is for block ${toHex(commit.blockId.hash)}, expected ${toHex(blockId.hash)}`)
  }
  if (commit.signatures.length !== validators.size) {
    fail(`${commit.signatures.length} signatures for ${validators.size} validators`)
  }
  let tallied = 0n
  commit.signatures.forEach((sig, i) => {
    if (sig.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_ABSENT) return
    if (
      sig.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_COMMIT &&
      sig.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_NIL
    ) {
      fail(`signature ${i} has unknown flag ${sig.blockIdFlag}`)
    }
    const validator = validators.validators[i]!
    if (!bytesEqual(validator.address, sig.validatorAddress))
      fail(`signature ${i} is not from validator ${i}`)
    const signBytes = voteSignBytes(chainId, commitSigToVote(commit, i))
    if (!verifySignature(validator.pubKey, signBytes, sig.signature)) fail(`signature ${i} does not verify`)
    if (sig.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_COMMIT) tallied += validator.power
  })
  if (!isQuorum(tallied, validators.totalPower)) {
    fail(`only ${tallied} of ${validators.totalPower} voting power signed; more than 2/3 is needed`)
  }
}

function sameBlockId(a: BlockID, b: BlockID): boolean {
  return (
    bytesEqual(a.hash, b.hash) &&
    a.partSetHeader.total === b.partSetHeader.total &&
    bytesEqual(a.partSetHeader.hash, b.partSetHeader.hash)
  )
}
