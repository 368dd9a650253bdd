// Turning a plan into candidate positions by scanning the index, bounded by `maxScan` index entries.
import type { KvDb } from '../blockstore/db.js'
import { valueMatcher } from '../events/query-match.js'
import { TxIndexError } from './errors.js'
import { attrKeyPart, attrPart, prefixUpperBound, splitAttrKey, withPrefix } from './keys.js'
import type { Plan } from './plan.js'

export interface Space {
  db: KvDb
  /** Table of position -> record pointer (tx: 0x03; block: 0x06). */
  positionTable: number
  /** Table of attribute entries (tx: 0x04; block: 0x05). */
  attrTable: number
  /** Position encoding of a height range's lower bound. */
  positionAt(height: bigint): Uint8Array
  /** The positions one attribute entry stands for: its height (8 bytes) and the entry's stored value. */
  expand(height: Uint8Array, value: Uint8Array): Uint8Array[]
  /** Exact lookup for a hash plan (tx only). */
  byHash?(hashHex: string): Promise<Uint8Array[]>
}

const hexKey = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex')

/** Candidate positions for `plan`; throws QUERY_TOO_BROAD past `limit` entries, or returns undefined when `soft`. */
export async function candidatesOf(
  space: Space,
  plan: Plan,
  limit: number,
  soft = false,
): Promise<Uint8Array[] | undefined> {
  const out = new Map<string, Uint8Array>()
  let scanned = 0
  const tooBroad = () => {
    if (soft) return true
    throw new TxIndexError(
      'QUERY_TOO_BROAD',
      `query needs more than ${limit} index entries; add conditions to narrow it`,
    )
  }
  switch (plan.kind) {
    case 'hash':
      return space.byHash ? space.byHash(plan.hashHex) : []
    case 'heights': {
      if (plan.from > plan.to) return []
      const gte = withPrefix(space.positionTable, space.positionAt(plan.from))
      const lt =
        plan.to >= (1n << 63n) - 1n
          ? prefixUpperBound(Uint8Array.of(space.positionTable))
          : withPrefix(space.positionTable, space.positionAt(plan.to + 1n))
      for await (const key of space.db.keys({ gte, lt })) {
        if (++scanned > limit && tooBroad()) return undefined
        const pos = key.subarray(1)
        out.set(hexKey(pos), pos)
      }
      break
    }
    case 'attrEq':
    case 'attrScan': {
      const prefix =
        plan.kind === 'attrEq'
          ? withPrefix(space.attrTable, attrPart(plan.key, plan.value))
          : withPrefix(space.attrTable, attrKeyPart(plan.condition.tag))
      const test = plan.kind === 'attrScan' ? valueMatcher(plan.condition) : undefined
      for await (const [key, stored] of space.db.iterator({ gte: prefix, lt: prefixUpperBound(prefix) })) {
        const { value, position } = splitAttrKey(key)
        if (test && !test(value)) {
          if (++scanned > limit && tooBroad()) return undefined
          continue
        }
        for (const pos of space.expand(position, stored)) {
          if (++scanned > limit && tooBroad()) return undefined
          out.set(hexKey(pos), pos)
        }
      }
      break
    }
  }
  return [...out.values()]
}

/** Picks the plan with the fewest candidates, probing each with a small limit before committing to one. */
export async function bestCandidates(
  space: Space,
  plans: Plan[],
  maxScan: number,
  probe = 512,
): Promise<Uint8Array[]> {
  if (plans.length === 1) return (await candidatesOf(space, plans[0]!, maxScan))!
  let best: Uint8Array[] | undefined
  for (const plan of plans) {
    const found = await candidatesOf(space, plan, probe, true)
    if (found && (!best || found.length < best.length)) best = found
  }
  return best ?? (await candidatesOf(space, plans[0]!, maxScan))!
}
