// Evaluating a parsed query against events. Events are flattened CometBFT-style into `type.key -> [values]`
// (plus reserved keys like `tm.event`, `tx.hash`, `tx.height`); a condition holds when any value of its tag
// satisfies it, and a query holds when every condition does.
import type { AbciEvent } from '../../modules/sdk/events.js'
import { compareDecimal, parseDecimal, parseEventNumber } from './decimal.js'
import { type CompareOp, type Condition, parseQuery, type Query } from './query.js'
import { parseDateNanos, parseEventTime, parseTimeNanos } from './time.js'

export type EventMap = ReadonlyMap<string, readonly string[]>

/** Flattens ABCI events into `type.key -> values`; `indexedOnly` keeps just attributes marked for indexing. */
export function flattenEvents(
  events: readonly AbciEvent[],
  opts: { indexedOnly?: boolean; extra?: Record<string, string[]> } = {},
): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const add = (key: string, value: string) => {
    const list = out.get(key)
    if (list) list.push(value)
    else out.set(key, [value])
  }
  for (const [key, values] of Object.entries(opts.extra ?? {})) for (const v of values) add(key, v)
  for (const ev of events) {
    if (!ev.type) continue
    for (const attr of ev.attributes) {
      if (!attr.key || (opts.indexedOnly && !attr.index)) continue
      add(`${ev.type}.${attr.key}`, attr.value)
    }
  }
  return out
}

function holds(op: CompareOp, cmp: number): boolean {
  switch (op) {
    case '=':
      return cmp === 0
    case '<':
      return cmp < 0
    case '<=':
      return cmp <= 0
    case '>':
      return cmp > 0
    case '>=':
      return cmp >= 0
  }
}

/** A predicate over one attribute value for a condition (EXISTS holds for any value). */
export function valueMatcher(cond: Condition): (value: string) => boolean {
  if (cond.op === 'EXISTS') return () => true
  if (cond.op === 'CONTAINS') return (v) => v.includes(cond.value.value)
  const { op, value } = cond
  switch (value.kind) {
    case 'string':
      return (v) => v === value.value
    case 'number': {
      const want = parseDecimal(value.value)!
      return (v) => {
        const got = parseEventNumber(v)
        return got !== undefined && holds(op, compareDecimal(got, want))
      }
    }
    case 'date':
    case 'time': {
      const want = (value.kind === 'date' ? parseDateNanos : parseTimeNanos)(value.value)!
      return (v) => {
        const got = parseEventTime(v)
        return got !== undefined && holds(op, got < want ? -1 : got > want ? 1 : 0)
      }
    }
  }
}

export type EventPredicate = (events: EventMap) => boolean

/** Compiles a query once into a predicate; use it where one query is tested against many event sets. */
export function compileQuery(query: Query): EventPredicate {
  const tests = query.conditions.map((c) => ({ tag: c.tag, test: valueMatcher(c) }))
  return (events) =>
    tests.every(({ tag, test }) => {
      const values = events.get(tag)
      return values?.some(test) === true
    })
}

/**
 * True when every condition of `query` holds for `events`. Takes query text or a parsed query, and flattened
 * events or ABCI events (all attributes count, as for subscriptions). Throws QueryError for bad query text.
 */
export function matches(query: Query | string, events: EventMap | readonly AbciEvent[]): boolean {
  const q = typeof query === 'string' ? parseQuery(query) : query
  return compileQuery(q)(
    Array.isArray(events) ? flattenEvents(events as readonly AbciEvent[]) : (events as EventMap),
  )
}
