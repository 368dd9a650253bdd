// Store layout of the gov module (store key `gov`), following the cosmos-sdk 0.50 collection prefixes.
import { concatBytes, fromBech32, lengthPrefixed, type Timestamp } from '../sdk/index.js'

export const MODULE_NAME = 'gov'
export const STORE_KEY = 'gov'

export const PROPOSALS_PREFIX = Uint8Array.of(0x00)
export const ACTIVE_QUEUE_PREFIX = Uint8Array.of(0x01)
export const INACTIVE_QUEUE_PREFIX = Uint8Array.of(0x02)
export const PROPOSAL_ID_KEY = Uint8Array.of(0x03)
export const DEPOSITS_PREFIX = Uint8Array.of(0x10)
export const VOTES_PREFIX = Uint8Array.of(0x20)
export const PARAMS_KEY = Uint8Array.of(0x30)
export const CONSTITUTION_KEY = Uint8Array.of(0x40)

export function u64(n: bigint): Uint8Array {
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, n)
  return out
}

export const readU64 = (b: Uint8Array, at = 0): bigint =>
  new DataView(b.buffer, b.byteOffset, b.byteLength).getBigUint64(at)

/** 12 bytes that sort as time does: seconds (8, big-endian) then nanos (4). */
export function timeBytes(t: Timestamp): Uint8Array {
  const out = new Uint8Array(12)
  const view = new DataView(out.buffer)
  view.setBigUint64(0, t.seconds)
  view.setUint32(8, t.nanos)
  return out
}

/** 0x00 | id -> v1 Proposal proto. */
export const proposalKey = (id: bigint): Uint8Array => concatBytes(PROPOSALS_PREFIX, u64(id))

/** 0x01|0x02 | end time | id -> empty: proposals ordered by the end of their voting / deposit period. */
export const queueKey = (prefix: Uint8Array, end: Timestamp, id: bigint): Uint8Array =>
  concatBytes(prefix, timeBytes(end), u64(id))

/** Exclusive upper bound that includes every entry ending at or before `t`. */
export const queueEndBound = (prefix: Uint8Array, t: Timestamp): Uint8Array =>
  concatBytes(prefix, timeBytes({ seconds: t.seconds, nanos: t.nanos + 1 }))

/** 0x10 | id | len(addr) addr -> v1 Deposit proto. */
export const depositsPrefix = (id: bigint): Uint8Array => concatBytes(DEPOSITS_PREFIX, u64(id))
export const depositKey = (id: bigint, depositor: string): Uint8Array =>
  concatBytes(depositsPrefix(id), lengthPrefixed(fromBech32(depositor)))

/** 0x20 | id | len(addr) addr -> v1 Vote proto. */
export const votesPrefix = (id: bigint): Uint8Array => concatBytes(VOTES_PREFIX, u64(id))
export const voteKey = (id: bigint, voter: string): Uint8Array =>
  concatBytes(votesPrefix(id), lengthPrefixed(fromBech32(voter)))
