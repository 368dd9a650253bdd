// Which versions to keep, and the batch ops that delete the rest. Deleting version v hands each node
// orphaned at v either to the deleter (nobody retained can still see it) or to the nearest retained version
// below v, which becomes responsible for it. See orphans.ts for the life-span rule.
import type { OpSink, StoreDb } from './db.js'
import { StoreError } from './errors.js'
import { nodeKey, orphansKey } from './keys.js'
import { decodeOrphans, encodeOrphans, type Orphan } from './orphans.js'

export interface Pruning {
  keepRecent: number
  keepEvery: number
}

export function validatePruning(p: Pruning): void {
  for (const [name, v] of Object.entries(p)) {
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new StoreError('INVALID_OPTIONS', `pruning.${name} must be a non-negative integer, got ${v}`)
    }
  }
}

/** keepRecent 0 keeps everything; the latest version is always kept. */
export function isRetained(p: Pruning, version: number, latest: number): boolean {
  if (version === latest || p.keepRecent === 0) return true
  if (version > latest - p.keepRecent) return true
  return p.keepEvery > 0 && version % p.keepEvery === 0
}

/** Index of the first element of ascending `list` that is >= v (list.length when none). */
export function lowerIndex(list: readonly number[], v: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid]! < v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Largest element of ascending `list` below v, or 0. */
export function retainedBelow(list: readonly number[], v: number): number {
  const i = lowerIndex(list, v)
  return i === 0 ? 0 : list[i - 1]!
}

/** Largest element of ascending `list` at or below v, or 0. */
export function atOrBelow(list: readonly number[], v: number): number {
  return retainedBelow(list, v + 1)
}

export function includes(list: readonly number[], v: number): boolean {
  const i = lowerIndex(list, v)
  return i < list.length && list[i] === v
}

/**
 * Appends the ops that delete `doomed` versions of one store (ascending) and returns the node sequence
 * numbers deleted. `pending` holds orphan records written earlier in the same batch.
 */
export function pruneStore(
  db: StoreDb,
  storeId: Uint8Array,
  doomed: number[],
  retained: number[],
  pending: Map<number, Orphan[]>,
  ops: OpSink,
): number[] {
  const lists = new Map(pending)
  const load = (v: number): Orphan[] => {
    let list = lists.get(v)
    if (!list) {
      const raw = db.getSync(orphansKey(storeId, v))
      list = raw ? decodeOrphans(raw) : []
      lists.set(v, list)
    }
    return list
  }
  const touched = new Set<number>()
  const deleted: number[] = []
  for (const v of doomed) {
    const prev = retainedBelow(retained, v)
    for (const o of load(v)) {
      if (o.from > prev) {
        ops.push({ type: 'del', key: nodeKey(storeId, o.seq) })
        deleted.push(o.seq)
      } else {
        load(prev).push(o)
        touched.add(prev)
      }
    }
    lists.set(v, [])
    touched.delete(v)
    ops.push({ type: 'del', key: orphansKey(storeId, v) })
  }
  for (const v of touched)
    ops.push({ type: 'put', key: orphansKey(storeId, v), value: encodeOrphans(lists.get(v)!) })
  return deleted
}
