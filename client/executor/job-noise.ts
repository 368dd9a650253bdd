// Replicated executors must reveal equal digests, so the DP noise of a job cannot be drawn independently by
// each of them. It comes from a keyed CSPRNG (SHA-256 in counter mode) whose key is HMAC(data key, job):
// every executor the owner granted derives the same noise, while the requester, who never holds the data
// key, cannot predict or subtract it. A new job (new id) gets fresh noise, so ε composes as accounted.
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import type { UniformSource } from './laplace.js'

const DOMAIN = 'datum-dp-noise-v1'

export function jobNoiseSeed(
  dataKey: Uint8Array,
  chainId: string,
  jobId: bigint,
  paramsHash: string,
): Uint8Array {
  return hmac(sha256, dataKey, new TextEncoder().encode(`${DOMAIN}|${chainId}|${jobId}|${paramsHash}`))
}

/** Uniform doubles in (0, 1) from SHA-256(seed ‖ counter), 53 bits each; the same seed gives the same stream. */
export function seededUniform(seed: Uint8Array): UniformSource {
  if (seed.length < 32) throw new RangeError('noise seed must be at least 32 bytes')
  let counter = 0n
  return () => {
    for (;;) {
      const block = new Uint8Array(seed.length + 8)
      block.set(seed)
      new DataView(block.buffer).setBigUint64(seed.length, counter++)
      const d = new DataView(sha256(block).buffer)
      const bits = (d.getUint32(0) >>> 5) * 2 ** 26 + (d.getUint32(4) >>> 6)
      const u = bits / 2 ** 53
      if (u > 0) return u
    }
  }
}
