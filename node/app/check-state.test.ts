// CheckTx runs the ante on a check state that persists across calls until the next commit (cosmos-sdk
// checkState), so a sender can queue sequence n+1 behind n; commit resets it to the committed state.
import { afterEach, describe, expect, it } from 'vitest'
import { coin } from '../../modules/sdk/index.js'
import { makeTestApp, sendMsg, type TestApp } from '../testing/test-app.js'
import type { TestAccount } from '../testing/test-signer.js'

let t: TestApp | undefined
afterEach(async () => {
  await t?.cleanup()
  t = undefined
})

describe('check state', () => {
  it('accepts queued sequences, refuses a replay with 32, and never touches the working or committed state', async () => {
    t = await makeTestApp()
    const [alice, bob] = t.accounts as [TestAccount, TestAccount]
    const msg = sendMsg(alice.address, bob.address, [coin(10, 'udatum')])
    const tx0 = t.sign(alice, [msg], { sequence: 0n })
    const tx1 = t.sign(alice, [msg], { sequence: 1n })
    const hash = t.app.store.workingHash()
    expect(t.app.checkTx(tx0, 'new').code).toBe(0)
    const r1 = t.app.checkTx(tx1, 'new')
    expect([r1.code, r1.sequence, r1.sender]).toEqual([0, 1n, alice.address])
    const replay = t.app.checkTx(tx0, 'new')
    expect(replay.code).toBe(32)
    expect(replay.log).toBe('account sequence mismatch, expected 2, got 0: incorrect account sequence')
    expect(t.app.store.workingHash()).toEqual(hash)
    expect(t.account(alice.address)!.sequence).toBe(0n)

    // The block holds only tx0; after commit the check state restarts from committed state.
    await t.block([tx0])
    expect(t.app.checkTx(tx1, 'recheck').code).toBe(0)
    expect(t.app.checkTx(tx0, 'recheck').code).toBe(32)
  })

  it('uses the last committed height for timeout checks (a tx with timeout height-1 is refused with 30)', async () => {
    t = await makeTestApp()
    await t.block([])
    const [alice, bob] = t.accounts as [TestAccount, TestAccount]
    const height = t.app.info().lastBlockHeight
    const tx = t.sign(alice, [sendMsg(alice.address, bob.address, [coin(1, 'udatum')])], {
      timeoutHeight: height - 1n,
    })
    expect(t.app.checkTx(tx, 'new').code).toBe(30)
  })

  it('signature for another chain id fails with 4 and changes nothing', async () => {
    t = await makeTestApp()
    const [alice, bob] = t.accounts as [TestAccount, TestAccount]
    const tx = t.sign(alice, [sendMsg(alice.address, bob.address, [coin(1, 'udatum')])], {
      chainId: 'other-1',
    })
    const r = t.app.checkTx(tx, 'new')
    expect([r.code, r.codespace]).toEqual([4, 'sdk'])
    expect(r.events).toEqual([])
    const good = t.sign(alice, [sendMsg(alice.address, bob.address, [coin(1, 'udatum')])])
    expect(t.app.checkTx(good, 'new').code).toBe(0)
  })
})
