// Byte helpers shared by stores and keepers. Keys compare as unsigned bytes, as LevelDB and IAVL order them.

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!
    if (d !== 0) return d
  }
  return a.length - b.length
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let len = 0
  for (const p of parts) len += p.length
  const out = new Uint8Array(len)
  let off = 0
  for (const p of parts) {
    out.set(p, off)
    off += p.length
  }
  return out
}

/** The smallest key greater than every key that starts with `prefix`; undefined when there is none (all 0xff). */
export function prefixEnd(prefix: Uint8Array): Uint8Array | undefined {
  const end = Uint8Array.from(prefix)
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i]! < 0xff) {
      end[i]! += 1
      return end.subarray(0, i + 1)
    }
  }
  return undefined
}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

/** Below this length an ASCII string is converted in JS: TextEncoder costs a native call (~0.3–0.6 µs) each. */
const SHORT = 64

export const utf8 = {
  /** UTF-8 bytes of `s` (store keys, denoms and decimal amounts are short ASCII: converted without TextEncoder). */
  encode: (s: string): Uint8Array => {
    const n = s.length
    if (n > SHORT) return encoder.encode(s)
    const out = new Uint8Array(n)
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i)
      if (c > 0x7f) return encoder.encode(s)
      out[i] = c
    }
    return out
  },
  decode: (b: Uint8Array): string => decoder.decode(b),
}

/** Big-endian fixed 8-byte encoding of a non-negative id, so ids sort numerically as keys. */
export function uint64BE(n: bigint): Uint8Array {
  if (n < 0n || n > 0xffff_ffff_ffff_ffffn) throw new RangeError(`uint64 out of range: ${n}`)
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, n)
  return out
}

export function readUint64BE(b: Uint8Array, offset = 0): bigint {
  return new DataView(b.buffer, b.byteOffset, b.byteLength).getBigUint64(offset)
}

/** A length-prefixed segment (one byte of length), the cosmos `address.MustLengthPrefix` convention. */
export function lengthPrefixed(b: Uint8Array): Uint8Array {
  if (b.length > 255) throw new RangeError('segment longer than 255 bytes')
  return concatBytes(Uint8Array.of(b.length), b)
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex')
}

export function fromHex(s: string): Uint8Array {
  if (s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) throw new Error(`invalid hex: ${s.slice(0, 20)}`)
  return new Uint8Array(Buffer.from(s, 'hex'))
}
