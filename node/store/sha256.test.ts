// sha256Into must be the standard digest for every length, in particular around the 55/56/64-byte padding
// boundaries, and must read only its input range.
import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Into } from './sha256.js'

const nodeSha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

describe('sha256Into', () => {
  it('matches node:crypto for every length 0–300 and a few large inputs, at an offset', () => {
    const lengths = [...Array.from({ length: 301 }, (_, i) => i), 1_000, 4_096, 65_537, 2 * 1024 * 1024]
    for (const n of lengths) {
      const data = randomBytes(n + 7)
      const out = new Uint8Array(40).fill(0xaa)
      sha256Into(data, 3, n, out, 5)
      expect(hex(out.subarray(5, 37)), `length ${n}`).toBe(nodeSha(data.subarray(3, 3 + n)))
      expect(out[4]).toBe(0xaa)
      expect(out[37]).toBe(0xaa)
    }
  })

  it('gives the FIPS 180-2 test vectors', () => {
    const out = new Uint8Array(32)
    const abc = new TextEncoder().encode('abc')
    sha256Into(abc, 0, abc.length, out, 0)
    expect(hex(out)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    sha256Into(new Uint8Array(0), 0, 0, out, 0)
    expect(hex(out)).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})
