// A minimal protobuf wire-format reader used to police encodings before any decoder sees them:
// it reports each field's number, wire type, raw payload and whether its varints were minimal.

export const WIRE_VARINT = 0
export const WIRE_I64 = 1
export const WIRE_LEN = 2
export const WIRE_SGROUP = 3
export const WIRE_EGROUP = 4
export const WIRE_I32 = 5

export class WireError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WireError'
  }
}

export interface WireField {
  fieldNumber: number
  wireType: number
  /** Offset of the tag's first byte in the buffer. */
  start: number
  /** Payload of a length-delimited field (without its length prefix). */
  bytes?: Uint8Array
  /** Value of a varint field (bigint: uint64 does not fit a JS number). */
  varint?: bigint
  /** False when the tag, a varint value or a length prefix used more bytes than needed. */
  minimal: boolean
}

interface Varint {
  value: bigint
  next: number
  minimal: boolean
}

function readVarint(buf: Uint8Array, pos: number): Varint {
  // Fast path: up to 4 bytes (28 bits) fit a JS number exactly; tags and lengths almost always do.
  let small = 0
  for (let i = 0; i < 4; i++) {
    if (pos + i >= buf.length) throw new WireError('unexpected end of buffer in varint')
    const b = buf[pos + i]!
    small += (b & 0x7f) * 2 ** (7 * i)
    if ((b & 0x80) === 0) return { value: BigInt(small), next: pos + i + 1, minimal: i === 0 || b !== 0 }
  }
  let value = BigInt(small)
  for (let i = 4; i < 10; i++) {
    if (pos + i >= buf.length) throw new WireError('unexpected end of buffer in varint')
    const b = buf[pos + i]!
    value |= BigInt(b & 0x7f) << BigInt(7 * i)
    if ((b & 0x80) === 0) {
      if (i === 9 && b > 1) throw new WireError('varint overflows 64 bits')
      // A trailing 0x00 continuation byte means padding: not the shortest form.
      return { value, next: pos + i + 1, minimal: b !== 0 }
    }
  }
  throw new WireError('varint longer than 10 bytes')
}

/** Walks the top-level fields of one message. Throws WireError on malformed input. */
export function* readFields(buf: Uint8Array): Generator<WireField> {
  let pos = 0
  while (pos < buf.length) {
    const start = pos
    const tag = readVarint(buf, pos)
    pos = tag.next
    if (tag.value > 0xffff_ffffn) throw new WireError('field tag overflows 32 bits')
    const fieldNumber = Number(tag.value >> 3n)
    const wireType = Number(tag.value & 7n)
    if (fieldNumber < 1 || fieldNumber > 536_870_911)
      throw new WireError(`invalid field number ${fieldNumber}`)
    switch (wireType) {
      case WIRE_VARINT: {
        const v = readVarint(buf, pos)
        pos = v.next
        yield { fieldNumber, wireType, start, varint: v.value, minimal: tag.minimal && v.minimal }
        break
      }
      case WIRE_I64:
      case WIRE_I32: {
        const size = wireType === WIRE_I64 ? 8 : 4
        if (pos + size > buf.length) throw new WireError('unexpected end of buffer in fixed field')
        yield { fieldNumber, wireType, start, bytes: buf.subarray(pos, pos + size), minimal: tag.minimal }
        pos += size
        break
      }
      case WIRE_LEN: {
        const len = readVarint(buf, pos)
        pos = len.next
        if (len.value > BigInt(buf.length - pos)) throw new WireError('length prefix exceeds remaining bytes')
        const end = pos + Number(len.value)
        yield {
          fieldNumber,
          wireType,
          start,
          bytes: buf.subarray(pos, end),
          minimal: tag.minimal && len.minimal,
        }
        pos = end
        break
      }
      default:
        // Groups (3/4) are proto2 only and never appear in cosmos txs; 6 and 7 are invalid.
        throw new WireError(`unsupported wire type ${wireType} for field ${fieldNumber}`)
    }
  }
}
