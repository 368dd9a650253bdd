import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { describe, expect, it } from 'vitest'
import { commitmentOf } from '../../modules/attestation/commitment.js'
import { encryptTo } from './ecies.js'
import {
  canonicalJson,
  prepareResult,
  resultDigestOf,
  resultPlaintext,
  resultSecret,
  verifyResult,
} from './result.js'

const result = {
  algorithm: 'dp-mean' as const,
  column: 'age',
  value: 41.5,
  epsilonMicro: '1000000',
  scale: 200,
  grid: 2 ** -13,
}
const dataKey = new Uint8Array(32).fill(1)
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

describe('commit/reveal result flow', () => {
  const sk = secp256k1.utils.randomSecretKey()
  const pk = secp256k1.getPublicKey(sk, true)
  const viewerSk = secp256k1.utils.randomSecretKey()
  const viewerPk = secp256k1.getPublicKey(viewerSk, true)
  const secret = resultSecret(dataKey, 'c', 7n)

  it('the commitment is what the chain recomputes at reveal; requester and viewer decrypt the attested result', () => {
    const p = prepareResult(7n, result, [pk, viewerPk], secret)
    expect(commitmentOf(p.resultDigest, p.salt)).toBe(p.commitment)
    expect(verifyResult(p.envelope, sk, p.resultDigest)).toMatchObject({ value: 41.5, jobId: '7' })
    expect(verifyResult(p.envelope, viewerSk, p.resultDigest)).toMatchObject({ value: 41.5 })
    expect(() => verifyResult(p.envelope, secp256k1.utils.randomSecretKey(), p.resultDigest)).toThrow(
      /not encrypted to/,
    )
  })

  it('executors holding the data key agree on the digest; a guess of the result cannot be confirmed', () => {
    const a = prepareResult(7n, result, [pk], resultSecret(dataKey, 'c', 7n))
    const b = prepareResult(7n, { ...result }, [viewerPk], resultSecret(Uint8Array.from(dataKey), 'c', 7n))
    expect(a.resultDigest).toBe(b.resultDigest)
    expect(a.salt).not.toBe(b.salt)
    // someone who guesses the exact plaintext but lacks the secret computes another digest
    const guess = resultPlaintext(7n, result)
    expect(hex(sha256(guess))).not.toBe(a.resultDigest)
    expect(resultDigestOf(new Uint8Array(32), guess)).not.toBe(a.resultDigest)
    expect(resultDigestOf(secret, guess)).toBe(a.resultDigest)
    // another job, chain or key: another secret
    expect(hex(resultSecret(dataKey, 'c', 8n))).not.toBe(hex(secret))
    expect(hex(resultSecret(dataKey, 'd', 7n))).not.toBe(hex(secret))
    expect(hex(resultSecret(new Uint8Array(32), 'c', 7n))).not.toBe(hex(secret))
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 0 }] })).toBe('{"a":[2,{"c":0,"d":1}],"b":1}')
  })

  it('a result that is not the attested one is refused; a version 1 envelope still verifies', () => {
    const p = prepareResult(7n, result, [pk], secret)
    expect(() => verifyResult(p.envelope, sk, 'ab'.repeat(32))).toThrow(/not the attested/)
    const plaintext = resultPlaintext(7n, result)
    expect(verifyResult(encryptTo(pk, plaintext), sk, hex(sha256(plaintext)))).toMatchObject({ value: 41.5 })
  })
})
