// The page signs without CosmJS's SigningStargateClient (src/sign-direct.ts) and with a registry of only the
// Msgs it sends (src/page-msgs.ts): for each of those Msgs the signed tx is byte for byte the one
// SigningStargateClient makes offline with the SDK's full Datum registry; the simulation input is the same
// Anys; and a Msg the page does not send is refused by its registry instead of signed.
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { SigningStargateClient } from '@cosmjs/stargate'
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { describe, expect, it } from 'vitest'
import { createDatumRegistry } from '../sdk/registry.js'
import { PAGE_MSGS, pageRegistry } from './src/page-msgs.js'
import { signDirect, simulationInput } from './src/sign-direct.js'

const MNEMONIC = `${'abandon '.repeat(23)}art`
const fee = { amount: [{ denom: 'udatum', amount: '2500' }], gas: '1000000' }
const signerData = { accountNumber: 7n, sequence: 3, chainId: 'datum-test-1' }

describe('the page signer', async () => {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'datum' })
  const { address } = (await wallet.getAccounts())[0]!
  const msgs = [
    {
      typeUrl: '/datum.attestation.v1.MsgFinalizeJob',
      value: { sender: address, jobId: 42n },
    },
    {
      typeUrl: '/datum.dataasset.v1.MsgRevokeGrant',
      value: { owner: address, assetId: 5n, executor: address },
    },
  ]

  it('makes the tx SigningStargateClient makes, byte for byte', async () => {
    const full = await SigningStargateClient.offline(wallet, { registry: createDatumRegistry() })
    const theirs = TxRaw.encode(await full.sign(address, msgs, fee, 'm', signerData)).finish()
    const ours = TxRaw.encode(
      await signDirect(wallet, pageRegistry(), address, msgs, fee, 'm', signerData),
    ).finish()
    expect(Buffer.from(ours).toString('hex')).toBe(Buffer.from(theirs).toString('hex'))
  })

  it('encodes every Msg the page sends as the full registry does', async () => {
    const ours = pageRegistry()
    const theirs = createDatumRegistry()
    expect(PAGE_MSGS).toHaveLength(9)
    for (const c of PAGE_MSGS) {
      const m = { typeUrl: `/${c.typeName}`, value: {} }
      expect(ours.encodeAsAny(m)).toEqual(theirs.encodeAsAny(m))
    }
    const { anys } = await simulationInput(wallet, ours, address, msgs)
    expect(anys).toEqual(msgs.map((m) => theirs.encodeAsAny(m)))
  })

  it('refuses a Msg the page does not send', async () => {
    const other = { typeUrl: '/datum.dataasset.v1.MsgBurnAsset', value: { owner: address, assetId: 1n } }
    await expect(signDirect(wallet, pageRegistry(), address, [other], fee, '', signerData)).rejects.toThrow(
      /Unregistered type url/,
    )
  })
})
