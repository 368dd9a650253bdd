// Simulate as CosmJS 0.39 sends it: tx_bytes = Tx with mode UNSPECIFIED, an empty signature and an empty
// fee. No signature or fee checks, unlimited gas (gas_wanted 2^64-1), sequence still checked, no state change.
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service'
import { AuthInfo, Tx, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { coin, utf8 } from '../../modules/sdk/index.js'
import { makeTestApp, probeMsg, sendMsg, type TestApp } from '../testing/test-app.js'
import { pubKeyAny, type TestAccount } from '../testing/test-signer.js'
import { SIMULATE_PATH } from './simulate.js'

let t: TestApp
let alice: TestAccount
let bob: TestAccount
beforeAll(async () => {
  t = await makeTestApp({ balance: 1_000_000n })
  ;[alice, bob] = t.accounts as [TestAccount, TestAccount]
})
afterAll(() => t?.cleanup())

function cosmjsSimulateTx(signer: TestAccount, msgs: Any[], sequence: bigint): Uint8Array {
  const tx = Tx.fromPartial({
    body: TxBody.fromPartial({ messages: msgs, memo: '' }),
    authInfo: AuthInfo.fromPartial({
      signerInfos: [{ publicKey: pubKeyAny(signer.pubKey), modeInfo: { single: { mode: 0 } }, sequence }],
      fee: {},
    }),
    signatures: [new Uint8Array()],
  })
  return Tx.encode(tx).finish()
}

const simulate = (txBytes: Uint8Array) =>
  t.app.query({
    path: SIMULATE_PATH,
    data: SimulateRequest.encode({ txBytes }).finish(),
    height: 0n,
    prove: false,
  })

describe('simulate', () => {
  it('returns gas_info and the result with msg responses, and changes no state', () => {
    const hash = t.app.store.workingHash()
    const r = simulate(
      cosmjsSimulateTx(alice, [sendMsg(alice.address, bob.address, [coin(10, 'udatum')])], 0n),
    )
    expect(r.code, r.log).toBe(0)
    const res = SimulateResponse.decode(r.value)
    expect(res.gasInfo!.gasWanted).toBe(18_446_744_073_709_551_615n)
    expect(res.gasInfo!.gasUsed).toBeGreaterThan(10_000n)
    expect(res.result!.msgResponses.map((a) => a.typeUrl)).toEqual(['/cosmos.bank.v1beta1.MsgSendResponse'])
    expect(res.result!.events.some((e) => e.type === 'message')).toBe(true)
    expect(t.app.store.workingHash()).toEqual(hash)
    // The check state did not move either: sequence 0 is still the next one.
    const real = t.sign(alice, [sendMsg(alice.address, bob.address, [coin(1, 'udatum')])])
    expect(t.app.checkTx(real, 'new').code).toBe(0)
  })

  it('wraps failures as gRPC Unknown -> code 6 with the gas figures, as cosmos-sdk does', () => {
    const r = simulate(
      cosmjsSimulateTx(bob, [sendMsg(bob.address, alice.address, [coin(9_999_999, 'udatum')])], 0n),
    )
    expect(r.code).toBe(6)
    expect(r.log).toMatch(
      /^rpc error: code = Unknown desc = failed to execute message; message index: 0: .*insufficient funds With gas wanted: '18446744073709551615' and gas used: '\d+' : unknown request$/,
    )
    const wrongSeq = simulate(
      cosmjsSimulateTx(bob, [sendMsg(bob.address, alice.address, [coin(1, 'udatum')])], 5n),
    )
    expect(wrongSeq.log).toMatch(/account sequence mismatch, expected 0, got 5/)
  })

  it('stops a runaway simulation at the simulate gas limit (code 6, out of gas) instead of looping', () => {
    const r = simulate(cosmjsSimulateTx(bob, [probeMsg(bob.address, 'burn')], 0n))
    expect(r.code).toBe(6)
    expect(r.log).toMatch(
      /out of gas in location: .*gasWanted: 100000000.*With gas wanted: '18446744073709551615'/,
    )
  })

  it('refuses an empty or undecodable request with InvalidArgument (18)', () => {
    expect(
      t.app.query({ path: SIMULATE_PATH, data: new Uint8Array(), height: 0n, prove: false }),
    ).toMatchObject({
      code: 18,
      log: 'rpc error: code = InvalidArgument desc = empty txBytes is not allowed: invalid request',
    })
    expect(
      t.app.query({ path: SIMULATE_PATH, data: Uint8Array.of(0x12, 0x09), height: 0n, prove: false }).code,
    ).toBe(18)
  })

  it('answers app/simulate with SimulationResponse JSON', () => {
    const tx = cosmjsSimulateTx(alice, [sendMsg(alice.address, bob.address, [coin(10, 'udatum')])], 1n)
    const r = t.app.query({ path: 'app/simulate', data: tx, height: 0n, prove: false })
    expect(r.code, r.log).toBe(0)
    const json = JSON.parse(utf8.decode(r.value))
    expect(json.gas_info.gas_wanted).toBe('18446744073709551615')
    expect(json.result.msg_responses[0]['@type']).toBe('/cosmos.bank.v1beta1.MsgSendResponse')
    const bad = t.app.query({ path: 'app/simulate', data: Uint8Array.of(1), height: 0n, prove: false })
    expect([bad.code, bad.log.startsWith('failed to decode tx: ')]).toEqual([2, true])
  })
})
