// `npx tsx scripts/bench/store-hash.ts`: the cost of hashing one IAVL node, per implementation, on the preimages
// the store hashes (an inner node: ~75 bytes; a leaf: sha256 of a 100-byte value, then ~75 bytes). Compares
// the store's allocation-free JS SHA-256 (`sha256Words`, what commits use) with node:crypto's one-shot
// `crypto.hash` plus the copy into a pooled 32-byte Buffer the store made before. Prints CPU µs per node.
import { hash, randomBytes } from 'node:crypto'
import { sha256Words } from '../../node/store/sha256.js'

const N = Number(process.env.HASH_BENCH_N ?? 1_000_000)
const inner = new Uint8Array(randomBytes(75))
const value = new Uint8Array(randomBytes(100))
const leaf = new Uint8Array(randomBytes(72))

function cpuMicros(fn: () => void): number {
  const c = process.cpuUsage()
  fn()
  const u = process.cpuUsage(c)
  return (u.user + u.system) / N
}

let sink = 0
const nativeNode = (data: Uint8Array): Uint8Array => {
  const d = hash('sha256', data, 'buffer')
  const out = Buffer.allocUnsafe(32)
  out.set(d)
  return new Uint8Array(out.buffer, out.byteOffset, 32)
}

for (let round = 0; round < 2; round++) {
  const jsInner = cpuMicros(() => {
    for (let i = 0; i < N; i++) sink ^= sha256Words(inner, 0, inner.length)[0]!
  })
  const nativeInner = cpuMicros(() => {
    for (let i = 0; i < N; i++) sink ^= nativeNode(inner)[0]!
  })
  const jsLeaf = cpuMicros(() => {
    for (let i = 0; i < N; i++) {
      sink ^= sha256Words(value, 0, value.length)[0]!
      sink ^= sha256Words(leaf, 0, leaf.length)[0]!
    }
  })
  const nativeLeaf = cpuMicros(() => {
    for (let i = 0; i < N; i++) {
      leaf.set(hash('sha256', value, 'buffer'), 40)
      sink ^= nativeNode(leaf)[0]!
    }
  })
  process.stdout.write(
    `round ${round + 1}: CPU µs per inner node: js ${jsInner.toFixed(3)}, native ${nativeInner.toFixed(3)}; ` +
      `per leaf: js ${jsLeaf.toFixed(3)}, native ${nativeLeaf.toFixed(3)} (${sink & 1})\n`,
  )
}
