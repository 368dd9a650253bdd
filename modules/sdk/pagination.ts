// Cosmos-style pagination over a prefix store: by key (next_key) or by offset, with limits.

import { invalidArgument } from './query-errors.js'
import type { KVPair, KVStore } from './store.js'

export interface PageRequest {
  key?: Uint8Array
  offset?: bigint
  limit?: bigint
  countTotal?: boolean
  reverse?: boolean
}

export interface PageResponse {
  nextKey: Uint8Array
  total: bigint
}

export const DEFAULT_PAGE_LIMIT = 100n
export const MAX_PAGE_LIMIT = 1000n

/**
 * Walks `store` (already prefixed to the collection) page by page, as cosmos `FilteredPaginate`.
 * `onItem(pair, accumulate)` returns true when the item matches (counts toward the limit and total);
 * it should collect the item only when `accumulate` is true.
 */
export function paginate(
  store: KVStore,
  req: PageRequest | undefined,
  onItem: (pair: KVPair, accumulate: boolean) => boolean,
): PageResponse {
  const key = req?.key && req.key.length > 0 ? req.key : undefined
  const offset = req?.offset ?? 0n
  if (key && offset > 0n) throw invalidArgument('paginate: only one of offset or key is allowed')
  const limitGiven = req?.limit !== undefined && req.limit > 0n
  let limit = limitGiven ? req.limit! : DEFAULT_PAGE_LIMIT
  if (limit > MAX_PAGE_LIMIT) limit = MAX_PAGE_LIMIT
  const reverse = req?.reverse ?? false
  // As the SDK: a request without a limit (or no request) counts the total too; a key-based page never does.
  const countTotal = ((req?.countTotal ?? false) || !limitGiven) && !key

  const it = reverse
    ? store.iterator(undefined, key ? successor(key) : undefined, true)
    : store.iterator(key, undefined)
  let seen = 0n
  let taken = 0n
  let nextKey: Uint8Array = new Uint8Array()
  for (const pair of it) {
    if (taken === limit) {
      if (nextKey.length === 0) {
        if (!onItem(pair, false)) continue
        nextKey = pair.key
        seen++
        if (!countTotal) break
        continue
      }
      if (onItem(pair, false)) seen++
      continue
    }
    if (seen < offset) {
      if (onItem(pair, false)) seen++
      continue
    }
    if (onItem(pair, true)) {
      taken++
      seen++
    }
  }
  return { nextKey, total: countTotal ? seen : 0n }
}

/** The key just after `key` in byte order (key ‖ 0x00), used as an exclusive bound for reverse paging. */
function successor(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(key.length + 1)
  out.set(key)
  return out
}
