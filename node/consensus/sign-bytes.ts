// Canonical sign bytes exactly as CometBFT (types/canonical.go, proto/tendermint/types/canonical.proto):
// a varint length prefix, then CanonicalVote / CanonicalProposal with fixed-width height and round so
// signers without a protobuf library can parse them. Proto3 rules: zero scalars are omitted; the
// part-set header and timestamp are non-nullable (always written); a nil block id is omitted.
import { BinaryWriter } from 'cosmjs-types/binary'
import { Timestamp } from 'cosmjs-types/google/protobuf/timestamp'
import type { BlockID, Proposal, Vote } from './types.js'
import { isNilBlockId, SignedMsgType } from './types.js'

function writeCanonicalBlockId(w: BinaryWriter, field: number, id: BlockID): void {
  const inner = w.uint32((field << 3) | 2).fork()
  if (id.hash.length > 0) inner.uint32(10).bytes(id.hash)
  const psh = inner.uint32(18).fork()
  if (id.partSetHeader.total !== 0) psh.uint32(8).uint32(id.partSetHeader.total)
  if (id.partSetHeader.hash.length > 0) psh.uint32(18).bytes(id.partSetHeader.hash)
  psh.ldelim()
  inner.ldelim()
}

function writeTimestamp(w: BinaryWriter, field: number, t: Timestamp): void {
  Timestamp.encode(t, w.uint32((field << 3) | 2).fork()).ldelim()
}

function lengthPrefixed(body: Uint8Array): Uint8Array {
  const w = new BinaryWriter()
  w.bytes(body)
  return w.finish()
}

/** VoteSignBytes(chainID, vote): the bytes a validator signs for a prevote or precommit. */
export function voteSignBytes(
  chainId: string,
  vote: Pick<Vote, 'type' | 'height' | 'round' | 'blockId' | 'timestamp'>,
): Uint8Array {
  const w = new BinaryWriter()
  if (vote.type !== 0) w.uint32(8).int32(vote.type)
  if (vote.height !== 0n) w.uint32(17).sfixed64(vote.height)
  if (vote.round !== 0) w.uint32(25).sfixed64(BigInt(vote.round))
  if (!isNilBlockId(vote.blockId)) writeCanonicalBlockId(w, 4, vote.blockId)
  writeTimestamp(w, 5, vote.timestamp)
  if (chainId.length > 0) w.uint32(50).string(chainId)
  return lengthPrefixed(w.finish())
}

/** ProposalSignBytes(chainID, proposal). */
export function proposalSignBytes(
  chainId: string,
  proposal: Pick<Proposal, 'height' | 'round' | 'polRound' | 'blockId' | 'timestamp'>,
): Uint8Array {
  const w = new BinaryWriter()
  w.uint32(8).int32(SignedMsgType.SIGNED_MSG_TYPE_PROPOSAL)
  if (proposal.height !== 0n) w.uint32(17).sfixed64(proposal.height)
  if (proposal.round !== 0) w.uint32(25).sfixed64(BigInt(proposal.round))
  if (proposal.polRound !== 0) w.uint32(32).int64(BigInt(proposal.polRound))
  if (!isNilBlockId(proposal.blockId)) writeCanonicalBlockId(w, 5, proposal.blockId)
  writeTimestamp(w, 6, proposal.timestamp)
  if (chainId.length > 0) w.uint32(58).string(chainId)
  return lengthPrefixed(w.finish())
}
