import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci'
import { afterEach, describe, expect, it } from 'vitest'
import { coin } from '../../modules/sdk/index.js'
import { makeTestApp, sendMsg, type TestApp } from '../testing/test-app.js'

let t: TestApp | undefined
afterEach(async () => {
  await t?.cleanup()
  t = undefined
})

const attr = (
  events: { type: string; attributes: { key: string; value: string }[] }[],
  type: string,
  key: string,
) => events.filter((e) => e.type === type).map((e) => e.attributes.find((a) => a.key === key)?.value)

describe('BaseApp tx execution', () => {
  it('delivers a MsgSend: balances move, fee and sequence are taken, TxMsgData and events as cosmos 0.50', async () => {
    t = await makeTestApp()
    const [alice, bob] = t.accounts as [
      NonNullable<TestApp['accounts'][0]>,
      NonNullable<TestApp['accounts'][0]>,
    ]
    const before = t.balance(bob.address)
    const tx = t.sign(alice, [sendMsg(alice.address, bob.address, [coin(1234, 'udatum')])])
    const check = t.app.checkTx(tx, 'new')
    expect(check.code, check.log).toBe(0)
    expect(check.sender).toBe(alice.address)
    expect(check.sequence).toBe(0n)
    expect(check.gasWanted).toBe(200_000n)

    const res = await t.block([tx])
    const r = res.txResults[0]!
    expect(r.code, r.log).toBe(0)
    expect(r.log).toBe('')
    expect(r.gasUsed > 0n && r.gasUsed <= r.gasWanted).toBe(true)
    const data = TxMsgData.decode(r.data)
    expect(data.msgResponses.map((a) => a.typeUrl)).toEqual(['/cosmos.bank.v1beta1.MsgSendResponse'])
    expect(t.balance(bob.address)).toBe(before + 1234n)
    expect(t.account(alice.address)!.sequence).toBe(1n)
    // The ante's fee transfer emits bank's own `message{sender}` (no action); the message event has all three.
    const msgEvent = r.events.find(
      (e) => e.type === 'message' && e.attributes.some((a) => a.key === 'action'),
    )!
    expect(msgEvent.attributes.map((a) => [a.key, a.value])).toEqual([
      ['action', '/cosmos.bank.v1beta1.MsgSend'],
      ['sender', alice.address],
      ['module', 'bank'],
      ['msg_index', '0'],
    ])
    for (const key of ['fee', 'fee_payer', 'acc_seq', 'signature'])
      expect(attr(r.events, 'tx', key).filter(Boolean), key).toHaveLength(1)
    // The fee transfer comes from the ante handler (no msg_index); the send's own transfer is message 0.
    expect(attr(r.events, 'transfer', 'msg_index')).toEqual([undefined, '0'])
    expect(attr(r.events, 'tx', 'acc_seq')).toContain(`${alice.address}/0`)
    expect(res.appHash).toEqual(t.app.info().lastBlockAppHash)
  })
})
