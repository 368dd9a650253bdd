import { secp256k1 } from '@noble/curves/secp256k1.js'
import { describe, expect, it } from 'vitest'
import { seededSource } from '../job-noise.js'
import { cryptoSource } from '../random-source.js'
import { Inbox } from './inbox.js'
import { PeerClient } from './peer-client.js'
import { secureRound } from './secure-round.js'
import { startServers, testKey } from './testdata/cluster.js'

const TASK = new Uint8Array(32).fill(9)
const WAITS = { advertiseMs: 12_000, phaseMs: 3_000 }

async function cluster(n: number, length: number) {
  const { servers, ports, close } = await startServers(n)
  const keys = Array.from({ length: n }, (_, i) => testKey('round', i + 1))
  const pubKeys = keys.map((k) => Buffer.from(secp256k1.getPublicKey(k, true)).toString('hex'))
  const stop = new AbortController()
  const peers = keys.map((secretKey, i) => {
    const inbox = new Inbox({
      chainId: 'c',
      jobId: 1n,
      taskHash: TASK,
      self: i + 1,
      pubKeys,
      vectorLength: length,
    })
    servers[i]!.register(1n, inbox)
    return {
      chainId: 'c',
      jobId: 1n,
      taskHash: TASK,
      self: i + 1,
      endpoints: ports.map((p) => `http://127.0.0.1:${p}`),
      threshold: Math.floor(n / 2) + 1,
      secretKey,
      inbox,
      client: new PeerClient(1n),
      secrets: cryptoSource,
      signal: stop.signal,
      log: () => {},
    }
  })
  return {
    peers,
    close: async () => {
      stop.abort()
      await close()
    },
  }
}

const seed = Date.now()
const randomVector = (label: number, length: number) => {
  const rng = seededSource(new Uint8Array(32).fill(label ^ (seed & 0xff)))
  return Array.from({ length }, () => rng.below(1n << 40n) - (1n << 39n))
}

/** χ² of one byte position of the 64-bit words against uniform (255 degrees of freedom). */
function chiSquare(words: readonly bigint[], byte: number): number {
  const counts = new Array<number>(256).fill(0)
  for (const w of words) counts[Number((BigInt.asUintN(64, w) >> BigInt(8 * byte)) & 0xffn)]!++
  const expected = words.length / 256
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0)
}
// P[χ²₂₅₅ > 380] ≈ 1e-6: a uniform byte fails this once in a million
const CHI2_LIMIT = 380

describe('secure aggregation round among peers over HTTP (seed printed)', () => {
  it('masks cancel: every participant unmasks the exact sum', async () => {
    console.log(`secure-round seed ${seed}`)
    const { peers, close } = await cluster(3, 16)
    try {
      const inputs = [1, 2, 3].map((i) => randomVector(i, 16))
      const outs = await Promise.all(peers.map((p, i) => secureRound(p, WAITS, 0, [1, 2, 3], inputs[i]!)))
      const sum = inputs[0]!.map((_, k) => inputs[0]![k]! + inputs[1]![k]! + inputs[2]![k]!)
      for (const o of outs) {
        expect(o.sum).toEqual(sum)
        expect(o.survivors).toEqual([1, 2, 3])
      }
    } finally {
      await close()
    }
  })

  it('recovers a participant that drops after sharing its keys: the others unmask their own sum', async () => {
    const { peers, close } = await cluster(3, 8)
    try {
      const inputs = [1, 2, 3].map((i) => randomVector(10 + i, 8))
      const gone = {
        ...peers[2]!,
        onPhase: (_r: number, phase: string) =>
          phase === 'shares' ? new Promise<void>(() => {}) : undefined,
      }
      void secureRound(gone, WAITS, 0, [1, 2, 3], inputs[2]!).catch(() => {})
      const outs = await Promise.all(
        [0, 1].map((i) => secureRound(peers[i]!, WAITS, 0, [1, 2, 3], inputs[i]!)),
      )
      for (const o of outs) {
        expect(o.sum).toEqual(inputs[0]!.map((v, k) => v + inputs[1]![k]!))
        expect(o.survivors).toEqual([1, 2])
        expect(o.recovered).toEqual([3])
      }
    } finally {
      await close()
    }
  })

  it('one masked update as a peer receives it is uniform noise (χ² per byte), unlike the update itself', async () => {
    const length = 4096
    const { peers, close } = await cluster(3, length)
    try {
      // a very readable input: small, constant, mostly zero bytes
      const inputs = [1, 2, 3].map((i) => new Array<bigint>(length).fill(BigInt(i) * 12_345n))
      await Promise.all(peers.map((p, i) => secureRound(p, WAITS, 0, [1, 2, 3], inputs[i]!)))
      const got = await peers[0]!.inbox.collect(0, 'masked', [2], Date.now())
      const hex = (JSON.parse(got.get(2)!.body) as { vector: string }).vector
      const masked = Array.from({ length }, (_, i) => BigInt(`0x${hex.slice(16 * i, 16 * i + 16)}`))
      for (const byte of [0, 3, 7]) {
        expect(chiSquare(masked, byte)).toBeLessThan(CHI2_LIMIT)
        expect(chiSquare(inputs[1]!, byte)).toBeGreaterThan(CHI2_LIMIT) // the check can fail
      }
      expect(masked.filter((w, k) => w === inputs[1]![k]).length).toBe(0)
    } finally {
      await close()
    }
  })

  it('stops with VIEW_MISMATCH when participants disagree on who is in the round, rather than unmask', async () => {
    const { peers, close } = await cluster(3, 4)
    try {
      const input = [1n, 2n, 3n, 4n]
      // participant 1 believes 3 dropped earlier; 2 and 3 do not
      const one = secureRound(peers[0]!, WAITS, 0, [1, 2], input)
      const two = secureRound(peers[1]!, WAITS, 0, [1, 2, 3], input)
      void secureRound(peers[2]!, WAITS, 0, [1, 2, 3], input).catch(() => {})
      await expect(one).rejects.toThrow(
        /VIEW_MISMATCH: round 0: participant 2 saw advertisements of \[1,2,3\]/,
      )
      await expect(two).rejects.toThrow(/VIEW_MISMATCH: round 0: participant 1 saw advertisements of \[1,2\]/)
    } finally {
      await close()
    }
  })
})
