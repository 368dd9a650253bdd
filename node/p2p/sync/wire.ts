// A minimal protobuf (proto3) reader and writer: varints, int64 as two's complement, length-delimited fields.
// Enough for the sync messages; every read is bounds-checked and throws WireError on malformed input.

export class WireError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WireError'
  }
}

const WIRE_VARINT = 0
const WIRE_FIXED64 = 1
const WIRE_LEN = 2
const WIRE_FIXED32 = 5

export class ProtoWriter {
  private readonly chunks: Uint8Array[] = []
  private size = 0

  int64(field: number, value: number): this {
    if (!Number.isSafeInteger(value)) throw new WireError(`field ${field}: ${value} is not a safe integer`)
    if (value === 0) return this
    this.tag(field, WIRE_VARINT)
    this.varint(BigInt.asUintN(64, BigInt(value)))
    return this
  }

  bytes(field: number, value: Uint8Array): this {
    this.tag(field, WIRE_LEN)
    this.varint(BigInt(value.length))
    this.push(value)
    return this
  }

  string(field: number, value: string): this {
    return value === '' ? this : this.bytes(field, new TextEncoder().encode(value))
  }

  /** A nested message; always written (even when empty) because it selects a oneof branch. */
  message(field: number, inner: ProtoWriter): this {
    return this.bytes(field, inner.finish())
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.size)
    let offset = 0
    for (const c of this.chunks) {
      out.set(c, offset)
      offset += c.length
    }
    return out
  }

  private tag(field: number, wire: number): void {
    this.varint(BigInt((field << 3) | wire))
  }

  private varint(v: bigint): void {
    const bytes: number[] = []
    while (v > 0x7fn) {
      bytes.push(Number(v & 0x7fn) | 0x80)
      v >>= 7n
    }
    bytes.push(Number(v))
    this.push(Uint8Array.from(bytes))
  }

  private push(b: Uint8Array): void {
    this.chunks.push(b)
    this.size += b.length
  }
}

export interface ProtoField {
  field: number
  wire: number
  /** For varint fields. */
  varint: bigint
  /** For length-delimited fields (a view into the input). */
  bytes: Uint8Array
}

/** Splits one message into its fields, skipping fixed32/fixed64 values of unknown fields. */
export function readFields(buf: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = []
  let pos = 0
  const varint = (): bigint => {
    let result = 0n
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (pos >= buf.length) throw new WireError('truncated varint')
      const b = buf[pos++]!
      result |= BigInt(b & 0x7f) << shift
      if ((b & 0x80) === 0) return BigInt.asUintN(64, result)
    }
    throw new WireError('varint longer than 10 bytes')
  }
  while (pos < buf.length) {
    const key = varint()
    const field = Number(key >> 3n)
    const wire = Number(key & 7n)
    if (field === 0) throw new WireError('field number 0')
    if (wire === WIRE_VARINT) {
      fields.push({ field, wire, varint: varint(), bytes: EMPTY })
    } else if (wire === WIRE_LEN) {
      const len = varint()
      if (len > BigInt(buf.length - pos))
        throw new WireError(`field ${field}: length ${len} overruns the frame`)
      fields.push({ field, wire, varint: 0n, bytes: buf.subarray(pos, pos + Number(len)) })
      pos += Number(len)
    } else if (wire === WIRE_FIXED64 || wire === WIRE_FIXED32) {
      pos += wire === WIRE_FIXED64 ? 8 : 4
      if (pos > buf.length) throw new WireError(`field ${field}: truncated fixed-width value`)
    } else {
      throw new WireError(`field ${field}: unsupported wire type ${wire}`)
    }
  }
  return fields
}

const EMPTY = new Uint8Array(0)

/** An int64 field as a JS number; values outside the safe range are refused rather than rounded. */
export function toInt64(v: bigint, name: string): number {
  const signed = BigInt.asIntN(64, v)
  if (signed > BigInt(Number.MAX_SAFE_INTEGER) || signed < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new WireError(`${name}: ${signed} is outside the safe integer range`)
  }
  return Number(signed)
}

export function expectWire(f: ProtoField, wire: number, name: string): void {
  if (f.wire !== wire) throw new WireError(`${name}: wrong wire type ${f.wire}`)
}

export const Wire = { VARINT: WIRE_VARINT, LEN: WIRE_LEN }
