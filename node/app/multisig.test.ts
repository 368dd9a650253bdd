// k-of-n multisig (`LegacyAminoPubKey`) senders as CosmJS builds them: members sign offline in
// LEGACY_AMINO_JSON, anyone assembles the tx with `makeMultisignedTxBytes`; SIGN_MODE_DIRECT members sign the
// final auth info. Threshold, bit array and member keys are checked as the SDK's VerifyMultisignature does.
import {
  createMultisigThresholdPubkey,
  encodeSecp256k1Pubkey,
  type MultisigThresholdPubkey,
  makeCosmoshubPath,
  pubkeyToAddress,
  Secp256k1HdWallet,
} from '@cosmjs/amino'
import { DirectSecp256k1HdWallet, encodePubkey, makeSignDoc } from '@cosmjs/proto-signing'
import { makeMultisignedTxBytes, SigningStargateClient } from '@cosmjs/stargate'
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import { MultiSignature } from 'cosmjs-types/cosmos/crypto/multisig/v1beta1/multisig'
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing'
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service'
import { AuthInfo, Tx, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifySignatureClaim } from '../../modules/auth/index.js'
import { coin, toBech32 } from '../../modules/sdk/index.js'
import { makeTestApp, sendMsg, type TestApp } from '../testing/test-app.js'
import type { TestAccount } from '../testing/test-signer.js'
import { SIMULATE_PATH } from './simulate.js'

const MNEMONIC =
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about'
const FEE = { amount: [{ denom: 'udatum', amount: '2000' }], gas: '300000' }
const MEMBERS = 5

let t: TestApp
let alice: TestAccount
let members: { wallet: Secp256k1HdWallet; direct: DirectSecp256k1HdWallet; address: string }[]
let multisig: MultisigThresholdPubkey
let multisigAddress: string
const recipient = toBech32(new Uint8Array(20).fill(7))

beforeAll(async () => {
  t = await makeTestApp({ balance: 10_000_000n })
  alice = t.accounts[0]!
  members = []
  for (let i = 0; i < MEMBERS; i++) {
    const hdPaths = [makeCosmoshubPath(i)]
    const wallet = await Secp256k1HdWallet.fromMnemonic(MNEMONIC, { hdPaths, prefix: 'datum' })
    const direct = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { hdPaths, prefix: 'datum' })
    members.push({ wallet, direct, address: (await wallet.getAccounts())[0]!.address })
  }
  const pubkeys = await Promise.all(
    members.map(async (m) => encodeSecp256k1Pubkey((await m.wallet.getAccounts())[0]!.pubkey)),
  )
  multisig = createMultisigThresholdPubkey(pubkeys, 2)
  multisigAddress = pubkeyToAddress(multisig, 'datum')
  const fund = t.sign(alice, [sendMsg(alice.address, multisigAddress, [coin(1_000_000, 'udatum')])])
  expect((await t.block([fund])).txResults[0]!.code).toBe(0)
})
afterAll(() => t?.cleanup())

const send = (amount: number) => ({
  typeUrl: '/cosmos.bank.v1beta1.MsgSend',
  value: {
    fromAddress: multisigAddress,
    toAddress: recipient,
    amount: [{ denom: 'udatum', amount: `${amount}` }],
  },
})

/** Members `who` sign the send in amino JSON, offline, as CosmJS's multisignature spec does. */
async function aminoSigned(who: number[], amount: number): Promise<Uint8Array> {
  const acc = t.account(multisigAddress)!
  const signerData = {
    accountNumber: acc.accountNumber,
    sequence: Number(acc.sequence),
    chainId: t.chainId,
  }
  const signatures = new Map<string, Uint8Array>()
  let bodyBytes: Uint8Array = new Uint8Array()
  for (const i of who) {
    const client = await SigningStargateClient.offline(members[i]!.wallet)
    const signed = await client.sign(members[i]!.address, [send(amount)], FEE, 'multi', signerData)
    bodyBytes = signed.bodyBytes
    signatures.set(members[i]!.address, signed.signatures[0]!)
  }
  return makeMultisignedTxBytes(multisig, Number(acc.sequence), FEE, bodyBytes, signatures)
}

async function deliver(tx: Uint8Array) {
  const check = t.app.checkTx(tx, 'new')
  if (check.code !== 0) return check
  return (await t.block([tx])).txResults[0]!
}

describe('multisig (LegacyAminoPubKey) senders', () => {
  it('2-of-5 in LEGACY_AMINO_JSON via makeMultisignedTxBytes: the first tx sets the key, the second uses it', async () => {
    const first = await deliver(await aminoSigned([0, 3], 1234))
    expect(first.code, first.log).toBe(0)
    expect(t.account(multisigAddress)!.pubKey?.typeUrl).toBe('/cosmos.crypto.multisig.LegacyAminoPubKey')
    const second = await deliver(await aminoSigned([1, 2, 4], 10))
    expect(second.code, second.log).toBe(0)
    expect(t.balance(recipient)).toBe(1244n)
    expect(t.account(multisigAddress)!.sequence).toBe(2n)
  })

  it('a 3-of-5 signature gives one precheck claim per member signature, each proven off the main thread', async () => {
    const tx = await aminoSigned([0, 2, 4], 5)
    const claims = t.app.signatureClaims(tx)
    expect(claims).toHaveLength(3)
    expect(claims.map(verifySignatureClaim)).toEqual([true, true, true])
    // A member signature changed by one bit: its claim fails, the others still verify.
    const raw = TxRaw.decode(tx)
    const multi = MultiSignature.decode(raw.signatures[0]!)
    multi.signatures[1]![5]! ^= 1
    raw.signatures[0] = MultiSignature.encode(multi).finish()
    const tampered = t.app.signatureClaims(TxRaw.encode(raw).finish())
    expect(tampered.map(verifySignatureClaim)).toEqual([true, false, true])
  })

  it('simulates a multisig send (empty signature, as a wallet asks) within 1.2× of what 2-of-5 delivery uses', async () => {
    const acc = t.account(multisigAddress)!
    const body = TxBody.fromPartial({
      messages: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode(send(3).value).finish() }],
      memo: 'multi',
    })
    const simTx = Tx.encode(
      Tx.fromPartial({
        body,
        authInfo: AuthInfo.fromPartial({
          signerInfos: [
            { publicKey: encodePubkey(multisig), modeInfo: { single: { mode: 0 } }, sequence: acc.sequence },
          ],
          fee: {},
        }),
        signatures: [new Uint8Array()],
      }),
    ).finish()
    const r = t.app.query({
      path: SIMULATE_PATH,
      data: SimulateRequest.encode({ txBytes: simTx }).finish(),
      height: 0n,
      prove: false,
    })
    expect(r.code, r.log).toBe(0)
    const simulated = Number(SimulateResponse.decode(r.value).gasInfo!.gasUsed)
    const delivered = await deliver(await aminoSigned([0, 1], 3))
    expect(delivered.code, delivered.log).toBe(0)
    const used = Number(delivered.gasUsed)
    expect(used / simulated).toBeLessThanOrEqual(1.2)
    expect(simulated / used).toBeLessThanOrEqual(1.2)
  })

  it('refuses fewer signatures than the threshold, a bad member signature, and a key of another address', async () => {
    const before = t.balance(recipient)
    const one = await deliver(await aminoSigned([2], 5))
    expect([one.code, one.codespace]).toEqual([4, 'sdk'])
    expect(one.log).toMatch(/not enough signatures set, have 1, expected 2/)

    const tampered = TxRaw.decode(await aminoSigned([0, 1], 5))
    const parts = MultiSignature.decode(tampered.signatures[0]!).signatures
    parts[1] = Uint8Array.from(parts[1]!, (b, i) => (i === 5 ? b ^ 1 : b))
    tampered.signatures = [MultiSignature.encode({ signatures: parts }).finish()]
    expect(t.app.checkTx(TxRaw.encode(tampered).finish(), 'new').code).toBe(4)

    // the same members with threshold 3 are another address: code 8 once the account has a key
    const other = createMultisigThresholdPubkey(multisig.value.pubkeys, 3)
    const wrongKey = TxRaw.decode(await aminoSigned([0, 1, 2], 5))
    const info = AuthInfo.decode(wrongKey.authInfoBytes)
    info.signerInfos[0]!.publicKey = encodePubkey(other)
    wrongKey.authInfoBytes = AuthInfo.encode(info).finish()
    expect(t.app.checkTx(TxRaw.encode(wrongKey).finish(), 'new').code).toBe(8)
    expect(t.balance(recipient)).toBe(before)
  })

  it('SIGN_MODE_DIRECT members sign the final auth info (bit array and modes included)', async () => {
    const acc = t.account(multisigAddress)!
    // positions in the multisig's key list (CosmJS sorts the keys), mapped to the members holding them
    const positions = [0, 4]
    const who = positions.map((p) =>
      members.findIndex((m) => m.address === pubkeyToAddress(multisig.value.pubkeys[p]!, 'datum')),
    )
    // 5 bits in one byte, most significant first (the SDK's CompactBitArray): keys 0 and 4
    const bitarray = { elems: Uint8Array.of(0b1000_1000), extraBitsStored: 5 }
    const signerInfo = {
      publicKey: encodePubkey(multisig),
      modeInfo: {
        multi: {
          bitarray,
          modeInfos: who.map(() => ({ single: { mode: SignMode.SIGN_MODE_DIRECT } })),
        },
      },
      sequence: acc.sequence,
    }
    const authInfoBytes = AuthInfo.encode(
      AuthInfo.fromPartial({ signerInfos: [signerInfo], fee: { amount: FEE.amount, gasLimit: 300_000n } }),
    ).finish()
    const client = await SigningStargateClient.offline(members[0]!.direct)
    const bodyBytes = client.registry.encode({
      typeUrl: '/cosmos.tx.v1beta1.TxBody',
      value: { messages: [send(7)] },
    })
    const doc = makeSignDoc(bodyBytes, authInfoBytes, t.chainId, Number(acc.accountNumber))
    const sigs: Uint8Array[] = []
    for (const i of who) {
      const { signature } = await members[i]!.direct.signDirect(members[i]!.address, doc)
      sigs.push(Buffer.from(signature.signature, 'base64'))
    }
    const tx = TxRaw.encode({
      bodyBytes,
      authInfoBytes,
      signatures: [MultiSignature.encode({ signatures: sigs }).finish()],
    }).finish()
    const before = t.balance(recipient)
    const r = await deliver(tx)
    expect(r.code, r.log).toBe(0)
    expect(t.balance(recipient)).toBe(before + 7n)
  })
})
