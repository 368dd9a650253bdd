// CometBFT's `cdcEncode` for header fields: each scalar is wrapped in the matching gogoproto well-known
// wrapper (StringValue, Int64Value, BytesValue) and marshalled, so an empty or zero field encodes to no bytes.

export function encodeVarint(value: bigint): Uint8Array {
  // int64 values are encoded as their two's complement uint64, as protobuf does.
  let v = BigInt.asUintN(64, value)
  const out: number[] = []
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80)
    v >>= 7n
  }
  out.push(Number(v))
  return Uint8Array.from(out)
}

function lengthDelimited(tag: number, data: Uint8Array): Uint8Array {
  if (data.length === 0) return new Uint8Array(0)
  const len = encodeVarint(BigInt(data.length))
  const out = new Uint8Array(1 + len.length + data.length)
  out[0] = tag
  out.set(len, 1)
  out.set(data, 1 + len.length)
  return out
}

export function cdcString(value: string): Uint8Array {
  return lengthDelimited(0x0a, new TextEncoder().encode(value))
}

export function cdcBytes(value: Uint8Array): Uint8Array {
  return lengthDelimited(0x0a, value)
}

export function cdcInt64(value: bigint): Uint8Array {
  if (value === 0n) return new Uint8Array(0)
  const v = encodeVarint(value)
  const out = new Uint8Array(1 + v.length)
  out[0] = 0x08
  out.set(v, 1)
  return out
}
