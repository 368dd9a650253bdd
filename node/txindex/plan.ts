// Choosing how to find candidates for a query. Every plan yields a superset of the matches of one condition
// (or of all height conditions together); the search then checks the whole query on each candidate, so a plan
// only decides cost, never correctness.
import { parseDecimal } from '../events/decimal.js'
import type { Condition, Query } from '../events/query.js'

export type Plan =
  | { kind: 'hash'; hashHex: string }
  | { kind: 'heights'; from: bigint; to: bigint }
  | { kind: 'attrEq'; key: string; value: string }
  | { kind: 'attrScan'; condition: Condition }

export interface PlanChoice {
  /** Candidate sources, best first; equal-value lookups are probed to find the smallest. */
  plans: Plan[]
  /** True when the first plan's candidates are exactly the matches (no per-candidate check needed). */
  exact: boolean
}

const MAX_HEIGHT = (1n << 63n) - 1n

/** The integer heights satisfying one numeric condition, or undefined when it is not a numeric comparison. */
export function heightBounds(c: Condition): { from: bigint; to: bigint } | undefined {
  if (c.op === 'EXISTS' || c.op === 'CONTAINS') return undefined
  if (c.value.kind === 'string') {
    // A quoted height matches as text: only the canonical decimal of a height can equal one.
    return /^(0|[1-9]\d*)$/.test(c.value.value)
      ? { from: BigInt(c.value.value), to: BigInt(c.value.value) }
      : { from: 1n, to: 0n }
  }
  const d = c.value.kind === 'number' ? parseDecimal(c.value.value) : undefined
  if (!d) return undefined
  const scale = 10n ** BigInt(d.scale)
  const floor = d.units / scale
  const ceil = floor * scale === d.units ? floor : floor + 1n
  switch (c.op) {
    case '=':
      return floor === ceil ? { from: floor, to: floor } : { from: 1n, to: 0n }
    case '>':
      return { from: floor + 1n, to: MAX_HEIGHT }
    case '>=':
      return { from: ceil, to: MAX_HEIGHT }
    case '<':
      return { from: 0n, to: ceil - 1n }
    case '<=':
      return { from: 0n, to: floor }
  }
}

export function choosePlans(query: Query, heightTag: string, hashTag?: string): PlanChoice {
  const single = query.conditions.length === 1
  const hash = query.conditions.find((c) => c.tag === hashTag && c.op === '=' && c.value.kind === 'string')
  if (hash && hash.op === '=') {
    return { plans: [{ kind: 'hash', hashHex: hash.value.value.toUpperCase() }], exact: single }
  }

  let from = 0n
  let to = MAX_HEIGHT
  let heightConds = 0
  for (const c of query.conditions) {
    if (c.tag !== heightTag) continue
    const b = heightBounds(c)
    if (!b) continue
    heightConds++
    if (b.from > from) from = b.from
    if (b.to < to) to = b.to
  }
  // Bounds beyond int64 (e.g. `tx.height > 1e30`) select nothing rather than overflow the 8-byte keys.
  const heights: Plan =
    from > MAX_HEIGHT ? { kind: 'heights', from: 1n, to: 0n } : { kind: 'heights', from, to }
  const equal: Plan[] = []
  for (const c of query.conditions) {
    if (c.tag !== heightTag && c.tag !== hashTag && c.op === '=' && c.value.kind === 'string') {
      equal.push({ kind: 'attrEq', key: c.tag, value: c.value.value })
    }
  }
  // Exact plans come alone: all conditions are numeric height bounds, or the one condition is the plan's own.
  const heightsOnly = heightConds === query.conditions.length
  // A bounded height range (e.g. `tx.height=5`) beats value lookups; an open range is the fallback scan.
  const bounded = to - from < 1000n
  if (heightConds > 0 && (bounded || equal.length === 0))
    return { plans: [heights, ...equal], exact: heightsOnly }
  if (equal.length > 0) return { plans: [...equal, ...(heightConds > 0 ? [heights] : [])], exact: single }
  const scannable = query.conditions.find((c) => c.tag !== heightTag && c.tag !== hashTag)
  if (scannable) return { plans: [{ kind: 'attrScan', condition: scannable }], exact: single }
  return { plans: [heights], exact: false }
}
