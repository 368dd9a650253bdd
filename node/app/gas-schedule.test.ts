// The gas schedule as wallets budget it: CosmJS simulates with an empty fee and no signature, then signs with
// gas = ceil(simulated × multiplier) (1.4 in CosmJS, 1.3 in Keplr). Delivery must fit that budget on a fresh
// and on an existing recipient, simulate must come within 1.2× of what delivery uses, and a failing MsgSend
// must cost what CosmJS's own spec expects of the SDK (> 40,000).
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service'
import { AuthInfo, Tx, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { coin } from '../../modules/sdk/index.js'
import { makeTestApp, sendMsg, type TestApp } from '../testing/test-app.js'
import { pubKeyAny, type TestAccount, testAccount } from '../testing/test-signer.js'
import { SIMULATE_PATH } from './simulate.js'

let t: TestApp
let alice: TestAccount
let bob: TestAccount
beforeAll(async () => {
  t = await makeTestApp({ balance: 10_000_000n, minGasPrices: '0.025udatum' })
  ;[alice, bob] = t.accounts as [TestAccount, TestAccount]
})
afterAll(() => t?.cleanup())

/** The Tx CosmJS 0.39 `simulate` sends: mode UNSPECIFIED, one empty signature, an empty fee. */
function simulateGas(signer: TestAccount, msgs: Any[]): bigint {
  const sequence = t.account(signer.address)?.sequence ?? 0n
  const tx = Tx.fromPartial({
    body: TxBody.fromPartial({ messages: msgs, memo: '' }),
    authInfo: AuthInfo.fromPartial({
      signerInfos: [{ publicKey: pubKeyAny(signer.pubKey), modeInfo: { single: { mode: 0 } }, sequence }],
      fee: {},
    }),
    signatures: [new Uint8Array()],
  })
  const r = t.app.query({
    path: SIMULATE_PATH,
    data: SimulateRequest.encode({ txBytes: Tx.encode(tx).finish() }).finish(),
    height: 0n,
    prove: false,
  })
  expect(r.code, r.log).toBe(0)
  return SimulateResponse.decode(r.value).gasInfo!.gasUsed
}

/** Signs with gas = ceil(simulated × multiplier) and the fee the node's min gas price asks, then delivers. */
async function deliverAuto(signer: TestAccount, msgs: Any[], multiplier: number) {
  const simulated = simulateGas(signer, msgs)
  const gasLimit = BigInt(Math.ceil(Number(simulated) * multiplier))
  const fee = { amount: [coin((gasLimit * 25n + 999n) / 1000n, 'udatum')], gasLimit }
  const raw = t.sign(signer, msgs, { fee })
  expect(t.app.checkTx(raw, 'new').code).toBe(0)
  const result = (await t.block([raw])).txResults[0]!
  return { simulated, gasLimit, result }
}

describe('gas schedule (SDK 0.50 KVGasConfig, auth params read at each use)', () => {
  for (const recipient of ['existing', 'fresh'] as const)
    it(`"auto" at 1.3× delivers a MsgSend to ${recipient === 'fresh' ? 'a fresh' : 'an existing'} recipient; simulate is within 1.2× of delivery`, async () => {
      const to = recipient === 'fresh' ? testAccount(50).address : bob.address
      const { simulated, gasLimit, result } = await deliverAuto(
        alice,
        [sendMsg(alice.address, to, [coin(1_000, 'udatum')])],
        1.3,
      )
      console.log(
        `MsgSend to ${recipient} recipient: simulated ${simulated}, limit ${gasLimit}, used ${result.gasUsed}`,
      )
      expect(result.code, result.log).toBe(0)
      expect(Number(result.gasUsed) / Number(simulated)).toBeLessThanOrEqual(1.2)
      expect(Number(simulated) / Number(result.gasUsed)).toBeLessThanOrEqual(1.2)
    })

  it('a failing MsgSend (insufficient funds) uses more than 40,000 gas, as CosmJS expects of the SDK', async () => {
    const msgs = [sendMsg(alice.address, testAccount(51).address, [coin(Number.MAX_SAFE_INTEGER, 'udatum')])]
    const raw = t.sign(alice, msgs, { fee: { amount: [coin(2_500, 'udatum')], gasLimit: 99_000n } })
    const result = (await t.block([raw])).txResults[0]!
    console.log(`failing MsgSend: used ${result.gasUsed}`)
    expect(result.code).toBe(5)
    expect(Number(result.gasUsed)).toBeGreaterThan(40_000)
    expect(Number(result.gasUsed)).toBeLessThanOrEqual(99_000)
  })
})
