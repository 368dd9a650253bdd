// SHA-256 (FIPS 180-4) that reads its input from a caller's buffer and writes the digest into a caller's
// buffer: no allocation per call. Node hashing at commit calls it once per dirty node (~10 per write), where
// `crypto.hash` costs a native call plus a new Buffer per digest (docs/benchmarks.md, "state store").
// Integer arithmetic only (`| 0`, `>>>`): the result is the standard digest on every platform.

// Int32Array.of stores each constant modulo 2^32, so the unsigned FIPS values read as signed words.
// biome-ignore format: the FIPS 180-4 table, eight words per row
const K = Int32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
)
// biome-ignore format: the FIPS 180-4 initial hash, one row
const INIT = Int32Array.of(
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
)
const H = new Int32Array(8)
const W = new Int32Array(64)
/** The last one or two blocks: the input's tail, 0x80, zeros and the bit length. */
const TAIL = new Uint8Array(128)

function compress(b: Uint8Array, o: number): void {
  for (let i = 0; i < 16; i++) {
    const p = o + i * 4
    W[i] = (b[p]! << 24) | (b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!
  }
  for (let i = 16; i < 64; i++) {
    const w15 = W[i - 15]!
    const w2 = W[i - 2]!
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3)
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10)
    W[i] = (s1 + W[i - 7]! + s0 + W[i - 16]!) | 0
  }
  let a = H[0]!
  let bb = H[1]!
  let c = H[2]!
  let d = H[3]!
  let e = H[4]!
  let f = H[5]!
  let g = H[6]!
  let h = H[7]!
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
    const ch = (e & f) ^ (~e & g)
    const t1 = (h + S1 + ch + K[i]! + W[i]!) | 0
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
    const maj = (a & bb) ^ (a & c) ^ (bb & c)
    h = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = bb
    bb = a
    a = (t1 + S0 + maj) | 0
  }
  H[0] = (H[0]! + a) | 0
  H[1] = (H[1]! + bb) | 0
  H[2] = (H[2]! + c) | 0
  H[3] = (H[3]! + d) | 0
  H[4] = (H[4]! + e) | 0
  H[5] = (H[5]! + f) | 0
  H[6] = (H[6]! + g) | 0
  H[7] = (H[7]! + h) | 0
}

/**
 * sha256(input[offset, offset + length)) as eight big-endian words in a shared buffer: read them before the
 * next call.
 */
export function sha256Words(input: Uint8Array, offset: number, length: number): Int32Array {
  H.set(INIT)
  const full = length - (length % 64)
  for (let p = 0; p < full; p += 64) compress(input, offset + p)
  const rest = length - full
  for (let i = 0; i < rest; i++) TAIL[i] = input[offset + full + i]!
  TAIL[rest] = 0x80
  const blocks = rest < 56 ? 1 : 2
  const end = blocks * 64
  TAIL.fill(0, rest + 1, end - 8)
  // Bit length as a 64-bit big-endian integer (inputs are far below 2^53 bits).
  const hi = Math.floor(length / 0x20000000)
  const lo = (length * 8) >>> 0
  TAIL[end - 8] = hi >>> 24
  TAIL[end - 7] = hi >>> 16
  TAIL[end - 6] = hi >>> 8
  TAIL[end - 5] = hi
  TAIL[end - 4] = lo >>> 24
  TAIL[end - 3] = lo >>> 16
  TAIL[end - 2] = lo >>> 8
  TAIL[end - 1] = lo
  compress(TAIL, 0)
  if (blocks === 2) compress(TAIL, 64)
  return H
}

/** Writes the word `w` big-endian at out[p, p + 4). */
export function putWord(out: Uint8Array, p: number, w: number): void {
  out[p] = w >>> 24
  out[p + 1] = w >>> 16
  out[p + 2] = w >>> 8
  out[p + 3] = w
}

/** Writes sha256(input[offset, offset + length)) into out[outOffset, outOffset + 32). */
export function sha256Into(
  input: Uint8Array,
  offset: number,
  length: number,
  out: Uint8Array,
  outOffset: number,
): void {
  const h = sha256Words(input, offset, length)
  for (let i = 0; i < 8; i++) putWord(out, outOffset + i * 4, h[i]!)
}
