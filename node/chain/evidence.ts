// Duplicate-vote evidence: built from the vote keeper's pairs, verified against the validator set of the
// evidence height, and committed exactly once (a committed-evidence marker rides in the commit batch).
import type { Evidence } from 'cosmjs-types/tendermint/types/evidence'
import type { Timestamp } from '../../modules/sdk/context.js'
import type { Misbehavior } from '../app/application.js'
import { verifySignature } from '../consensus/priv-validator.js'
import { voteSignBytes } from '../consensus/sign-bytes.js'
import type { ValidatorSet } from '../consensus/validator-set.js'
import type { DuplicateVote } from '../consensus/vote-keeper.js'
import { evidenceBytes } from '../types/evidence.js'
import { sha256 } from '../types/hash.js'

export class EvidenceError extends Error {
  readonly code = 'INVALID_EVIDENCE'
}

export function toEvidence(dv: DuplicateVote, time: Timestamp): Evidence {
  return {
    duplicateVoteEvidence: {
      voteA: dv.voteA,
      voteB: dv.voteB,
      totalVotingPower: dv.totalVotingPower,
      validatorPower: dv.validatorPower,
      timestamp: time,
    },
  }
}

export function evidenceKey(ev: Evidence): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from('Evid'), sha256(evidenceBytes(ev))]))
}

/** Throws EvidenceError unless `ev` proves a validator of `validators` signed two different blocks at one H/R/type. */
export function verifyEvidence(chainId: string, ev: Evidence, validators: ValidatorSet): void {
  const dv = ev.duplicateVoteEvidence
  if (!dv?.voteA || !dv.voteB) throw new EvidenceError('only duplicate-vote evidence is accepted')
  const { voteA: a, voteB: b } = dv
  if (a.height !== b.height || a.round !== b.round || a.type !== b.type) {
    throw new EvidenceError('the two votes are not for the same height, round and type')
  }
  if (Buffer.compare(a.validatorAddress, b.validatorAddress) !== 0)
    throw new EvidenceError('votes from different validators')
  if (
    Buffer.compare(a.blockId.hash, b.blockId.hash) === 0 &&
    a.blockId.partSetHeader.total === b.blockId.partSetHeader.total
  ) {
    throw new EvidenceError('the two votes are for the same block')
  }
  const validator = validators.byAddress(a.validatorAddress)
  if (!validator) throw new EvidenceError('the voter was not a validator at that height')
  if (dv.validatorPower !== validator.power || dv.totalVotingPower !== validators.totalPower) {
    throw new EvidenceError('evidence powers do not match the validator set')
  }
  for (const v of [a, b]) {
    if (!verifySignature(validator.pubKey, voteSignBytes(chainId, v), v.signature)) {
      throw new EvidenceError('a vote signature does not verify')
    }
  }
}

export function toMisbehavior(ev: Evidence): Misbehavior {
  const dv = ev.duplicateVoteEvidence!
  return {
    type: 'duplicate_vote',
    validatorAddress: dv.voteA!.validatorAddress,
    power: dv.validatorPower,
    height: dv.voteA!.height,
    time: dv.timestamp,
    totalVotingPower: dv.totalVotingPower,
  }
}
