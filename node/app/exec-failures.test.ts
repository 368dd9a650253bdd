// A failing message still lands: fee and sequence consumed (ante writes kept), message writes dropped,
// every kind of failure mapped to a registered code, and the app keeps working afterwards.
import { afterEach, describe, expect, it } from 'vitest'
import { coin, utf8 } from '../../modules/sdk/index.js'
import { PROBE_GET_PATH } from '../testing/probe-module.js'
import { makeTestApp, probeMsg, sendMsg, type TestApp } from '../testing/test-app.js'
import type { TestAccount } from '../testing/test-signer.js'

let t: TestApp | undefined
afterEach(async () => {
  await t?.cleanup()
  t = undefined
})

const types = (r: { events: { type: string }[] }) => r.events.map((e) => e.type)

describe('failing messages', () => {
  it('an over-spend lands with code 5: fee and sequence taken, no message events, empty data', async () => {
    t = await makeTestApp({ balance: 1_000_000n })
    const [alice, bob] = t.accounts as [TestAccount, TestAccount]
    const tx = t.sign(alice, [sendMsg(alice.address, bob.address, [coin(5_000_000, 'udatum')])])
    expect(t.app.checkTx(tx, 'new').code).toBe(0) // CheckTx runs the ante only
    const r = (await t.block([tx])).txResults[0]!
    expect(r.code).toBe(5)
    expect(r.codespace).toBe('sdk')
    expect(r.log).toMatch(/^failed to execute message; message index: 0: .*insufficient funds$/)
    expect(r.data).toHaveLength(0)
    const hasAction = r.events.some((e) =>
      e.attributes.some((a) => a.key === 'action' || a.key === 'msg_index'),
    )
    expect(hasAction).toBe(false)
    expect(types(r)).toContain('tx')
    expect(r.gasUsed, `gas used ${r.gasUsed}`).toBeGreaterThan(40_000n)
    expect(t.balance(alice.address)).toBe(1_000_000n - 2_000n)
    expect(t.account(alice.address)!.sequence).toBe(1n)
  })

  it('drops the writes of a message that fails after writing, and of earlier messages in the same tx', async () => {
    t = await makeTestApp()
    const [alice] = t.accounts as [TestAccount]
    const tx = t.sign(alice, [
      probeMsg(alice.address, 'write', 'a'),
      probeMsg(alice.address, 'write-then-fail', 'b'),
    ])
    const r = (await t.block([tx])).txResults[0]!
    expect(r.code).toBe(18)
    expect(r.log).toBe('failed to execute message; message index: 1: probe refused b: invalid request')
    for (const key of ['a', 'b'])
      expect(
        t.app.query({ path: PROBE_GET_PATH, data: utf8.encode(key), height: 0n, prove: false }).code,
      ).toBe(22)
    const ok = t.sign(alice, [probeMsg(alice.address, 'write', 'a')])
    expect((await t.block([ok])).txResults[0]!.code).toBe(0)
    expect(t.app.query({ path: PROBE_GET_PATH, data: utf8.encode('a'), height: 0n, prove: false }).code).toBe(
      0,
    )
  })

  it('maps thrown errors: plain Error -> 1, runtime faults and stack overflow -> 111222, gas -> 11', async () => {
    t = await makeTestApp()
    const [alice] = t.accounts as [TestAccount]
    const cases: [string, number, string][] = [
      ['plain-error', 1, 'undefined'],
      ['type-error', 111222, 'undefined'],
      ['recurse', 111222, 'undefined'],
      ['burn', 11, 'sdk'],
    ]
    let sequence = 0n
    const txs = cases.map(([action]) =>
      t!.sign(alice, [probeMsg(alice.address, action)], { sequence: sequence++ }),
    )
    const res = await t.block(txs)
    res.txResults.forEach((r, i) => {
      const [action, code, codespace] = cases[i]!
      expect([action, r.code, r.codespace]).toEqual([action, code, codespace])
    })
    expect(res.txResults[1]!.log).toMatch(/recovered: TypeError: cannot read properties/)
    expect(res.txResults[3]!.log).toMatch(
      /out of gas in location: ReadFlat; gasWanted: 200000, gasUsed: \d+: out of gas/,
    )
    expect(t.account(alice.address)!.sequence).toBe(4n)
    const after = t.sign(alice, [probeMsg(alice.address, 'write', 'z')])
    expect((await t.block([after])).txResults[0]!.code).toBe(0)
  })

  it('refuses zero gas and gas above the block limit with code 41 before the ante runs', async () => {
    t = await makeTestApp({ maxBlockGas: 1_000_000n })
    const [alice, bob] = t.accounts as [TestAccount, TestAccount]
    const msg = sendMsg(alice.address, bob.address, [coin(1, 'udatum')])
    const zero = t.sign(alice, [msg], { fee: { amount: [coin(1, 'udatum')], gasLimit: 0n } })
    expect(t.app.checkTx(zero, 'new')).toMatchObject({
      code: 41,
      log: 'must provide positive gas: invalid gas limit',
    })
    const big = t.sign(alice, [msg], { fee: { amount: [coin(1, 'udatum')], gasLimit: 2_000_000n } })
    expect(t.app.checkTx(big, 'new').log).toBe(
      'tx gas limit 2000000 exceeds block max gas 1000000: invalid gas limit',
    )
  })

  it('a tx refused by the decoder or the ante inside a block changes nothing and has no events', async () => {
    t = await makeTestApp()
    const [alice, bob] = t.accounts as [TestAccount, TestAccount]
    const before = t.balance(alice.address)
    const replay = t.sign(alice, [sendMsg(alice.address, bob.address, [coin(1, 'udatum')])], { sequence: 3n })
    const ok = t.sign(bob, [probeMsg(bob.address, 'write')])
    const res = await t.block([Uint8Array.of(0x0a, 0x01), replay, ok])
    expect(res.txResults.map((r) => [r.code, r.events.length, r.gasWanted])).toEqual([
      [2, 0, 0n],
      [32, 0, 200_000n],
      [0, res.txResults[2]!.events.length, 200_000n],
    ])
    expect(t.balance(alice.address)).toBe(before)
    expect(t.account(alice.address)!.sequence).toBe(0n)
  })
})
