import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AbciEvent } from '../../modules/sdk/events.js'
import { tempLevel } from '../blockstore/test-chain.js'
import { parseQuery } from '../events/query.js'
import { flattenEvents, matches } from '../events/query-match.js'
import { propertySeed } from '../testing/property-seed.js'
import type { TxResult } from '../types/abci.js'
import { toHexUpper, txHash } from '../types/hash.js'
import { TxIndexError } from './errors.js'
import { TxIndex } from './tx-index.js'

const SEED = propertySeed('node/txindex/tx-index.test.ts')

const ev = (type: string, attrs: Record<string, string>, index = true): AbciEvent => ({
  type,
  attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, index })),
})

const accounts = ['alice', 'bob', 'carol']
function txAt(h: number, i: number): { tx: Uint8Array; result: TxResult } {
  const sender = accounts[(h + i) % 3]!
  const recipient = accounts[(h + 2 * i + 1) % 3]!
  return {
    tx: new TextEncoder().encode(`tx-${h}-${i}`),
    result: {
      code: i === 2 ? 5 : 0,
      codespace: i === 2 ? 'sdk' : '',
      log: '',
      info: '',
      data: new Uint8Array(0),
      gasWanted: 100n,
      gasUsed: 50n,
      events: [
        ev('tx', { fee: `${h * 10 + i}udatum` }),
        ...(i === 2
          ? []
          : [
              ev('message', { sender, action: '/cosmos.bank.v1beta1.MsgSend' }),
              ev('transfer', { recipient, amount: `${h}udatum` }),
            ]),
        ev('secret', { note: 'unindexed' }, false),
      ],
    },
  }
}

const HEIGHTS = 12
const TXS_PER_BLOCK = 3
const all: { height: bigint; index: number; tx: Uint8Array; result: TxResult }[] = []
let index: TxIndex
let close: () => Promise<void>
let reopen: () => Promise<TxIndex>

beforeAll(async () => {
  const t = await tempLevel()
  close = t.close
  const db = t.db.sublevel<Uint8Array, Uint8Array>('txindex', { keyEncoding: 'view', valueEncoding: 'view' })
  index = await TxIndex.open(db)
  reopen = () => TxIndex.open(db, { maxScan: 5 })
  for (let h = 1; h <= HEIGHTS; h++) {
    const block = Array.from({ length: TXS_PER_BLOCK }, (_, i) => txAt(h, i))
    block.forEach((b, i) => {
      all.push({ height: BigInt(h), index: i, ...b })
    })
    await index.indexBlock(
      BigInt(h),
      block.map((b) => b.tx),
      block.map((b) => b.result),
      [ev('mint', { amount: `${h * 100}udatum`, parity: h % 2 === 0 ? 'even' : 'odd' })],
    )
  }
})
afterAll(async () => close?.())

/** The answer by brute force: every tx tested with the same matcher the event bus uses. */
function oracle(query: string) {
  const q = parseQuery(query)
  return all.filter((t) =>
    matches(
      q,
      flattenEvents(t.result.events, {
        indexedOnly: true,
        extra: { 'tx.hash': [toHexUpper(txHash(t.tx))], 'tx.height': [t.height.toString()] },
      }),
    ),
  )
}

const positions = (xs: { height: bigint; index: number }[]) => xs.map((x) => `${x.height}/${x.index}`)

describe('TxIndex', () => {
  it('finds a tx by hash, case-insensitively in queries', async () => {
    const t = all[7]!
    const found = await index.tx(txHash(t.tx))
    expect(found?.height).toBe(t.height)
    expect(found?.result).toEqual(t.result)
    const hex = toHexUpper(txHash(t.tx))
    for (const q of [`tx.hash='${hex}'`, `tx.hash='${hex.toLowerCase()}'`]) {
      expect(positions((await index.search(q)).items)).toEqual([`${t.height}/${t.index}`])
    }
    expect((await index.search("tx.hash='ZZ'")).total).toBe(0)
  })

  it.each([
    'tx.height=5',
    'tx.height = 5.0',
    'tx.height > 3 AND tx.height <= 6',
    'tx.height >= 11',
    "message.sender='alice'",
    "message.action = '/cosmos.bank.v1beta1.MsgSend' AND message.sender = 'bob'",
    "transfer.recipient='carol' AND tx.height < 8",
    'transfer.amount > 9',
    "transfer.recipient CONTAINS 'ar'",
    'message.sender EXISTS',
    "tx.fee = '52udatum'",
    'tx.fee >= 100',
    "secret.note='unindexed'",
    "message.sender='nobody'",
    "tx.hash CONTAINS 'A' AND tx.height=3",
    'tx.height EXISTS AND tx.height < 3',
    'tx.height > 99999999999999999999999',
    'tx.height < 99999999999999999999999 AND tx.height > 11',
  ])('agrees with brute force: %s', async (query) => {
    const want = positions(oracle(query))
    const got = await index.search(query, { perPage: 100 })
    expect(got.total).toBe(want.length)
    expect(positions(got.items)).toEqual(want)
  })

  it('agrees with brute force on random queries (property)', async () => {
    const tagValue = fc.oneof(
      fc.record({
        tag: fc.constant('tx.height'),
        value: fc.oneof(fc.integer({ min: 0, max: 14 }).map(String), fc.constantFrom('2.5', '0.0', '12.0')),
      }),
      fc.record({
        tag: fc.constantFrom('message.sender', 'transfer.recipient'),
        value: fc.constantFrom(...accounts, 'x'),
      }),
      fc.record({
        tag: fc.constantFrom('transfer.amount', 'tx.fee'),
        value: fc.integer({ min: 0, max: 130 }).map(String),
      }),
    )
    const condition = fc
      .tuple(tagValue, fc.constantFrom('=', '<', '<=', '>', '>=', 'CONTAINS', 'EXISTS', "='"))
      .map(([{ tag, value }, op]) => {
        if (op === 'EXISTS') return `${tag} EXISTS`
        if (op === 'CONTAINS') return `${tag} CONTAINS '${value.slice(0, 2)}'`
        if (op === "='" || (op === '=' && /[a-z]/.test(value))) return `${tag}='${value}'`
        return /[a-z]/.test(value) ? `${tag}='${value}'` : `${tag} ${op} ${value}`
      })
    await fc.assert(
      fc.asyncProperty(fc.array(condition, { minLength: 1, maxLength: 3 }), async (conds) => {
        const query = conds.join(' AND ')
        const want = positions(oracle(query))
        const got = await index.search(query, { perPage: 100 })
        expect({ query, total: got.total, items: positions(got.items) }).toEqual({
          query,
          total: want.length,
          items: want.slice(0, 100),
        })
      }),
      { numRuns: 150, seed: SEED },
    )
  })

  it('pages and orders like CometBFT', async () => {
    const q = 'message.sender EXISTS'
    const want = positions(oracle(q))
    const p2 = await index.search(q, { page: 2, perPage: 5 })
    expect(p2.total).toBe(want.length)
    expect(positions(p2.items)).toEqual(want.slice(5, 10))
    const desc = await index.search(q, { page: 1, perPage: 3, orderBy: 'desc' })
    expect(positions(desc.items)).toEqual([...want].reverse().slice(0, 3))
    expect((await index.search(q, { perPage: 1000 })).items).toHaveLength(Math.min(100, want.length))
    await expect(index.search(q, { page: 99, perPage: 5 })).rejects.toThrow(
      `page should be within [1, ${Math.ceil(want.length / 5)}] range, given 99`,
    )
    expect(await index.search("message.sender='nobody'", { page: 1 })).toEqual({ items: [], total: 0 })
    await expect(index.search(q, { orderBy: 'sideways' as never })).rejects.toMatchObject({
      code: 'INVALID_ORDER',
    })
  })

  it('rejects bad queries with a parse error the RPC can pass through', async () => {
    await expect(index.search("tx.height='5")).rejects.toThrow(/^failed to parse query: unterminated string/)
    await expect(index.search('')).rejects.toBeInstanceOf(TxIndexError)
  })

  it('searches blocks by block.height and finalize-block events', async () => {
    expect((await index.searchBlocks('block.height > 9')).items).toEqual([10n, 11n, 12n])
    expect((await index.searchBlocks("mint.parity='even' AND block.height <= 6")).items).toEqual([2n, 4n, 6n])
    const desc = await index.searchBlocks('mint.amount >= 1000', { orderBy: 'desc', perPage: 2 })
    expect(desc).toEqual({ items: [12n, 11n], total: 3 })
  })

  it('persists across reopening and bounds broad queries', async () => {
    const again = await reopen()
    expect(again.indexedHeight()).toBe(BigInt(HEIGHTS))
    expect((await again.search('tx.height=2')).total).toBe(3)
    await expect(again.search('message.sender EXISTS')).rejects.toMatchObject({ code: 'QUERY_TOO_BROAD' })
  })

  it('re-indexing a height is idempotent', async () => {
    const block = all.filter((t) => t.height === 4n)
    await index.indexBlock(
      4n,
      block.map((b) => b.tx),
      block.map((b) => b.result),
      [],
    )
    expect((await index.search('tx.height=4')).total).toBe(3)
    expect(index.indexedHeight()).toBe(BigInt(HEIGHTS))
  })
})
