// Duplicate-vote evidence as blocks carry it: the consensus package verifies and converts it; this file
// wraps it in the block's `Evidence` oneof and keys the committed-evidence marker that makes every piece
// of evidence land exactly once (the marker rides in the commit batch).
import type { Evidence } from 'cosmjs-types/tendermint/types/evidence'
import type { Timestamp } from '../../modules/sdk/context.js'
import {
  toMisbehavior as duplicateVoteMisbehavior,
  fromDuplicateVoteEvidence,
  toDuplicateVoteEvidence,
  verifyDuplicateVote,
} from '../consensus/evidence.js'
import type { ValidatorSet } from '../consensus/validator-set.js'
import type { DuplicateVote } from '../consensus/vote-keeper.js'
import type { Misbehavior } from '../types/abci.js'
import { evidenceBytes } from '../types/evidence.js'
import { sha256 } from '../types/hash.js'

export function toEvidence(dv: DuplicateVote, time: Timestamp): Evidence {
  return { duplicateVoteEvidence: toDuplicateVoteEvidence(dv, time) }
}

export function evidenceKey(ev: Evidence): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from('Evid'), sha256(evidenceBytes(ev))]))
}

/** Throws unless `ev` proves a validator of `validators` signed two different votes at one height/round/type. */
export function verifyEvidence(chainId: string, ev: Evidence, validators: ValidatorSet): void {
  if (!ev.duplicateVoteEvidence) throw new Error('only duplicate-vote evidence is accepted')
  verifyDuplicateVote(chainId, validators, fromDuplicateVoteEvidence(ev.duplicateVoteEvidence))
}

export function toMisbehavior(ev: Evidence): Misbehavior {
  const dv = ev.duplicateVoteEvidence!
  return duplicateVoteMisbehavior(fromDuplicateVoteEvidence(dv), dv.timestamp)
}
