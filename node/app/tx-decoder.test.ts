import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { describe, expect, it } from 'vitest'
import { AccountKeeper } from '../../modules/auth/index.js'
import { BankKeeper, msgSendDefinition } from '../../modules/bank/index.js'
import { AbciError, coin, concatBytes } from '../../modules/sdk/index.js'
import { ProbeModule } from '../testing/probe-module.js'
import { probeMsg, sendMsg } from '../testing/test-app.js'
import { encodeTx, pubKeyAny, signTx, signTxParts, testAccount } from '../testing/test-signer.js'
import { MsgRouter } from './msg-router.js'
import { decodeTx } from './tx-decoder.js'

const router = new MsgRouter()
router.register(msgSendDefinition(new BankKeeper(new AccountKeeper())) as never, 'bank')
router.register(new ProbeModule().msgProbe as never, 'probe')
const opts = { maxTxBytes: 4096 }
const alice = testAccount(0)
const bob = testAccount(1)
const base = { chainId: 'c', accountNumber: 0n, sequence: 0n }
const send = sendMsg(alice.address, bob.address, [coin(5, 'udatum')])
const goodParts = () => signTxParts(alice, { ...base, msgs: [send] })

function varint(n: number): Uint8Array {
  const out: number[] = []
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n >>>= 7
  }
  out.push(n)
  return Uint8Array.from(out)
}
const field = (no: number, bytes: Uint8Array) =>
  concatBytes(varint((no << 3) | 2), varint(bytes.length), bytes)
const varintField = (no: number, v: number) => concatBytes(varint(no << 3), varint(v))

function codeOf(raw: Uint8Array): [number, string] {
  try {
    decodeTx(raw, router, opts)
    return [0, '']
  } catch (e) {
    expect(e).toBeInstanceOf(AbciError)
    return [(e as AbciError).code, (e as AbciError).log]
  }
}

describe('decodeTx', () => {
  it('decodes a signed tx: messages resolved, signers in order, hash of the raw bytes', () => {
    const raw = signTx(alice, {
      ...base,
      msgs: [send, probeMsg(bob.address, 'write'), probeMsg(alice.address, 'write')],
    })
    const tx = decodeTx(raw, router, opts)
    expect(tx.msgs.map((m) => m.typeUrl)).toEqual([
      '/cosmos.bank.v1beta1.MsgSend',
      '/datum.probe.v1.MsgProbe',
      '/datum.probe.v1.MsgProbe',
    ])
    expect(tx.signers).toEqual([alice.address, bob.address])
    expect(tx.hash).toHaveLength(32)
  })

  it('appends an explicit fee payer to the signers', () => {
    const raw = signTx(alice, {
      ...base,
      msgs: [send],
      fee: { amount: [], gasLimit: 1n, payer: bob.address },
    })
    expect(decodeTx(raw, router, opts).signers).toEqual([alice.address, bob.address])
    const bad = signTx(alice, {
      ...base,
      msgs: [send],
      fee: { amount: [], gasLimit: 1n, payer: 'datum1bad' },
    })
    expect(codeOf(bad)[0]).toBe(7)
  })

  it('refuses empty, oversized and garbage bytes with codes 2 and 21', () => {
    expect(codeOf(new Uint8Array())).toEqual([2, 'invalid empty tx: tx parse error'])
    expect(codeOf(new Uint8Array(5000))[0]).toBe(21)
    expect(codeOf(Uint8Array.of(0xff, 0xff, 0xff))[0]).toBe(2)
    expect(codeOf(Uint8Array.of(0x0a, 0x05, 0x01))[0]).toBe(2) // length past the end
    expect(codeOf(Uint8Array.of(0x0e, 0x00))[0]).toBe(2) // wire type 6
  })

  it('refuses non-canonical TxRaw encodings (ADR-027): order, duplicates, padded varints, unknown fields', () => {
    const p = goodParts()
    const body = field(1, p.bodyBytes)
    const auth = field(2, p.authInfoBytes)
    const sig = field(3, p.signatures[0]!)
    expect(codeOf(concatBytes(body, auth, sig))[0]).toBe(0)
    expect(codeOf(concatBytes(auth, body, sig))[1]).toMatch(/ADR-027/)
    expect(codeOf(concatBytes(body, body, auth, sig))[0]).toBe(2)
    const len = varint(p.bodyBytes.length)
    len[len.length - 1]! |= 0x80 // same value, one padding byte longer
    const padded = concatBytes(Uint8Array.of(0x0a), len, Uint8Array.of(0), p.bodyBytes)
    expect(codeOf(concatBytes(padded, auth, sig))[1]).toMatch(/not as short as possible/)
    expect(codeOf(concatBytes(body, auth, sig, field(4, Uint8Array.of(1))))[1]).toMatch(/unknown field/)
    expect(codeOf(concatBytes(body, auth, varintField(3, 1)))[0]).toBe(2)
  })

  it('refuses unknown critical fields in TxBody and any unknown field in AuthInfo, allows non-critical body fields', () => {
    const p = goodParts()
    const withBody = (bodyBytes: Uint8Array) => encodeTx({ ...p, bodyBytes })
    const withAuth = (authInfoBytes: Uint8Array) => encodeTx({ ...p, authInfoBytes })
    expect(codeOf(withBody(concatBytes(p.bodyBytes, varintField(6, 1))))[1]).toMatch(/unknown field/)
    expect(codeOf(withBody(concatBytes(p.bodyBytes, varintField(4, 1))))[0]).toBe(2) // unordered: SDK 0.53 only
    expect(codeOf(withBody(concatBytes(p.bodyBytes, varintField(1030, 1))))[0]).toBe(0)
    expect(codeOf(withBody(concatBytes(p.bodyBytes, varintField(2, 1))))[1]).toMatch(/wire type mismatch/)
    expect(codeOf(withAuth(concatBytes(p.authInfoBytes, varintField(1030, 1))))[0]).toBe(2)
    const info = AuthInfo.decode(p.authInfoBytes)
    const pk = pubKeyAny(alice.pubKey)
    const badPk = { ...pk, value: concatBytes(pk.value, varintField(2, 1)) }
    const authBadPk = AuthInfo.encode({
      ...info,
      signerInfos: [{ ...info.signerInfos[0]!, publicKey: badPk }],
    }).finish()
    expect(codeOf(withAuth(authBadPk))[1]).toMatch(/cosmos.crypto.PubKey has no field number 2/)
  })

  it('bounds nesting depth (ModeInfo.multi recursion) with a parse error, not a stack overflow', () => {
    let mode = field(1, varintField(1, 1)) // single{mode=1}
    for (let i = 0; i < 100; i++) mode = field(2, field(2, mode)) // multi{mode_infos=[…]}
    const signerInfo = field(2, mode)
    const auth = concatBytes(field(1, signerInfo), field(2, varintField(2, 1)))
    const [code, log] = codeOf(encodeTx({ ...goodParts(), authInfoBytes: auth }))
    expect(code).toBe(2)
    expect(log).toMatch(/nesting exceeds 64/)
  })

  it('maps message problems: unknown type url 34, unknown msg field 2, validateBasic code, none 18', () => {
    const unknown = signTx(alice, {
      ...base,
      msgs: [{ typeUrl: '/datum.nope.v1.MsgNope', value: new Uint8Array() }],
    })
    expect(codeOf(unknown)).toEqual([
      34,
      'unable to resolve type URL /datum.nope.v1.MsgNope: failed unpacking protobuf message from Any',
    ])
    const extra = { ...send, value: concatBytes(send.value, varintField(9, 1)) }
    expect(codeOf(signTx(alice, { ...base, msgs: [extra] }))[1]).toMatch(/unknown fields or a non-canonical/)
    const badAddr = sendMsg(alice.address, 'cosmos1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqnrql8a', [
      coin(1, 'udatum'),
    ])
    // SDK 0.50: MsgSend's recipient is checked by the message server, not at decode (CheckTx)
    expect(codeOf(signTx(alice, { ...base, msgs: [badAddr] }))[0]).toBe(0)
    const signerAddr = sendMsg('cosmos1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqnrql8a', bob.address, [
      coin(1, 'udatum'),
    ])
    expect(codeOf(signTx(alice, { ...base, msgs: [signerAddr] }))[0]).toBe(7) // the sender is a signer
    expect(codeOf(signTx(alice, { ...base, msgs: [sendMsg(alice.address, bob.address, [])] }))[0]).toBe(10)
    expect(codeOf(signTx(alice, { ...base, msgs: [] }))).toEqual([
      18,
      'must contain at least one message: invalid request',
    ])
  })

  it('refuses extension options (31), a missing fee (18) and gas above 2^63-1 (18)', () => {
    const p = goodParts()
    const body = TxBody.decode(p.bodyBytes)
    const ext = TxBody.encode({
      ...body,
      extensionOptions: [{ typeUrl: '/x.Ext', value: new Uint8Array() }],
    }).finish()
    expect(codeOf(encodeTx({ ...p, bodyBytes: ext }))[0]).toBe(31)
    const noFee = AuthInfo.encode({ ...AuthInfo.decode(p.authInfoBytes), fee: undefined }).finish()
    expect(codeOf(encodeTx({ ...p, authInfoBytes: noFee }))).toEqual([18, 'missing fee: invalid request'])
    const huge = signTx(alice, { ...base, msgs: [send], fee: { amount: [], gasLimit: 1n << 63n } })
    expect(codeOf(huge)[1]).toMatch(/invalid gas supplied/)
    expect(TxRaw.decode(huge).signatures).toHaveLength(1)
  })
})
