import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertySeed } from '../testing/property-seed.js'
import { txHash } from '../types/hash.js'
import { MempoolError } from './errors.js'
import { FakeApp, type FakeTx, fakeTx } from './fake-app.js'
import { Mempool } from './mempool.js'

const SEED = propertySeed('node/mempool/mempool.test.ts')

const decode = (raw: Uint8Array) => JSON.parse(new TextDecoder().decode(raw)) as FakeTx
const label = (raw: Uint8Array) => {
  const t = decode(raw)
  return `${t.sender}${t.seq}`
}

describe('Mempool ordering', () => {
  it('reaps by gas price while keeping each sender in sequence order', () => {
    const app = new FakeApp()
    const pool = new Mempool(app)
    const add = (t: FakeTx) => expect(pool.checkTx(fakeTx(t)).added).toBe(true)
    add({ sender: 'a', seq: 0, price: 1 })
    add({ sender: 'b', seq: 0, price: 5 })
    add({ sender: 'a', seq: 1, price: 10 })
    add({ sender: 'c', seq: 0, price: 3 })
    add({ sender: 'b', seq: 1, price: 2 })
    add({ sender: 'd', seq: 0, price: 3 })
    // b0 (5) > c0 (3, earlier than d0) > d0 (3) > b1 (2) > a0 (1) then a1 (10) which had to wait for a0.
    expect(pool.reap(-1n, -1n).map(label)).toEqual(['b0', 'c0', 'd0', 'b1', 'a0', 'a1'])
    expect(pool.txs(2).map(label)).toEqual(['b0', 'c0'])
    // A proposer's cap on the count (its execution budget) takes the best txs, in the same order.
    expect(pool.reap(-1n, -1n, 3).map(label)).toEqual(['b0', 'c0', 'd0'])
    expect(pool.size()).toBe(6)
  })

  it('never reorders a sender and always takes the best available head (property)', () => {
    const arb = fc.array(
      fc.record({ sender: fc.constantFrom('a', 'b', 'c', 'd'), price: fc.integer({ min: 0, max: 5 }) }),
      {
        maxLength: 40,
      },
    )
    fc.assert(
      fc.property(arb, (specs) => {
        const app = new FakeApp()
        const pool = new Mempool(app)
        const next = new Map<string, number>()
        for (const s of specs) {
          const seq = next.get(s.sender) ?? 0
          next.set(s.sender, seq + 1)
          pool.checkTx(fakeTx({ ...s, seq }))
        }
        const out = pool.reap(-1n, -1n).map(decode)
        expect(out).toHaveLength(specs.length)
        const seen = new Map<string, number>()
        const remaining = new Map<string, FakeTx[]>()
        for (const t of out) remaining.set(t.sender, [...(remaining.get(t.sender) ?? []), t])
        for (const t of out) {
          expect(t.seq).toBe(seen.get(t.sender) ?? 0)
          seen.set(t.sender, t.seq + 1)
          const heads = [...remaining.values()].filter((l) => l.length > 0).map((l) => l[0]!)
          expect(Math.max(...heads.map((h) => h.price))).toBe(t.price)
          remaining.get(t.sender)!.shift()
        }
      }),
      { seed: SEED },
    )
  })
})

describe('Mempool admission', () => {
  it('dedupes by hash, in the pool and after commit, without calling CheckTx again', () => {
    const app = new FakeApp()
    const pool = new Mempool(app)
    const tx = fakeTx({ sender: 'a', seq: 0, price: 1 })
    expect(pool.checkTx(tx).added).toBe(true)
    const again = pool.checkTx(tx)
    expect(again).toMatchObject({
      added: false,
      refusal: 'duplicate',
      result: { code: 19, codespace: 'sdk' },
    })
    expect(again.result.log).toMatch(/tx already exists in cache/)
    app.commit([tx])
    pool.update(1n, [tx])
    expect(pool.size()).toBe(0)
    const calls = app.calls.length
    expect(pool.checkTx(tx).result.code).toBe(19)
    expect(app.calls.length).toBe(calls)
  })

  it('refuses when full (code 20) before CheckTx, and oversized txs (code 21)', () => {
    const app = new FakeApp()
    const pool = new Mempool(app, { maxTxs: 2, maxTxBytes: 200 })
    pool.checkTx(fakeTx({ sender: 'a', seq: 0, price: 1 }))
    pool.checkTx(fakeTx({ sender: 'a', seq: 1, price: 1 }))
    const full = pool.checkTx(fakeTx({ sender: 'a', seq: 2, price: 1 }))
    expect(full).toMatchObject({ refusal: 'full', result: { code: 20, codespace: 'sdk' } })
    expect(full.result.log).toMatch(/number of txs 2 \(max: 2\)/)
    expect(app.check.get('a')).toBe(2)
    const big = pool.checkTx(fakeTx({ sender: 'b', seq: 0, price: 1, pad: 300 }))
    expect(big).toMatchObject({ refusal: 'too_large', result: { code: 21 } })

    const byBytes = new Mempool(new FakeApp(), { maxBytes: 120 })
    expect(byBytes.checkTx(fakeTx({ sender: 'a', seq: 0, price: 1, pad: 40 })).added).toBe(true)
    expect(byBytes.checkTx(fakeTx({ sender: 'b', seq: 0, price: 1, pad: 40 })).result.code).toBe(20)
    expect(byBytes.bytes()).toBeGreaterThan(40)
  })

  it('copies a tx that is a view into a larger buffer', () => {
    const pool = new Mempool(new FakeApp())
    const tx = fakeTx({ sender: 'a', seq: 0, price: 1 })
    const frame = new Uint8Array(tx.length + 10)
    frame.set(tx, 10)
    pool.checkTx(frame.subarray(10))
    const kept = pool.reap(-1n, -1n)[0]!
    expect(kept).toEqual(tx)
    expect(kept.buffer.byteLength).toBe(tx.length)
  })

  it('passes CheckTx failures through unchanged and keeps nothing', () => {
    const pool = new Mempool(new FakeApp())
    const r = pool.checkTx(fakeTx({ sender: 'a', seq: 3, price: 1 }))
    expect(r).toMatchObject({ added: false, refusal: 'check_failed', result: { code: 32 } })
    expect(pool.size()).toBe(0)
  })

  it('turns a throwing CheckTx into an internal-error result and keeps nothing', () => {
    const app = new FakeApp()
    const pool = new Mempool({
      checkTx: (tx, mode) => {
        if (decode(tx).seq === 1) throw new Error('app bug')
        return app.checkTx(tx, mode)
      },
    })
    expect(pool.checkTx(fakeTx({ sender: 'a', seq: 0, price: 1 })).added).toBe(true)
    const r = pool.checkTx(fakeTx({ sender: 'a', seq: 1, price: 1 }))
    expect(r).toMatchObject({ added: false, refusal: 'check_failed', result: { code: 1, log: 'app bug' } })
    expect(pool.size()).toBe(1)
  })

  it('rejects bad options with a typed error', () => {
    expect(() => new Mempool(new FakeApp(), { maxTxs: 0 })).toThrow(MempoolError)
    expect(() => new Mempool(new FakeApp(), { maxBytes: 1.5 })).toThrow(/maxBytes/)
  })
})

describe('Mempool reap limits and update', () => {
  it('stops a sender at the first tx that does not fit and keeps filling from others', () => {
    const pool = new Mempool(new FakeApp())
    pool.checkTx(fakeTx({ sender: 'a', seq: 0, price: 9, gas: 60 }))
    pool.checkTx(fakeTx({ sender: 'a', seq: 1, price: 9, gas: 60 }))
    pool.checkTx(fakeTx({ sender: 'b', seq: 0, price: 1, gas: 30 }))
    expect(pool.reap(-1n, 100n).map(label)).toEqual(['a0', 'b0'])
    const oneTx = BigInt(2 + pool.reap(-1n, -1n)[0]!.length)
    expect(pool.reap(oneTx, -1n).map(label)).toEqual(['a0'])
    expect(pool.reap(0n, -1n)).toEqual([])
  })

  it('removes committed txs and evicts those that fail recheck', () => {
    const app = new FakeApp()
    const pool = new Mempool(app)
    const a0 = fakeTx({ sender: 'a', seq: 0, price: 1 })
    const a1 = fakeTx({ sender: 'a', seq: 1, price: 1 })
    const a2 = fakeTx({ sender: 'a', seq: 2, price: 1 })
    const b0 = fakeTx({ sender: 'b', seq: 0, price: 1 })
    for (const t of [a0, a1, a2, b0]) pool.checkTx(t)
    // The block holds a0 and a different a/1 tx (from another node), so our a1 is now stale.
    const other = fakeTx({ sender: 'a', seq: 1, price: 7 })
    app.commit([a0, other])
    expect(pool.update(1n, [a0, other])).toEqual({ removed: 1, evicted: 1 })
    expect(pool.reap(-1n, -1n).map(label)).toEqual(['a2', 'b0'])
    expect(app.calls.filter((c) => c.mode === 'recheck').map((c) => `${c.tx.sender}${c.tx.seq}`)).toEqual([
      'a1',
      'a2',
      'b0',
    ])
  })

  it('tells listeners about admitted txs, survives a throwing listener, and unsubscribes', () => {
    const errors: unknown[] = []
    const pool = new Mempool(new FakeApp(), { onListenerError: (e) => errors.push(e) })
    const seen: string[] = []
    const off = pool.onNewTx((e) => seen.push(`${e.sender}:${e.source ?? 'local'}`))
    pool.onNewTx(() => {
      throw new Error('boom')
    })
    pool.checkTx(fakeTx({ sender: 'a', seq: 0, price: 1 }), 'peer1')
    off()
    pool.checkTx(fakeTx({ sender: 'a', seq: 1, price: 1 }))
    expect(seen).toEqual(['a:peer1'])
    expect(errors).toHaveLength(2)
    const first = fakeTx({ sender: 'a', seq: 0, price: 1 })
    expect(pool.has(txHash(first))).toBe(true)
    expect(pool.get(txHash(first))?.source).toBe('peer1')
    expect(pool.has(new Uint8Array(32))).toBe(false)
    pool.flush()
    expect([pool.size(), pool.bytes()]).toEqual([0, 0])
  })
})
