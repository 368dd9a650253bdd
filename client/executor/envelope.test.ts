import { secp256k1 } from '@noble/curves/secp256k1.js'
import { describe, expect, it } from 'vitest'
import { encryptTo } from './ecies.js'
import { openWith, recipientsOf, sealFor } from './envelope.js'

const keys = Array.from({ length: 3 }, () => secp256k1.utils.randomSecretKey())
const pubs = keys.map((k) => secp256k1.getPublicKey(k, true))
const msg = new TextEncoder().encode('{"mean":41.7}')
const text = (b: Uint8Array) => new TextDecoder().decode(b)

describe('multi-recipient result envelope', () => {
  it('opens for every recipient (duplicates dropped), not for anyone else', () => {
    const env = sealFor([pubs[0]!, pubs[1]!, pubs[0]!], msg)
    expect(recipientsOf(env)).toEqual([pubs[0]!, pubs[1]!].map((p) => Buffer.from(p).toString('hex')))
    expect(text(openWith(keys[0]!, env).payload)).toBe('{"mean":41.7}')
    expect(openWith(keys[1]!, env)).toMatchObject({ version: 2 })
    expect(() => openWith(keys[2]!, env)).toThrow(/not encrypted to key/)
  })

  it('authenticates the recipient list and the body', () => {
    const env = sealFor([pubs[0]!, pubs[1]!], msg)
    const swapped = Uint8Array.from(env)
    // replace recipient 1's public key by recipient 2's: the header is authenticated data
    swapped.set(pubs[2]!, 3 + 33 + 94)
    expect(() => openWith(keys[0]!, swapped)).toThrow(/authenticate/)
    const flipped = Uint8Array.from(env)
    flipped[flipped.length - 20]! ^= 1
    expect(() => openWith(keys[1]!, flipped)).toThrow(/authenticate/)
    expect(() => openWith(keys[0]!, Uint8Array.of(2, 0, 1))).toThrow(/truncated/)
    expect(() => openWith(keys[0]!, Uint8Array.of(9))).toThrow(/not a datum/)
    expect(() => sealFor([], msg)).toThrow(/recipients/)
  })

  it('still opens a version 1 envelope (one ECIES box)', () => {
    const v1 = openWith(keys[0]!, encryptTo(pubs[0]!, msg))
    expect(v1.version).toBe(1)
    expect(text(v1.payload)).toBe('{"mean":41.7}')
  })
})
