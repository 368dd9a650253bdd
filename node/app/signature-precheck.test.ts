// BaseApp.signatureClaims / admitSignatures: the claims are exactly what CheckTx verifies (a claim admitted
// as verified is the cache entry CheckTx looks up), they follow the check state, and a tx that does not
// decode claims nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifySignatureClaim } from '../../modules/auth/index.js'
import { coin } from '../../modules/sdk/index.js'
import { makeTestApp, sendMsg, type TestApp } from '../testing/test-app.js'
import { encodeTx, signTxParts, testAccount } from '../testing/test-signer.js'

let t: TestApp
beforeEach(async () => {
  t = await makeTestApp({ accounts: 2 })
})
afterEach(() => t.cleanup())

const UNAUTHORIZED = 4

function send(o: { badSignature?: boolean; accountNumber?: bigint; sequence?: bigint } = {}): Uint8Array {
  const [alice, bob] = t.accounts
  const acc = t.account(alice!.address)!
  const raw = signTxParts(alice!, {
    chainId: t.chainId,
    accountNumber: o.accountNumber ?? acc.accountNumber,
    sequence: o.sequence ?? acc.sequence,
    msgs: [sendMsg(alice!.address, bob!.address, [coin(5, 'udatum')])],
  })
  if (o.badSignature) raw.signatures[0]![7]! ^= 1
  return encodeTx(raw)
}

describe('signature precheck', () => {
  it('a signed send claims one signature, which verifies', () => {
    const claims = t.app.signatureClaims(send())
    expect(claims).toHaveLength(1)
    expect(claims[0]!.pubKey).toEqual(t.accounts[0]!.pubKey)
    expect(verifySignatureClaim(claims[0]!)).toBe(true)
  })

  it('a claim admitted as verified is the entry CheckTx looks up (shown with a bad signature and a lying verifier)', () => {
    const tx = send({ badSignature: true })
    const claims = t.app.signatureClaims(tx)
    expect(claims.map(verifySignatureClaim)).toEqual([false])
    expect(t.app.checkTx(tx, 'new').code).toBe(UNAUTHORIZED)
    // Admitted as false: nothing is remembered, CheckTx still verifies and refuses.
    t.app.admitSignatures(claims, [false])
    expect(t.app.checkTx(tx, 'new').code).toBe(UNAUTHORIZED)
    // Admitted as true: CheckTx finds it and does no curve arithmetic, which is why only the pool's
    // workers, running the auth module's own check, may call admitSignatures.
    t.app.admitSignatures(claims, [true])
    const r = t.app.checkTx(tx, 'new')
    expect(r.code, r.log).toBe(0)
  })

  it('claims are built from the check state: a tx signed with a wrong account number claims what the state says, and fails', () => {
    const tx = send({ accountNumber: 999n })
    const claims = t.app.signatureClaims(tx)
    expect(claims).toHaveLength(1)
    expect(verifySignatureClaim(claims[0]!)).toBe(false)
    t.app.admitSignatures(claims, [false])
    expect(t.app.checkTx(tx, 'new').code).toBe(UNAUTHORIZED)
  })

  it('bytes that are not a tx, and a tx from an unknown account, claim nothing', () => {
    expect(t.app.signatureClaims(Uint8Array.of(0xff, 1, 2))).toEqual([])
    const stranger = makeStrangerTx()
    expect(t.app.signatureClaims(stranger)).toEqual([])
  })
})

function makeStrangerTx(): Uint8Array {
  const stranger = testAccount(99)
  const msgs = [sendMsg(stranger.address, t.accounts[0]!.address, [coin(1, 'udatum')])]
  return encodeTx(signTxParts(stranger, { chainId: t.chainId, accountNumber: 0n, sequence: 0n, msgs }))
}
