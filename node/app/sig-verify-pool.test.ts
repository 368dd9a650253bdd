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

  it('refuses a worker count below one', () => {
    expect(() => new SignatureVerifierPool(0)).toThrow(/workers must be ≥ 1/)
  })
})
