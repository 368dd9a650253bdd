// Store layout of the computeright module: one-byte prefixes under the module's own store (see README §State).
// Numeric ids are uint64 big-endian in keys so iteration is in id order; the expiry queue is keyed by time.
import { concatBytes, fromHex, lengthPrefixed, uint64BE } from '../sdk/index.js'

export const MODULE_NAME = 'computeright'
export const STORE_KEY = 'computeright'
/** The escrow module account holding prepaid uses and job locks. */
export const ESCROW_MODULE = 'computeright'

export const OFFERING_PREFIX = Uint8Array.of(0x01)
export const RIGHT_PREFIX = Uint8Array.of(0x02)
export const JOB_PREFIX = Uint8Array.of(0x03)
/** asset id (32) | kind | id: offerings, live rights and unsettled jobs of an asset. */
export const ASSET_INDEX_PREFIX = Uint8Array.of(0x04)
export const HOLDER_INDEX_PREFIX = Uint8Array.of(0x05)
/** expires_at (uint64) | right id: ACTIVE rights by validity end. */
export const EXPIRY_QUEUE_PREFIX = Uint8Array.of(0x06)
export const BUYER_COUNT_PREFIX = Uint8Array.of(0x07)
export const SEQUENCE_PREFIX = Uint8Array.of(0x08)
export const PARAMS_KEY = Uint8Array.of(0x09)
export const REQUESTER_INDEX_PREFIX = Uint8Array.of(0x0a)
/** state (1) | job id: every job under its current state, kept in step by `putJob`. */
export const JOB_STATE_INDEX_PREFIX = Uint8Array.of(0x0b)
/** asset id (32) | job id: every job (all states) of an asset. */
export const JOB_ASSET_INDEX_PREFIX = Uint8Array.of(0x0c)

export const INDEX_MARKER = Uint8Array.of(0x01)

export const KIND_OFFERING = 1
export const KIND_RIGHT = 2
export const KIND_JOB = 3

export const offeringKey = (id: bigint) => concatBytes(OFFERING_PREFIX, uint64BE(id))
export const rightKey = (id: bigint) => concatBytes(RIGHT_PREFIX, uint64BE(id))
export const jobKey = (id: bigint) => concatBytes(JOB_PREFIX, uint64BE(id))

export const assetIndexPrefix = (assetId: string, kind: number) =>
  concatBytes(ASSET_INDEX_PREFIX, fromHex(assetId), Uint8Array.of(kind))
export const assetIndexKey = (assetId: string, kind: number, id: bigint) =>
  concatBytes(assetIndexPrefix(assetId, kind), uint64BE(id))

export const holderIndexPrefix = (holder: Uint8Array) =>
  concatBytes(HOLDER_INDEX_PREFIX, lengthPrefixed(holder))
export const holderIndexKey = (holder: Uint8Array, id: bigint) =>
  concatBytes(holderIndexPrefix(holder), uint64BE(id))

export const requesterIndexPrefix = (requester: Uint8Array) =>
  concatBytes(REQUESTER_INDEX_PREFIX, lengthPrefixed(requester))
export const requesterIndexKey = (requester: Uint8Array, id: bigint) =>
  concatBytes(requesterIndexPrefix(requester), uint64BE(id))

export const jobStateIndexPrefix = (state: number) =>
  concatBytes(JOB_STATE_INDEX_PREFIX, Uint8Array.of(state))
export const jobStateIndexKey = (state: number, id: bigint) =>
  concatBytes(jobStateIndexPrefix(state), uint64BE(id))

export const jobAssetIndexPrefix = (assetId: string) => concatBytes(JOB_ASSET_INDEX_PREFIX, fromHex(assetId))
export const jobAssetIndexKey = (assetId: string, id: bigint) =>
  concatBytes(jobAssetIndexPrefix(assetId), uint64BE(id))

export const expiryKey = (expiresAt: bigint, rightId: bigint) =>
  concatBytes(EXPIRY_QUEUE_PREFIX, uint64BE(expiresAt), uint64BE(rightId))

export const buyerCountKey = (offeringId: bigint, buyer: Uint8Array) =>
  concatBytes(BUYER_COUNT_PREFIX, uint64BE(offeringId), lengthPrefixed(buyer))

export const sequenceKey = (kind: number) => concatBytes(SEQUENCE_PREFIX, Uint8Array.of(kind))
