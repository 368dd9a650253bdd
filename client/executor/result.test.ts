import { secp256k1 } from '@noble/curves/secp256k1.js'
import { describe, expect, it } from 'vitest'
import { commitmentOf } from '../../modules/attestation/commitment.js'
import { canonicalJson, prepareResult, verifyResult } from './result.js'

const result = {
  algorithm: 'dp-mean' as const,
  column: 'age',
  value: 41.5,
  epsilonMicro: '1000000',
  scale: 200,
}

describe('commit/reveal result flow', () => {
  const sk = secp256k1.utils.randomSecretKey()
  const pk = secp256k1.getPublicKey(sk, true)

  it('the commitment is what the chain recomputes at reveal; the requester decrypts the attested result', () => {
    const p = prepareResult(7n, result, pk)
    expect(commitmentOf(p.resultDigest, p.salt)).toBe(p.commitment)
    expect(verifyResult(p.envelope, sk, p.resultDigest)).toMatchObject({ value: 41.5, jobId: '7' })
  })

  it('equal results give equal digests (canonical JSON) but fresh salts', () => {
    const a = prepareResult(7n, result, pk)
    const b = prepareResult(7n, { ...result }, pk)
    expect(a.resultDigest).toBe(b.resultDigest)
    expect(a.salt).not.toBe(b.salt)
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 0 }] })).toBe('{"a":[2,{"c":0,"d":1}],"b":1}')
  })

  it('a result that is not the attested one is refused', () => {
    const p = prepareResult(7n, result, pk)
    expect(() => verifyResult(p.envelope, sk, 'ab'.repeat(32))).toThrow(/not the attested/)
  })
})
