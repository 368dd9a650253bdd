// Tx gossip batches: CometBFT's `Txs` wire shape, one message per event-loop turn, cut at the size limit.
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { describe, expect, it } from 'vitest'
import type { MempoolCheckResult } from '../mempool/mempool.js'
import type { CheckTxResult } from '../types/abci.js'
import { decodeTxs, encodeTxs, MAX_TXS_PER_MESSAGE, txFieldBytes } from './gossip-codec.js'
import { batchVerdict, TxGossipBatcher } from './tx-gossip.js'

const tx = (n: number, size = 10) => new Uint8Array(size).fill(n)
const nextTurn = () => new Promise((r) => setImmediate(r))

describe('Txs wire format', () => {
  it('round-trips a batch, each field counted by txFieldBytes', () => {
    const txs = [tx(1), tx(2, 200), tx(3, 70_000)]
    const bytes = encodeTxs(txs)
    expect(decodeTxs(bytes)).toEqual(txs)
    expect(bytes.length).toBe(txs.reduce((n, t) => n + txFieldBytes(t.length), 0))
  })

  it('is field 1 repeated, as CometBFT mempool Txs (read here through TxRaw, whose field 1 is bytes too)', () => {
    const bytes = encodeTxs([tx(7, 3)])
    expect(TxRaw.decode(bytes).bodyBytes).toEqual(tx(7, 3))
  })

  it.each([
    ['no txs', new Uint8Array(), /without txs/],
    ['another field', Uint8Array.of(0x12, 1, 0), /unknown field tag 18/],
    ['an empty tx', Uint8Array.of(0x0a, 0), /empty tx/],
    ['a truncated tx', Uint8Array.of(0x0a, 5, 1, 2), /./],
    [
      `more than ${MAX_TXS_PER_MESSAGE} txs`,
      encodeTxs(Array.from({ length: MAX_TXS_PER_MESSAGE + 1 }, () => tx(1, 1))),
      /more than 1000 txs/,
    ],
  ])('refuses %s', (_name, bytes, error) => {
    expect(() => decodeTxs(bytes)).toThrow(error)
  })
})

describe('TxGossipBatcher', () => {
  it('sends the txs of one turn as one message, the next turn as another', async () => {
    const sent: Uint8Array[][] = []
    const b = new TxGossipBatcher((m) => sent.push(decodeTxs(m)), 1024)
    b.add(tx(1))
    b.add(tx(2))
    expect(sent).toEqual([])
    await nextTurn()
    b.add(tx(3))
    await nextTurn()
    expect(sent).toEqual([[tx(1), tx(2)], [tx(3)]])
  })

  it(`cuts a batch at ${MAX_TXS_PER_MESSAGE} txs, which a receiver still accepts`, async () => {
    const sent: Uint8Array[][] = []
    const b = new TxGossipBatcher((m) => sent.push(decodeTxs(m)), 1024 * 1024)
    for (let i = 0; i < MAX_TXS_PER_MESSAGE + 5; i++) b.add(tx(i % 250, 2))
    await nextTurn()
    expect(sent.map((batch) => batch.length)).toEqual([MAX_TXS_PER_MESSAGE, 5])
  })

  it('cuts a batch before it would pass the size limit, and skips a tx no batch can carry', async () => {
    const sent: Uint8Array[][] = []
    const tooLarge: number[] = []
    const limit = 3 * txFieldBytes(100)
    const b = new TxGossipBatcher(
      (m) => sent.push(decodeTxs(m)),
      limit,
      (n) => tooLarge.push(n),
    )
    for (let i = 0; i < 7; i++) b.add(tx(i, 100))
    b.add(tx(9, limit))
    await nextTurn()
    expect(sent.map((batch) => batch.length)).toEqual([3, 3, 1])
    expect(sent.every((batch) => encodeTxs(batch).length <= limit)).toBe(true)
    expect(tooLarge).toEqual([limit])
  })
})

describe('batchVerdict', () => {
  const result = (added: boolean, code: number): MempoolCheckResult => ({
    hash: new Uint8Array(32),
    added,
    result: { code } as CheckTxResult,
  })
  it.each([
    ['one new tx among duplicates', [result(false, 19), result(true, 0)], 'accept'],
    ['only duplicates and stale sequences', [result(false, 19), result(false, 32)], 'ignore'],
    ['a tx that does not decode, even beside a good one', [result(true, 0), result(false, 2)], 'reject'],
  ])('%s', (_name, results, verdict) => {
    expect(batchVerdict(results as MempoolCheckResult[])).toBe(verdict)
  })
})
