// EvidenceHash as CometBFT 0.38 `EvidenceList.Hash`: merkle over each evidence's own proto encoding (the
// concrete DuplicateVoteEvidence / LightClientAttackEvidence, not the `Evidence` oneof wrapper).
import {
  DuplicateVoteEvidence,
  type Evidence,
  LightClientAttackEvidence,
} from 'cosmjs-types/tendermint/types/evidence'
import { BlockDataError } from './errors.js'
import { hashFromByteSlices } from './merkle.js'

export function evidenceBytes(ev: Evidence): Uint8Array {
  if (ev.duplicateVoteEvidence) return DuplicateVoteEvidence.encode(ev.duplicateVoteEvidence).finish()
  if (ev.lightClientAttackEvidence) {
    return LightClientAttackEvidence.encode(ev.lightClientAttackEvidence).finish()
  }
  throw new BlockDataError(
    'INVALID_BLOCK',
    'evidence carries neither a duplicate vote nor a light client attack',
  )
}

export function evidenceHash(evidence: readonly Evidence[]): Uint8Array {
  return hashFromByteSlices(evidence.map(evidenceBytes))
}
