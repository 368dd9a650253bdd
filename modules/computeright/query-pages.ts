// One page of records listed under an index prefix whose keys end with a uint64 id, via the sdk `paginate`
// (cosmos FilteredPaginate): key or offset, limit (default 100, max 1000), count_total, reverse, next_key.
import type { Context, PageRequest, PageResponse } from '../sdk/index.js'
import { PrefixStore, paginate, readUint64BE } from '../sdk/index.js'
import type { ComputeRightStore } from './store.js'

export interface Page<V> {
  items: V[]
  pagination: PageResponse
}

/**
 * Records under `prefix` in id order (reversed on request). `keep` filters loaded records; a filtered-out
 * record does not count toward the limit or the total.
 */
export function pageUnder<V>(
  store: ComputeRightStore,
  ctx: Context,
  prefix: Uint8Array,
  page: PageRequest | undefined,
  load: (id: bigint) => V | undefined,
  keep: (v: V) => boolean = () => true,
): Page<V> {
  const items: V[] = []
  const kv = new PrefixStore(store.kv(ctx), prefix)
  const pagination = paginate(kv, page, (pair, accumulate) => {
    const v = load(readUint64BE(pair.key, pair.key.length - 8))
    if (v === undefined || !keep(v)) return false
    if (accumulate) items.push(v)
    return true
  })
  return { items, pagination }
}
