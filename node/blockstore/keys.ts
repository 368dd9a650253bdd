// Block store key layout inside its sublevel. Heights are 8-byte big-endian so ranges iterate in height order.
//
//   0x01 'M'                -> meta: base (8) || height (8)
//   0x02 height             -> encoded tendermint.types.Block
//   0x03 hash (32)          -> height (8)
//   0x04 height             -> canonical Commit for that height (the next block's last_commit)
//   0x05 height             -> seen Commit (only kept for the latest height, as CometBFT does)
//   0x06 height             -> encoded tendermint.abci.ResponseFinalizeBlock
//   0x07 height             -> encoded BlockID (so reads and pruning need not re-hash the block)
import { heightKey } from './db.js'

export const META_KEY = Uint8Array.of(0x01)
export const BLOCK = 0x02
export const HASH = 0x03
export const COMMIT = 0x04
export const SEEN_COMMIT = 0x05
export const RESULTS = 0x06
export const BLOCK_ID = 0x07

export const blockKey = (h: bigint) => heightKey(BLOCK, h)
export const commitKey = (h: bigint) => heightKey(COMMIT, h)
export const seenCommitKey = (h: bigint) => heightKey(SEEN_COMMIT, h)
export const resultsKey = (h: bigint) => heightKey(RESULTS, h)
export const blockIdKey = (h: bigint) => heightKey(BLOCK_ID, h)

export function hashKey(hash: Uint8Array): Uint8Array {
  const out = new Uint8Array(1 + hash.length)
  out[0] = HASH
  out.set(hash, 1)
  return out
}
