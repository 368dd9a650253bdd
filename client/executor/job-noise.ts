// Replicated executors must reveal equal digests, so the DP noise of a job cannot be drawn independently by
// each of them. It comes from a keyed CSPRNG (SHA-256 in counter mode) whose key is HMAC(data key, job):
// every executor the owner granted derives the same noise, while the requester, who never holds the data
// key, cannot predict or subtract it. A new job (new id) gets fresh noise, so ε composes as accounted.
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { type RandomSource, sourceOf } from './random-source.js'

const DOMAIN = 'datum-dp-noise-v1'

export function jobNoiseSeed(
  dataKey: Uint8Array,
  chainId: string,
  jobId: bigint,
  paramsHash: string,
): Uint8Array {
  return hmac(sha256, dataKey, new TextEncoder().encode(`${DOMAIN}|${chainId}|${jobId}|${paramsHash}`))
}

/** The bytes of SHA-256(seed ‖ counter₆₄) for counter = 0, 1, …, read in order: the same seed, the same stream. */
export function seededBytes(seed: Uint8Array): (count: number) => Uint8Array {
  if (seed.length < 32) throw new RangeError('noise seed must be at least 32 bytes')
  let counter = 0n
  let block = new Uint8Array(0)
  let used = 0
  return (count) => {
    const out = new Uint8Array(count)
    for (let i = 0; i < count; i++) {
      if (used === block.length) {
        const input = new Uint8Array(seed.length + 8)
        input.set(seed)
        new DataView(input.buffer).setBigUint64(seed.length, counter++)
        block = sha256(input)
        used = 0
      }
      out[i] = block[used++]!
    }
    return out
  }
}

/** Exact uniform integers from the job's keyed stream. */
export const seededSource = (seed: Uint8Array): RandomSource => sourceOf(seededBytes(seed))
