// Duplicate-vote evidence: checking evidence that arrives from peers or RPC (CometBFT
// VerifyDuplicateVote), and converting it to the protobuf and ABCI shapes the block and app use.
import type { DuplicateVoteEvidence } from 'cosmjs-types/tendermint/types/evidence'
import type { Misbehavior } from '../types/abci.js'
import { ConsensusError } from './errors.js'
import { verifySignature } from './priv-validator.js'
import { voteSignBytes } from './sign-bytes.js'
import type { Timestamp } from './types.js'
import { bytesEqual, compareBytes, toHex, valueIdOf, voteTypeOf } from './types.js'
import type { ValidatorSet } from './validator-set.js'
import type { DuplicateVote } from './vote-keeper.js'

/**
 * Throws INVALID_VOTE unless `e` proves that one validator of `validators` (the set at the votes'
 * height) signed two different votes for the same height, round and type.
 */
export function verifyDuplicateVote(chainId: string, validators: ValidatorSet, e: DuplicateVote): void {
  const fail = (why: string): never => {
    throw new ConsensusError('INVALID_VOTE', `duplicate-vote evidence: ${why}`)
  }
  const { voteA: a, voteB: b } = e
  if (a.height !== b.height || a.round !== b.round || a.type !== b.type)
    fail('votes differ in height, round or type')
  if (voteTypeOf(a.type) === undefined) fail(`vote type ${a.type} is not prevote or precommit`)
  if (!bytesEqual(a.validatorAddress, b.validatorAddress)) fail('votes are from different validators')
  if ((valueIdOf(a.blockId) ?? '') === (valueIdOf(b.blockId) ?? '') && partHash(a) === partHash(b)) {
    fail('votes are for the same block')
  }
  if (compareBytes(a.blockId.hash, b.blockId.hash) > 0) fail('votes are not ordered by block id')
  const validator = validators.byAddress(a.validatorAddress)
  if (validator === undefined) fail(`validator ${toHex(a.validatorAddress)} is not in the set`)
  if (validator!.power !== e.validatorPower)
    fail(`validator power ${e.validatorPower}, expected ${validator!.power}`)
  if (validators.totalPower !== e.totalVotingPower) {
    fail(`total voting power ${e.totalVotingPower}, expected ${validators.totalPower}`)
  }
  for (const vote of [a, b]) {
    if (!verifySignature(validator!.pubKey, voteSignBytes(chainId, vote), vote.signature))
      fail('a signature does not verify')
  }
}

function partHash(v: DuplicateVote['voteA']): string {
  return toHex(v.blockId.partSetHeader.hash)
}

/** The protobuf evidence committed in a block; `time` is the block time at the votes' height. */
export function toDuplicateVoteEvidence(e: DuplicateVote, time: Timestamp): DuplicateVoteEvidence {
  return {
    voteA: e.voteA,
    voteB: e.voteB,
    totalVotingPower: e.totalVotingPower,
    validatorPower: e.validatorPower,
    timestamp: time,
  }
}

export function fromDuplicateVoteEvidence(e: DuplicateVoteEvidence): DuplicateVote {
  if (e.voteA === undefined || e.voteB === undefined) {
    throw new ConsensusError('INVALID_VOTE', 'duplicate-vote evidence is missing a vote')
  }
  return {
    voteA: e.voteA,
    voteB: e.voteB,
    validatorPower: e.validatorPower,
    totalVotingPower: e.totalVotingPower,
  }
}

/** What FinalizeBlock tells the app about the misbehaviour (ABCI Misbehavior). */
export function toMisbehavior(e: DuplicateVote, time: Timestamp): Misbehavior {
  return {
    type: 'duplicate_vote',
    validatorAddress: e.voteA.validatorAddress,
    power: e.validatorPower,
    height: e.voteA.height,
    time,
    totalVotingPower: e.totalVotingPower,
  }
}
