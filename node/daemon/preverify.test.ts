// The node's way in for new txs, whole: a real app (auth, bank), a real mempool, real signature workers.
// Txs submitted together from two senders all land in order; a bad signature is refused by CheckTx with
// the usual code; a tx already pooled is not sent to the workers again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { coin } from '../../modules/sdk/index.js'
import { SignatureVerifierPool } from '../app/sig-verify-pool.js'
import { TxAdmission } from '../mempool/admission.js'
import { Mempool, type MempoolCheckResult } from '../mempool/mempool.js'
import { makeTestApp, sendMsg, type TestApp } from '../testing/test-app.js'
import { encodeTx, signTxParts } from '../testing/test-signer.js'
import { preverifySignatures } from './preverify.js'

let t: TestApp
let pool: SignatureVerifierPool
let mempool: Mempool
let admission: TxAdmission
let claimsSent: number

beforeEach(async () => {
  t = await makeTestApp({ accounts: 3 })
  pool = new SignatureVerifierPool(1)
  mempool = new Mempool(t.app)
  claimsSent = 0
  const counting = {
    verify: (claims: Parameters<SignatureVerifierPool['verify']>[0]) => {
      claimsSent += claims.length
      return pool.verify(claims)
    },
  }
  admission = new TxAdmission(mempool, preverifySignatures(t.app, mempool, counting))
})
afterEach(async () => {
  await pool.close()
  await t.cleanup()
})

function send(from: number, sequence: bigint, badSignature = false): Uint8Array {
  const sender = t.accounts[from]!
  const acc = t.account(sender.address)!
  const raw = signTxParts(sender, {
    chainId: t.chainId,
    accountNumber: acc.accountNumber,
    sequence,
    msgs: [sendMsg(sender.address, t.accounts[2]!.address, [coin(7, 'udatum')])],
  })
  if (badSignature) raw.signatures[0]![9]! ^= 1
  return encodeTx(raw)
}

describe('preverified admission', () => {
  it('admits a burst from two senders in sequence order, each signature checked on a worker', async () => {
    const txs: Uint8Array[] = []
    for (let seq = 0n; seq < 6n; seq++) txs.push(send(0, seq), send(1, seq))
    const results = await Promise.all(txs.map((tx) => admission.checkTx(tx)))
    expect(results.map((r) => [r.added, r.result.code, r.result.log])).toEqual(
      txs.map(() => [true, 0, expect.any(String)]),
    )
    expect(claimsSent).toBe(12)
    expect(mempool.size()).toBe(12)
    const block = await t.block(mempool.reap(-1n, -1n))
    expect(block.txResults.map((r) => r.code)).toEqual(txs.map(() => 0))
  })

  it('a bad signature verified false on the worker is refused by CheckTx itself (code 4, nothing pooled)', async () => {
    const r = (await admission.checkTx(send(0, 0n, true))) as MempoolCheckResult
    expect(r.added).toBe(false)
    expect(r.result.code).toBe(4)
    expect(r.result.log).toMatch(/signature verification failed/)
    expect(mempool.size()).toBe(0)
  })

  it('a tx already in the pool goes straight to the duplicate check', async () => {
    const tx = send(0, 0n)
    expect(((await admission.checkTx(tx)) as MempoolCheckResult).added).toBe(true)
    const again = admission.checkTx(tx)
    expect(again).not.toBeInstanceOf(Promise)
    expect((again as MempoolCheckResult).refusal).toBe('duplicate')
    expect(claimsSent).toBe(1)
  })
})
