// The signature worker pool with real worker threads and the native (or noble) verifier: verdicts match
// the auth module's check claim by claim, concurrent callers share batches and get their own answers, and
// a closed pool answers "not verified" (CheckTx then verifies itself).
import { afterEach, describe, expect, it } from 'vitest'
import { verifySignatureClaim } from '../../modules/auth/index.js'
import type { SignatureClaim } from '../../modules/sdk/index.js'
import { makeTestApp, sendMsg } from '../testing/test-app.js'
import { SignatureVerifierPool } from './sig-verify-pool.js'

let pool: SignatureVerifierPool | undefined
afterEach(async () => {
  await pool?.close()
  pool = undefined
})

async function signedClaims(count: number): Promise<SignatureClaim[]> {
  const t = await makeTestApp({ accounts: 2 })
  try {
    const [alice, bob] = t.accounts
    return Array.from({ length: count }, (_, i) => {
      const tx = t.sign(alice!, [
        sendMsg(alice!.address, bob!.address, [{ denom: 'udatum', amount: BigInt(i + 1) }]),
      ])
      return t.app.signatureClaims(tx)[0]!
    })
  } finally {
    await t.cleanup()
  }
}

function tampered(c: SignatureClaim): SignatureClaim {
  const signature = c.signature.slice()
  signature[3]! ^= 1
  return { ...c, signature }
}

describe('SignatureVerifierPool', () => {
  it('gives each claim the verdict of the auth module check, in order, across concurrent callers', async () => {
    const good = await signedClaims(40)
    const mixed = good.map((c, i) => (i % 3 === 0 ? tampered(c) : c))
    pool = new SignatureVerifierPool(2)
    const parts = [mixed.slice(0, 5), mixed.slice(5, 6), mixed.slice(6, 30), mixed.slice(30)]
    const answers = await Promise.all(parts.map((p) => pool!.verify(p)))
    expect(answers.flat()).toEqual(mixed.map(verifySignatureClaim))
    expect(answers.flat().filter((ok) => !ok)).toHaveLength(14)
  })

  it('answers an empty request at once, and every claim false once closed', async () => {
    const [claim] = await signedClaims(1)
    pool = new SignatureVerifierPool(1)
    expect(await pool.verify([])).toEqual([])
    expect(await pool.verify([claim!])).toEqual([true])
    await pool.close()
    expect(await pool.verify([claim!, claim!])).toEqual([false, false])
  })

  it('a batch unanswered in time is answered false and its worker replaced; a worker that exits likewise', async () => {
    const [claim] = await signedClaims(1)
    const errors: string[] = []
    pool = new SignatureVerifierPool(1, { onError: (e) => errors.push(String(e)) })
    expect(await pool.verify([claim!])).toEqual([true])
    // ~5,000 verifications keep the worker busy for far longer than 50 ms on any machine.
    const slow = new SignatureVerifierPool(1, { onError: (e) => errors.push(String(e)), answerTimeoutMs: 50 })
    try {
      expect(await slow.verify([claim!])).toEqual([false]) // the first batch waits on the worker's start too
      expect(await slow.verify(Array.from({ length: 5_000 }, () => claim!))).toEqual(
        Array.from({ length: 5_000 }, () => false),
      )
      expect(errors.some((e) => /did not answer within 50 ms/.test(e))).toBe(true)
    } finally {
      await slow.close()
    }
    // A worker that exits mid-life: what it held is answered false, and the next batch gets a new worker.
    const slots = (pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }).slots
    await slots[0]!.worker.terminate()
    expect(await pool.verify([claim!])).toEqual([true])
  })

  it('refuses a worker count below one', () => {
    expect(() => new SignatureVerifierPool(0)).toThrow(/workers must be ≥ 1/)
  })
})
