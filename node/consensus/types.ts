// Shared consensus vocabulary. Wire messages are CometBFT's own protobuf types (cosmjs-types), so
// p2p, the block store and RPC exchange them unchanged; the state machine sees only value ids.
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp'
import type { BlockID, Proposal, Vote } from 'cosmjs-types/tendermint/types/types'
import { SignedMsgType } from 'cosmjs-types/tendermint/types/types'
import { bytesEqual, compareBytes } from '../../modules/sdk/bytes.js'

export type { BlockID, Proposal, Timestamp, Vote }
/** Byte helpers shared with the module API (unsigned lexicographic order, as Go's bytes.Compare). */
export { bytesEqual, compareBytes, SignedMsgType }

export type Height = bigint
export type Round = number

/** A proposed value as the state machine knows it: the lowercase hex of the block hash. */
export type ValueId = string

export type VoteType = 'prevote' | 'precommit'

export function voteTypeOf(msgType: SignedMsgType): VoteType | undefined {
  if (msgType === SignedMsgType.SIGNED_MSG_TYPE_PREVOTE) return 'prevote'
  if (msgType === SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT) return 'precommit'
  return undefined
}

export function msgTypeOf(type: VoteType): SignedMsgType {
  return type === 'prevote' ? SignedMsgType.SIGNED_MSG_TYPE_PREVOTE : SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')
}

/** A nil block id (a vote for nothing) has an empty hash, as in CometBFT. */
export function isNilBlockId(id: BlockID | undefined): boolean {
  return (
    id === undefined ||
    (id.hash.length === 0 && id.partSetHeader.total === 0 && id.partSetHeader.hash.length === 0)
  )
}

export const NIL_BLOCK_ID: BlockID = {
  hash: new Uint8Array(),
  partSetHeader: { total: 0, hash: new Uint8Array() },
}

/** The value a block id names, or null for nil. */
export function valueIdOf(id: BlockID | undefined): ValueId | null {
  return isNilBlockId(id) ? null : toHex(id!.hash)
}

export function timestampFromMs(ms: number): Timestamp {
  const seconds = Math.floor(ms / 1000)
  return { seconds: BigInt(seconds), nanos: (ms - seconds * 1000) * 1_000_000 }
}

/** Total order on timestamps: negative, zero or positive. */
export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  if (a.seconds !== b.seconds) return a.seconds < b.seconds ? -1 : 1
  return a.nanos - b.nanos
}

export function addMs(t: Timestamp, ms: number): Timestamp {
  const totalNanos = BigInt(t.nanos) + BigInt(ms) * 1_000_000n
  return { seconds: t.seconds + totalNanos / 1_000_000_000n, nanos: Number(totalNanos % 1_000_000_000n) }
}
