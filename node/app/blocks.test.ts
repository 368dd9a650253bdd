// Block execution: hook order and events, validator updates, the block gas limit, call-order guards,
// and a restart from disk that resumes at the same height and app hash.
import { afterEach, describe, expect, it } from 'vitest'
import { coin } from '../../modules/sdk/index.js'
import { makeTestApp, probeMsg, sendMsg, type TestApp } from '../testing/test-app.js'
import type { TestAccount } from '../testing/test-signer.js'
import { AppError } from './errors.js'

let t: TestApp | undefined
afterEach(async () => {
  await t?.cleanup()
  t = undefined
})

const request = (height: bigint, txs: Uint8Array[] = []) => ({
  height,
  time: { seconds: 1_800_000_000n + height, nanos: 0 },
  proposerAddress: new Uint8Array(20),
  hash: new Uint8Array(32),
  txs,
  lastCommitVotes: [],
  misbehavior: [],
})

describe('finalizeBlock and commit', () => {
  it('emits begin/end block events marked with mode and returns end-block validator updates', async () => {
    t = await makeTestApp()
    const update = { pubKey: new Uint8Array(32).fill(7), power: 10n }
    t.probe.nextValidatorUpdates = [update]
    const res = await t.block([])
    expect(res.events.map((e) => [e.type, e.attributes.at(-1)!.value])).toEqual([
      ['probe_begin', 'BeginBlock'],
      ['probe_end', 'EndBlock'],
    ])
    expect(res.validatorUpdates).toEqual([update])
  })

  it('enforces the block gas limit: a tx past it fails with 11 (ante kept), later ones get no gas at all', async () => {
    t = await makeTestApp({ maxBlockGas: 300_000n })
    const [alice, bob] = t.accounts as [TestAccount, TestAccount]
    const fee = (gasLimit: bigint) => ({ amount: [coin(1, 'udatum')], gasLimit })
    const burn = t.sign(alice, [probeMsg(alice.address, 'burn')], { fee: fee(270_000n), sequence: 0n })
    const send = t.sign(alice, [sendMsg(alice.address, bob.address, [coin(1, 'udatum')])], {
      fee: fee(100_000n),
      sequence: 1n,
    })
    const late = t.sign(bob, [probeMsg(bob.address, 'write')], { fee: fee(10_000n) })
    const before = t.balance(bob.address)
    const res = await t.block([burn, send, late])
    expect(res.txResults.map((r) => r.code)).toEqual([11, 11, 11])
    expect(res.txResults[1]!.log).toMatch(/^block gas meter/)
    expect(res.txResults[2]!.log).toBe('no block gas left to run tx: out of gas')
    expect(t.account(alice.address)!.sequence).toBe(2n)
    expect(t.balance(bob.address)).toBe(before)
    expect(t.account(bob.address)!.sequence).toBe(0n)
  })

  it('guards the call order: wrong height, double finalize, commit without finalize', async () => {
    t = await makeTestApp()
    const next = t.app.info().lastBlockHeight + 1n
    expect(() => t!.app.finalizeBlock(request(next + 1n))).toThrow(AppError)
    await expect(t.app.commit()).rejects.toThrow(/commit without a finalized block/)
    t.app.finalizeBlock(request(next))
    expect(() => t!.app.finalizeBlock(request(next + 1n))).toThrow(/finalized but not committed/)
    await t.app.commit()
    expect(t.app.info().lastBlockHeight).toBe(next)
  })

  it('restarts from disk at the same height and app hash and keeps producing blocks', async () => {
    t = await makeTestApp()
    const [alice, bob] = t.accounts as [TestAccount, TestAccount]
    const res = await t.block([t.sign(alice, [sendMsg(alice.address, bob.address, [coin(77, 'udatum')])])])
    const info = t.app.info()
    expect(info.lastBlockAppHash).toEqual(res.appHash)
    const balance = t.balance(bob.address)
    await t.restart()
    expect(t.app.info()).toEqual(info)
    expect(t.balance(bob.address)).toBe(balance)
    const again = await t.block([t.sign(alice, [sendMsg(alice.address, bob.address, [coin(1, 'udatum')])])])
    expect(again.txResults[0]!.code).toBe(0)
    expect(t.app.info().lastBlockHeight).toBe(info.lastBlockHeight + 1n)
    expect(t.app.checkInvariants()).toEqual([])
    await t.block([t.sign(alice, [probeMsg(alice.address, 'write', 'broken')])])
    expect(t.app.checkInvariants()).toEqual([
      { module: 'probe', name: 'no-broken-key', description: 'key "broken" is set' },
    ])
  })

  it('is deterministic: the same blocks on two fresh apps give the same app hashes and results', async () => {
    const run = async () => {
      const app = await makeTestApp()
      try {
        const [alice, bob] = app.accounts as [TestAccount, TestAccount]
        const txs = [
          app.sign(alice, [sendMsg(alice.address, bob.address, [coin(5, 'udatum')])], { sequence: 0n }),
          app.sign(alice, [probeMsg(alice.address, 'write-then-fail')], { sequence: 1n }),
          app.sign(bob, [probeMsg(bob.address, 'type-error')]),
        ]
        const res = await app.block(txs)
        return { hash: res.appHash, results: res.txResults }
      } finally {
        await app.cleanup()
      }
    }
    const [a, b] = [await run(), await run()]
    expect(a).toEqual(b)
  })
})
