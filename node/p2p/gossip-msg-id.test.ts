import { sha256 } from '@noble/hashes/sha2.js'
import { describe, expect, it } from 'vitest'
import { contentDigest } from './gossip-config.js'

// The gossip message id is sha256 of the payload on every node: a node computing it differently would fail
// to dedupe its peers' copies. The reference here is an independent implementation (@noble/hashes).
describe('gossip message id', () => {
  it('is sha256 of the payload, memoized per payload object', () => {
    for (const size of [0, 1, 55, 56, 64, 250, 4096]) {
      const data = new Uint8Array(size).map((_, i) => (i * 131 + size) & 0xff)
      expect(Buffer.from(contentDigest(data)).toString('hex')).toBe(Buffer.from(sha256(data)).toString('hex'))
      expect(contentDigest(data)).toBe(contentDigest(data))
    }
    // The empty-string vector of FIPS 180-4.
    expect(Buffer.from(contentDigest(new Uint8Array())).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
  })
})
