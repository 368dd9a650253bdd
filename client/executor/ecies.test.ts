import { secp256k1 } from '@noble/curves/secp256k1.js'
import { describe, expect, it } from 'vitest'
import { decryptWith, EciesError, encryptTo } from './ecies.js'

describe('ECIES secp256k1 + AES-256-GCM', () => {
  const sk = secp256k1.utils.randomSecretKey()
  const pk = secp256k1.getPublicKey(sk, true)
  const msg = new TextEncoder().encode('{"mean":41.7}')

  it('round-trips and uses a fresh ephemeral key each time', () => {
    const a = encryptTo(pk, msg)
    const b = encryptTo(pk, msg)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false)
    expect(new TextDecoder().decode(decryptWith(sk, a))).toBe('{"mean":41.7}')
  })

  it('a wrong key or a flipped bit fails authentication; junk is malformed', () => {
    const env = encryptTo(pk, msg)
    const other = secp256k1.utils.randomSecretKey()
    expect(() => decryptWith(other, env)).toThrow(EciesError)
    const flipped = Uint8Array.from(env)
    flipped[flipped.length - 20]! ^= 1
    expect(() => decryptWith(sk, flipped)).toThrow(/authenticate/)
    expect(() => decryptWith(sk, new Uint8Array(10))).toThrow(/envelope/)
    expect(() => encryptTo(new Uint8Array(33), msg)).toThrow(/recipient key/)
  })
})
