// Txs signed by unmodified CosmJS 0.39 (SIGN_MODE_DIRECT and LEGACY_AMINO_JSON, with a memo that needs
// amino escaping) pass the strict decoder and the ante, and execute.
import { Secp256k1Wallet } from '@cosmjs/amino'
import { DirectSecp256k1Wallet, type OfflineSigner } from '@cosmjs/proto-signing'
import { SigningStargateClient } from '@cosmjs/stargate'
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTestApp, type TestApp } from '../testing/test-app.js'
import type { TestAccount } from '../testing/test-signer.js'

let t: TestApp
let alice: TestAccount
let bob: TestAccount
beforeAll(async () => {
  t = await makeTestApp()
  ;[alice, bob] = t.accounts as [TestAccount, TestAccount]
})
afterAll(() => t?.cleanup())

async function cosmjsSend(signer: OfflineSigner, memo: string): Promise<Uint8Array> {
  const client = await SigningStargateClient.offline(signer)
  const acc = t.account(alice.address)!
  const raw = await client.sign(
    alice.address,
    [
      {
        typeUrl: '/cosmos.bank.v1beta1.MsgSend',
        value: {
          fromAddress: alice.address,
          toAddress: bob.address,
          amount: [{ denom: 'udatum', amount: '25' }],
        },
      },
    ],
    { amount: [{ denom: 'udatum', amount: '5000' }], gas: '200000' },
    memo,
    { accountNumber: acc.accountNumber, sequence: Number(acc.sequence), chainId: t.chainId },
  )
  return TxRaw.encode(raw).finish()
}

describe('CosmJS-signed txs', () => {
  it.each([
    ['direct', () => DirectSecp256k1Wallet.fromKey(alice.privKey, 'datum')],
    ['amino', () => Secp256k1Wallet.fromKey(alice.privKey, 'datum')],
  ] as const)('%s: accepted by CheckTx and delivered', async (_mode, wallet) => {
    const before = t.balance(bob.address)
    const tx = await cosmjsSend(await wallet(), 'a&b<c> ü')
    const check = t.app.checkTx(tx, 'new')
    expect(check.code, check.log).toBe(0)
    const r = (await t.block([tx])).txResults[0]!
    expect(r.code, r.log).toBe(0)
    expect(t.balance(bob.address)).toBe(before + 25n)
  })
})
