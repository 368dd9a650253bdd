import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { afterEach, describe, expect, it, vi } from 'vitest'

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
const be32 = (n: bigint) => Uint8Array.from(Buffer.from(n.toString(16).padStart(64, '0'), 'hex'))
const scalar = (b: Uint8Array) => BigInt(`0x${Buffer.from(b).toString('hex')}`)

const secret = sha256(new TextEncoder().encode('datum secp256k1 test key'))
const pub = secp256k1.getPublicKey(secret, true)
const digest = sha256(new TextEncoder().encode('sign bytes'))
const sig = secp256k1.sign(digest, secret, { prehash: false, lowS: true })
const highS = Uint8Array.from([...sig.subarray(0, 32), ...be32(N - scalar(sig.subarray(32)))])

async function load(backend: 'native' | 'noble') {
  vi.resetModules()
  vi.stubEnv('DATUM_SECP256K1', backend === 'noble' ? 'noble' : '')
  return import('./secp256k1.js')
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe.each(['native', 'noble'] as const)('secp256k1 verify (%s)', (backend) => {
  it('reports which implementation runs', async () => {
    const m = await load(backend)
    expect(m.signatureBackend()).toBe(backend === 'noble' ? 'noble-curves' : 'libsecp256k1-native')
  })

  it('accepts the low-S signature and rejects its high-S twin', async () => {
    const m = await load(backend)
    expect(m.verifySecp256k1(sig, digest, pub)).toBe(true)
    expect(scalar(highS.subarray(32)) > N / 2n).toBe(true)
    expect(m.verifySecp256k1(highS, digest, pub)).toBe(false)
  })

  it('rejects r or s of zero or out of range, wrong lengths, other keys and other digests', async () => {
    const m = await load(backend)
    const r = sig.subarray(0, 32)
    const s = sig.subarray(32)
    const bad = [
      Uint8Array.from([...be32(0n), ...s]),
      Uint8Array.from([...r, ...be32(0n)]),
      Uint8Array.from([...be32(N), ...s]),
      Uint8Array.from([...be32(N + 5n), ...s]),
      sig.subarray(0, 63),
      Uint8Array.from([...sig, 1]),
    ]
    for (const b of bad) expect(m.verifySecp256k1(b, digest, pub)).toBe(false)
    const other = secp256k1.getPublicKey(sha256(secret), true)
    expect(m.verifySecp256k1(sig, digest, other)).toBe(false)
    expect(m.verifySecp256k1(sig, sha256(digest), pub)).toBe(false)
    expect(m.verifySecp256k1(sig, digest, pub.subarray(1))).toBe(false)
  })

  it('validates compressed public keys', async () => {
    const m = await load(backend)
    expect(m.isValidCompressedPubKey(pub)).toBe(true)
    expect(m.isValidCompressedPubKey(secp256k1.getPublicKey(secret, false))).toBe(false)
    const offCurve = Uint8Array.from(pub)
    offCurve[0] = 0x04
    expect(m.isValidCompressedPubKey(offCurve)).toBe(false)
    expect(m.isValidCompressedPubKey(Uint8Array.from([2, ...new Uint8Array(32).fill(0xff)]))).toBe(false)
  })
})
