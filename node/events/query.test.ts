import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertySeed } from '../testing/property-seed.js'
import { QueryError } from './errors.js'
import { type Condition, formatQuery, parseQuery, type Query } from './query.js'
import { flattenEvents, matches } from './query-match.js'

const SEED = propertySeed('node/events/query.test.ts')

const tag = fc
  .tuple(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/), fc.stringMatching(/^[A-Za-z0-9_]{1,8}$/))
  .map(([a, b]) => `${a}.${b}`)
  .filter(
    (t) => t.split('.')[0]!.toUpperCase() !== 'AND' && !['CONTAINS', 'EXISTS', 'DATE', 'TIME'].includes(t),
  )
const str = fc.string({ maxLength: 12 }).filter((s) => !s.includes("'"))
const num = fc.stringMatching(/^\d{1,6}(\.\d{1,3})?$/)
const date = fc.date({ min: new Date('1971-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
const op = fc.constantFrom('=' as const, '<' as const, '<=' as const, '>' as const, '>=' as const)

const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    tag,
    op: fc.constant('=' as const),
    value: str.map((value) => ({ kind: 'string' as const, value })),
  }),
  fc.record({
    tag,
    op: fc.constant('CONTAINS' as const),
    value: str.map((value) => ({ kind: 'string' as const, value })),
  }),
  fc.record({ tag, op: fc.constant('EXISTS' as const) }),
  fc.record({ tag, op, value: num.map((value) => ({ kind: 'number' as const, value })) }),
  fc.record({
    tag,
    op,
    value: date.map((d) => ({ kind: 'date' as const, value: d.toISOString().slice(0, 10) })),
  }),
  fc.record({ tag, op, value: date.map((d) => ({ kind: 'time' as const, value: d.toISOString() })) }),
)
const query: fc.Arbitrary<Query> = fc
  .array(condition, { minLength: 1, maxLength: 5 })
  .map((conditions) => ({ conditions }))

describe('query grammar', () => {
  it('round-trips: parse(format(q)) = q', () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(parseQuery(formatQuery(q))).toEqual(q)
      }),
      { seed: SEED },
    )
  })

  it('rejects garbage with a typed error, never anything else', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        try {
          const q = parseQuery(text)
          expect(parseQuery(formatQuery(q))).toEqual(q)
        } catch (e) {
          expect(e).toBeInstanceOf(QueryError)
        }
      }),
      { seed: SEED },
    )
  })

  it('mutated valid queries either parse to a stable query or fail with a QueryError', () => {
    const mutated = fc
      .tuple(
        query,
        fc.nat(),
        fc.constantFrom('delete', 'insert'),
        fc.constantFrom("'", '=', ' ', 'A', '.', '<', '9', 'T'),
      )
      .map(([q, at, how, ch]) => {
        const text = formatQuery(q)
        const i = at % (text.length + 1)
        return how === 'delete' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + ch + text.slice(i)
      })
    fc.assert(
      fc.property(mutated, (text) => {
        try {
          const q = parseQuery(text)
          expect(parseQuery(formatQuery(q))).toEqual(q)
        } catch (e) {
          expect(e).toBeInstanceOf(QueryError)
        }
      }),
      { seed: SEED },
    )
  })

  it('parses what CosmJS and Keplr send', () => {
    expect(parseQuery("tx.hash='ABCD'").conditions).toEqual([
      { tag: 'tx.hash', op: '=', value: { kind: 'string', value: 'ABCD' } },
    ])
    const q = parseQuery("message.action = '/cosmos.bank.v1beta1.MsgSend' AND message.sender = 'datum1x'")
    expect(q.conditions).toHaveLength(2)
    expect(parseQuery("tm.event='Tx' and tx.hash='AB'").conditions).toHaveLength(2)
    expect(parseQuery('tx.height=123').conditions[0]).toEqual({
      tag: 'tx.height',
      op: '=',
      value: { kind: 'number', value: '123' },
    })
    expect(
      parseQuery('block.time >= TIME 2024-01-02T03:04:05.123456789Z AND a.b EXISTS').conditions,
    ).toHaveLength(2)
  })

  it.each([
    ['', 'QUERY_EMPTY'],
    ['tx.height', 'QUERY_SYNTAX'],
    ['tx.height =', 'QUERY_SYNTAX'],
    ["tx.hash='unterminated", 'QUERY_SYNTAX'],
    ["a.b < 'x'", 'QUERY_SYNTAX'],
    ['a.b CONTAINS 5', 'QUERY_SYNTAX'],
    ["a.b='x' OR c.d='y'", 'QUERY_SYNTAX'],
    ["a.b='x' AND", 'QUERY_SYNTAX'],
    ['a.b = DATE 2021-02-30', 'QUERY_SYNTAX'],
    ['a.b = TIME 2021-01-01', 'QUERY_SYNTAX'],
    ['a.b = 1.2.3', 'QUERY_SYNTAX'],
    ['a.b = 5 ; drop', 'QUERY_SYNTAX'],
    [`a.b='${'x'.repeat(3000)}'`, 'QUERY_TOO_LONG'],
  ])('rejects %j with %s', (text, code) => {
    expect(() => parseQuery(text)).toThrow(expect.objectContaining({ code }))
  })
})

describe('matching', () => {
  const events = flattenEvents(
    [
      { type: 'transfer', attributes: [{ key: 'amount', value: '1500udatum', index: true }] },
      { type: 'transfer', attributes: [{ key: 'recipient', value: 'datum1abc', index: true }] },
      { type: 'block', attributes: [{ key: 'time', value: '2024-05-01T10:00:00.5Z', index: true }] },
      { type: 'hidden', attributes: [{ key: 'k', value: 'v', index: false }] },
    ],
    { extra: { 'tx.height': ['42'], 'tm.event': ['Tx'] } },
  )
  const m = (q: string) => matches(parseQuery(q), events)

  it('compares numbers numerically, reading leading digits of coin strings', () => {
    expect(m('tx.height = 42')).toBe(true)
    expect(m('tx.height > 41.5 AND tx.height <= 42')).toBe(true)
    expect(m('tx.height < 42')).toBe(false)
    expect(m('transfer.amount >= 1500')).toBe(true)
    expect(m('transfer.amount > 1500')).toBe(false)
  })

  it('matches strings exactly and by substring, and EXISTS', () => {
    expect(m("transfer.recipient='datum1abc' AND tm.event='Tx'")).toBe(true)
    expect(m("transfer.recipient='datum1ab'")).toBe(false)
    expect(m("transfer.recipient CONTAINS 'm1a'")).toBe(true)
    expect(m('transfer.sender EXISTS')).toBe(false)
    expect(m('hidden.k EXISTS')).toBe(true)
  })

  it('compares times and dates', () => {
    expect(m('block.time > TIME 2024-05-01T10:00:00Z')).toBe(true)
    expect(m('block.time < TIME 2024-05-01T12:00:01+02:00')).toBe(true)
    expect(m('block.time >= DATE 2024-05-02')).toBe(false)
  })

  it('takes query text and plain ABCI events too', () => {
    const abci = [{ type: 'transfer', attributes: [{ key: 'recipient', value: 'datum1abc', index: false }] }]
    expect(matches("transfer.recipient='datum1abc'", abci)).toBe(true)
    expect(matches("transfer.recipient='other'", abci)).toBe(false)
    expect(() => matches('transfer.recipient=', abci)).toThrow(QueryError)
  })

  it('leaves out unindexed attributes when asked', () => {
    expect(
      flattenEvents([{ type: 'h', attributes: [{ key: 'k', value: 'v', index: false }] }], {
        indexedOnly: true,
      }).size,
    ).toBe(0)
  })
})
