// Varints as Go's encoding/binary writes them: IAVL hashes signed (zigzag) varints for height, size and
// version, and unsigned varints for byte-slice lengths. Writers fill a caller's buffer and return the new offset.

export function putUvarint(buf: Uint8Array, offset: number, n: number): number {
  let off = offset
  let v = n
  while (v >= 0x80) {
    buf[off++] = (v % 0x80) | 0x80
    v = Math.floor(v / 0x80)
  }
  buf[off++] = v
  return off
}

/** Zigzag-encodes a non-negative safe integer (2n) as Go's binary.PutVarint does. */
export function putVarint(buf: Uint8Array, offset: number, n: number): number {
  return putUvarint(buf, offset, n * 2)
}

export function uvarintSize(n: number): number {
  let size = 1
  let v = n
  while (v >= 0x80) {
    v = Math.floor(v / 0x80)
    size++
  }
  return size
}

/** Reads an unsigned varint; returns [value, nextOffset]. Throws on truncation. */
export function readUvarint(buf: Uint8Array, offset: number): [number, number] {
  let result = 0
  let mul = 1
  let off = offset
  for (;;) {
    if (off >= buf.length) throw new RangeError('truncated varint')
    const b = buf[off++]!
    result += (b & 0x7f) * mul
    if (b < 0x80) return [result, off]
    mul *= 0x80
    if (mul > 2 ** 56) throw new RangeError('varint overflow')
  }
}

export function readVarint(buf: Uint8Array, offset: number): [number, number] {
  const [z, next] = readUvarint(buf, offset)
  // Only non-negative values are ever written; odd zigzag values would be negative.
  if (z % 2 !== 0) throw new RangeError('negative varint')
  return [z / 2, next]
}

/** A cursor over a byte buffer for decoding records; every read checks bounds. */
export class ByteReader {
  offset = 0
  constructor(readonly buf: Uint8Array) {}

  get done(): boolean {
    return this.offset >= this.buf.length
  }

  uvarint(): number {
    const [value, next] = readUvarint(this.buf, this.offset)
    this.offset = next
    return value
  }

  bytes(n: number): Uint8Array {
    if (this.offset + n > this.buf.length) throw new RangeError('truncated bytes')
    const out = this.buf.subarray(this.offset, this.offset + n)
    this.offset += n
    return out
  }

  end(): void {
    if (this.offset !== this.buf.length) throw new RangeError('trailing bytes')
  }
}
