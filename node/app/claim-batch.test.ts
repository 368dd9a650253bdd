import { describe, expect, it } from 'vitest'
import type { SignatureClaim } from '../../modules/sdk/index.js'
import { propertySeed } from '../testing/property-seed.js'
import { seededRandom } from '../testing/seeded-random.js'
import { packClaims, unpackClaims } from './claim-batch.js'

const SEED = propertySeed('node/app/claim-batch.test.ts')

describe('claim batches', () => {
  it('round-trips any claims, empty parts and no claims included', () => {
    const random = seededRandom(SEED)
    const bytes = (max: number) =>
      Uint8Array.from({ length: Math.floor(random() * max) }, () => random() * 256)
    for (let round = 0; round < 200; round++) {
      const claims: SignatureClaim[] = Array.from({ length: Math.floor(random() * 20) }, () => ({
        signBytes: bytes(400),
        signature: bytes(70),
        pubKey: bytes(40),
      }))
      expect(unpackClaims(packClaims(claims))).toEqual(claims)
    }
  })

  it('unpacked parts are views into the one buffer, in order', () => {
    const claims = [
      { signBytes: Uint8Array.of(1, 2), signature: Uint8Array.of(3), pubKey: Uint8Array.of(4, 5, 6) },
    ]
    const buffer = packClaims(claims)
    const [c] = unpackClaims(buffer)
    expect(c!.signBytes.buffer).toBe(buffer)
    expect(buffer.byteLength).toBe(4 + 12 + 6)
  })
})
