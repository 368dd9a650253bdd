// The verification cache may skip the curve arithmetic only for an exact (sign bytes, signature, key)
// triple that verified before; anything else verifies, and the cache stays bounded.
import { createHash, randomBytes } from 'node:crypto'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { describe, expect, it } from 'vitest'
import { SigVerifyCache } from './sig-cache.js'

const sha = (b: Uint8Array) => new Uint8Array(createHash('sha256').update(b).digest())

function signed(text: string) {
  const priv = sha(new TextEncoder().encode(text))
  const pub = secp256k1.getPublicKey(priv, true)
  const bytes = new TextEncoder().encode(`sign bytes of ${text}`)
  const sig = secp256k1.sign(sha(bytes), priv, { prehash: false, lowS: true, format: 'compact' })
  return { pub, bytes, sig }
}

describe('SigVerifyCache', () => {
  it('remembers a good signature from CheckTx and uses it once in DeliverTx', () => {
    const c = new SigVerifyCache(10)
    const { pub, bytes, sig } = signed('a')
    expect(c.verify(bytes, sig, pub, true)).toBe(true)
    expect(c.size).toBe(1)
    expect(c.verify(bytes, sig, pub, false)).toBe(true)
    expect(c.size).toBe(0)
    // A second delivery verifies again (and still passes).
    expect(c.verify(bytes, sig, pub, false)).toBe(true)
  })

  it('never caches a failure, and a cached triple does not vouch for a changed one', () => {
    const c = new SigVerifyCache(10)
    const { pub, bytes, sig } = signed('b')
    const other = signed('c')
    const bad = new Uint8Array(sig)
    bad[5]! ^= 1
    expect(c.verify(bytes, bad, pub, true)).toBe(false)
    expect(c.size).toBe(0)
    expect(c.verify(bytes, sig, pub, true)).toBe(true)
    // Same signature and key, other sign bytes (e.g. another sequence or chain id): verified, fails.
    expect(c.verify(other.bytes, sig, pub, false)).toBe(false)
    // Same bytes and signature, other key: fails.
    expect(c.verify(bytes, sig, other.pub, false)).toBe(false)
    expect(c.verify(bytes, bad, pub, false)).toBe(false)
  })

  it('stays within its bound, evicting the oldest entry', () => {
    const c = new SigVerifyCache(3)
    const all = ['d', 'e', 'f', 'g'].map(signed)
    for (const s of all) expect(c.verify(s.bytes, s.sig, s.pub, true)).toBe(true)
    expect(c.size).toBe(3)
  })

  it('with size 0 verifies every time and keeps nothing', () => {
    const c = new SigVerifyCache(0)
    const { pub, bytes, sig } = signed('h')
    expect(c.verify(bytes, sig, pub, true)).toBe(true)
    expect(c.size).toBe(0)
    expect(c.verify(bytes, randomBytes(64), pub, false)).toBe(false)
  })
})
