// After a commit the app rebases its check state and the mempool rechecks only the pooled txs the block may
// have made stale. These tests run two real apps side by side, one rebasing and one rechecking every pooled
// tx (CometBFT's rule), and require the same pool, the same check state (all but the fee collector's
// balance, an accumulator) and the same app hash after every block; txs the block invalidates (sequence
// used, balance drained) must be evicted.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { accountKey } from '../../modules/auth/keys.js'
import { balanceKey } from '../../modules/bank/keys.js'
import { coin } from '../../modules/sdk/index.js'
import { Mempool } from '../mempool/mempool.js'
import type { CacheMultiStore } from '../store/types.js'
import { makeTestApp, sendMsg, type TestApp } from '../testing/test-app.js'
import type { TestAccount } from '../testing/test-signer.js'
import { toHexUpper, txHash } from '../types/hash.js'

const ACCOUNTS = 5
const BALANCE = 60_000n

interface Side {
  t: TestApp
  pool: Mempool
  readonly rechecks: number
}

let open: TestApp[] = []
afterEach(async () => {
  for (const t of open) await t.cleanup()
  open = []
})

async function side(rebase: boolean): Promise<Side> {
  const t = await makeTestApp({ accounts: ACCOUNTS, balance: BALANCE })
  open.push(t)
  const counts = { rechecks: 0 }
  const pool = new Mempool({
    checkTx: (tx, mode, hash) => {
      if (mode === 'recheck') counts.rechecks++
      return t.app.checkTx(tx, mode, hash)
    },
    rebaseCheckState: rebase ? (pooled) => t.app.rebaseCheckState(pooled) : undefined,
  })
  return {
    t,
    pool,
    get rechecks() {
      return counts.rechecks
    },
  }
}

/** Finalizes and commits `txs` on the side's app, then updates its mempool as the node does. */
async function commit(s: Side, txs: Uint8Array[]): Promise<void> {
  await s.t.block(txs)
  s.pool.update(s.t.app.info().lastBlockHeight, txs)
}

function checkState(t: TestApp): CacheMultiStore {
  return (t.app as unknown as { checkState: CacheMultiStore }).checkState
}

/** Each account's auth record and udatum balance as CheckTx sees them. */
function checkView(t: TestApp): string[] {
  const state = checkState(t)
  return t.accounts.map((a) => {
    const acc = state.getKVStore('acc').get(accountKey(a.address))
    const bal = state.getKVStore('bank').get(balanceKey(a.address, 'udatum'))
    return `${acc ? toHexUpper(acc) : '-'}/${bal ? toHexUpper(bal) : '-'}`
  })
}

function pooled(pool: Mempool): string[] {
  return pool
    .txs()
    .map((tx) => toHexUpper(tx))
    .sort()
}

function expectSame(a: Side, b: Side): void {
  expect(pooled(a.pool)).toEqual(pooled(b.pool))
  expect(a.t.app.info().lastBlockAppHash).toEqual(b.t.app.info().lastBlockAppHash)
  expect(checkView(a.t)).toEqual(checkView(b.t))
}

type Submit = { from: number; fee: number; skew: number; timeout: boolean }
type Foreign = { from: number; to: number; kind: 'drain' | 'fund' | 'resequence' }
type Round = { submits: Submit[]; take: number; foreign: Foreign[] }

const roundArb: fc.Arbitrary<Round> = fc.record({
  submits: fc.array(
    fc.record({
      from: fc.integer({ min: 0, max: ACCOUNTS - 1 }),
      fee: fc.constantFrom(2_000, 9_000, 20_000),
      // Mostly the next sequence; sometimes a used one or a gap.
      skew: fc.constantFrom(0, 0, 0, 0, -1, 1),
      // Now and then valid only up to the next height: it must leave the pool after two blocks.
      timeout: fc.constantFrom(false, false, false, true),
    }),
    { maxLength: 12 },
  ),
  take: fc.integer({ min: 0, max: 10 }),
  foreign: fc.array(
    fc.record({
      from: fc.integer({ min: 0, max: ACCOUNTS - 1 }),
      to: fc.integer({ min: 0, max: ACCOUNTS - 1 }),
      kind: fc.constantFrom('drain' as const, 'fund' as const, 'resequence' as const),
    }),
    { maxLength: 2 },
  ),
})

/** The txs both sides get: signed once, so the two apps see identical bytes. */
function signer(ref: TestApp) {
  const next = new Map<number, bigint>()
  const sign = (from: TestAccount, seq: bigint, amount: bigint, fee: number, to: TestAccount, timeout = 0n) =>
    ref.sign(from, [sendMsg(from.address, to.address, [coin(amount, 'udatum')])], {
      sequence: seq,
      fee: { amount: [coin(fee, 'udatum')], gasLimit: 200_000n },
      timeoutHeight: timeout,
    })
  return {
    submit(s: Submit, height: bigint): Uint8Array {
      const acc = ref.accounts[s.from]!
      const committed = ref.account(acc.address)!.sequence
      const base = next.get(s.from) ?? committed
      const seq = base + BigInt(s.skew) < 0n ? 0n : base + BigInt(s.skew)
      // A stale sequence leaves the client where it was; the next or a gapped one moves it past it.
      next.set(s.from, s.skew < 0 ? base : seq + 1n)
      return sign(acc, seq, 1n, s.fee, ref.accounts[(s.from + 1) % ACCOUNTS]!, s.timeout ? height + 1n : 0n)
    },
    /** A tx the proposer adds from outside the pool: it drains a balance, funds one, or reuses a sequence. */
    foreign(f: Foreign): Uint8Array {
      const acc = ref.accounts[f.from]!
      const seq = ref.account(acc.address)!.sequence
      const to = ref.accounts[f.to === f.from ? (f.to + 1) % ACCOUNTS : f.to]!
      const balance = ref.balance(acc.address)
      if (f.kind === 'drain') return sign(acc, seq, balance > 4_000n ? balance - 4_000n : 1n, 2_000, to)
      if (f.kind === 'fund') return sign(acc, seq, 1_000n, 2_000, to)
      return sign(acc, seq, 7n, 3_000, to)
    },
    /** After a block, clients resume from the committed sequence plus what they still have pooled. */
    resync(pool: Mempool, senders: Map<string, number>): void {
      next.clear()
      for (const tx of pool.txs()) {
        const from = senders.get(toHexUpper(tx))!
        next.set(from, (next.get(from) ?? ref.account(ref.accounts[from]!.address)!.sequence) + 1n)
      }
    },
  }
}

async function play(rounds: Round[]): Promise<{ a: Side; b: Side }> {
  const a = await side(true)
  const b = await side(false)
  const sign = signer(a.t)
  const senders = new Map<string, number>()
  for (const r of rounds) {
    const height = a.t.app.info().lastBlockHeight
    for (const s of r.submits) {
      const tx = sign.submit(s, height)
      senders.set(toHexUpper(tx), s.from)
      const ra = a.pool.checkTx(tx)
      const rb = b.pool.checkTx(tx)
      expect([ra.result.code, ra.result.log, ra.added]).toEqual([rb.result.code, rb.result.log, rb.added])
    }
    const foreign = r.foreign.map((f) => sign.foreign(f))
    const block = [...foreign, ...a.pool.reap(-1n, -1n, r.take)]
    await commit(a, block)
    await commit(b, block)
    expectSame(a, b)
    sign.resync(a.pool, senders)
  }
  return { a, b }
}

describe('check state rebase after commit', () => {
  it('keeps untouched senders without a recheck and evicts txs whose sequence the block used', async () => {
    const { a, b } = await play([])
    const [alice, bob, carol] = a.t.accounts as [TestAccount, TestAccount, TestAccount]
    const send = (from: TestAccount, seq: bigint, amount = 1n) =>
      a.t.sign(from, [sendMsg(from.address, carol.address, [coin(amount, 'udatum')])], { sequence: seq })
    const pooledTxs = [send(alice, 0n), send(alice, 1n), send(bob, 0n), send(bob, 1n)]
    for (const tx of pooledTxs) {
      expect(a.pool.checkTx(tx).added).toBe(true)
      expect(b.pool.checkTx(tx).added).toBe(true)
    }
    // A block from another proposer uses alice's sequence 0 for a different tx; bob is untouched.
    const other = send(alice, 0n, 5n)
    await commit(a, [other])
    await commit(b, [other])
    expectSame(a, b)
    expect(a.pool.size()).toBe(3)
    expect(a.pool.has(txHash(pooledTxs[0]!))).toBe(false)
    // The full recheck ran all four; the rebase only alice's two (bob's keep their result).
    expect(b.rechecks).toBe(4)
    expect(a.rechecks).toBe(2)
    // Bob's next tx is accepted on the rebased state at sequence 2, and his carried sequence is enforced.
    expect(a.pool.checkTx(send(bob, 2n)).added).toBe(true)
    expect(a.pool.checkTx(send(bob, 1n, 9n)).result.code).toBe(32)
  })

  it('evicts pooled txs whose fees a block-drained balance no longer covers', async () => {
    const { a, b } = await play([])
    const [alice, bob] = a.t.accounts as [TestAccount, TestAccount]
    const fee = (n: number) => ({ amount: [coin(n, 'udatum')], gasLimit: 200_000n })
    const txs = [0n, 1n, 2n].map((seq) =>
      a.t.sign(alice, [sendMsg(alice.address, bob.address, [coin(1, 'udatum')])], {
        sequence: seq,
        fee: fee(10_000),
      }),
    )
    for (const tx of txs) {
      a.pool.checkTx(tx)
      b.pool.checkTx(tx)
    }
    expect(a.pool.size()).toBe(3)
    // Alice's first tx commits, plus (from another proposer's pool) her sequence 1 spending all but 5,000.
    const drain = a.t.sign(
      alice,
      [sendMsg(alice.address, bob.address, [coin(BALANCE - 25_000n, 'udatum')])],
      {
        sequence: 1n,
        fee: fee(10_000),
      },
    )
    await commit(a, [txs[0]!, drain])
    await commit(b, [txs[0]!, drain])
    expectSame(a, b)
    expect(a.pool.size()).toBe(0)
  })

  it('rechecks a tx that built on the check-state writes of a tx no longer pooled', async () => {
    const { a, b } = await play([])
    const [alice, bob] = a.t.accounts as [TestAccount, TestAccount]
    const send = (seq: bigint) =>
      a.t.sign(alice, [sendMsg(alice.address, bob.address, [coin(1, 'udatum')])], { sequence: seq })
    for (const s of [a, b]) {
      expect(s.pool.checkTx(send(0n)).added).toBe(true)
      // Flushed: sequence 0 is gone from the pool, but its write (sequence 1) stays in the check state.
      s.pool.flush()
      expect(s.pool.checkTx(send(1n)).added).toBe(true)
      await commit(s, [])
    }
    expectSame(a, b)
    expect(a.pool.size()).toBe(0)
  })

  it('matches a full recheck of every pooled tx over random submissions and blocks (property)', async () => {
    const seed = Number(process.env.REBASE_SEED ?? Date.now() % 2 ** 31)
    console.log(`check-rebase property seed: ${seed} (REBASE_SEED=${seed} reruns it)`)
    let rebased = 0
    let full = 0
    await fc.assert(
      fc.asyncProperty(fc.array(roundArb, { minLength: 1, maxLength: 5 }), async (rounds) => {
        try {
          const { a, b } = await play(rounds)
          rebased += a.rechecks
          full += b.rechecks
        } finally {
          for (const t of open) await t.cleanup()
          open = []
        }
      }),
      { seed, numRuns: 12 },
    )
    expect(rebased).toBeLessThanOrEqual(full)
  }, 120_000)
})
