// Typed codecs over the generated protobufjs classes. Modules and clients work with plain objects:
// 64-bit integers are `bigint` (lossless), bytes are `Uint8Array`, absent sub-messages are `undefined`,
// repeated fields are always arrays. Encoding is canonical proto3 (default values are not written).
import type Long from 'long'
import { aminoToProtoObject, snakeKeys, toAminoJson } from './amino-json.js'

/** A value inside a field: 64-bit ints as bigint, messages as plain objects. */
type Value<V> = [V] extends [Long]
  ? bigint
  : [V] extends [Uint8Array]
    ? Uint8Array
    : [V] extends [string | number | boolean]
      ? V
      : [V] extends [object]
        ? Plain<V>
        : V

/** A field: repeated fields are arrays, singular sub-messages may be absent. */
type Field<V> = [V] extends [readonly (infer E)[]]
  ? Value<E>[]
  : [V] extends [Long | Uint8Array | string | number | boolean]
    ? Value<V>
    : [V] extends [object]
      ? Value<V> | undefined
      : V

/** The plain form of a generated `$Properties` interface: every field present, 64-bit ints as bigint. */
export type Plain<P> = {
  -readonly [K in keyof P as K extends `$${string}` ? never : K]-?: Field<NonNullable<P[K]>>
}

type InputField<V> = [V] extends [Long]
  ? bigint | number
  : [V] extends [Uint8Array]
    ? Uint8Array
    : [V] extends [string | number | boolean]
      ? V
      : [V] extends [readonly (infer E)[]]
        ? InputField<E>[]
        : [V] extends [object]
          ? Input<V>
          : V

/** What `encode` accepts: any subset of the fields; missing ones take their proto3 default. */
export type Input<P> = {
  [K in keyof P as K extends `$${string}` ? never : K]?: InputField<NonNullable<P[K]>>
}

/** The static side of a generated message class that the codec needs. */
export interface GeneratedMessage<P> {
  encode(message: P): { finish(): Uint8Array }
  decode(bytes: Uint8Array): unknown
  toObject(message: never, options: object): Record<string, unknown>
  fromObject(object: Record<string, unknown>): unknown
}

export interface Codec<T, I = T> {
  /** Full proto name, e.g. `datum.dataasset.v1.DataAsset`. */
  readonly typeName: string
  encode(value: I | T): Uint8Array
  decode(bytes: Uint8Array): T
  /** A complete plain value from a partial one (defaults filled), as ts-proto's `fromPartial`. */
  fromPartial(value: I | T): T
  /** Amino JSON (snake_case, empty fields omitted, 64-bit ints as strings, bytes base64). */
  toAmino(value: I | T): Record<string, unknown>
  fromAmino(json: unknown): T
  /** Proto3 JSON with the proto field names (as cosmos genesis files): every field, enums by name, 64-bit ints as strings. */
  toJson(value: I | T): Record<string, unknown>
  /** Reads proto JSON or amino JSON (snake_case or camelCase keys, enums by name or number). */
  fromJson(json: unknown): T
}

const TO_OBJECT = { longs: BigInt, defaults: true, arrays: true }
const TO_JSON = { longs: String, enums: String, bytes: String, defaults: true, arrays: true }

const INT64_MIN = -(1n << 63n)
const UINT64_MAX = (1n << 64n) - 1n

/** Long-like bit halves protobufjs' writer accepts for 64-bit fields (signed and unsigned share the bits). */
function toLongBits(v: bigint): { low: number; high: number; unsigned: boolean } {
  if (v < INT64_MIN || v > UINT64_MAX) throw new RangeError(`64-bit integer out of range: ${v}`)
  const u = BigInt.asUintN(64, v)
  return { low: Number(u & 0xffff_ffffn) | 0, high: Number(u >> 32n) | 0, unsigned: v >= 0n }
}

/** Plain (bigint) -> what the generated encoder reads; undefined and null fields are dropped. */
function toWire(v: unknown): unknown {
  if (typeof v === 'bigint') return toLongBits(v)
  if (v instanceof Uint8Array) return v
  if (Array.isArray(v)) return v.map(toWire)
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) if (x !== undefined && x !== null) out[k] = toWire(x)
    return out
  }
  return v
}

/** What toObject returns -> plain: null sub-messages become undefined, Buffers plain Uint8Arrays. */
function fromWire(v: unknown): unknown {
  if (v === null) return undefined
  if (v instanceof Uint8Array) return Buffer.isBuffer(v) ? new Uint8Array(v) : v
  if (Array.isArray(v)) return v.map(fromWire)
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = fromWire(x)
    return out
  }
  return v
}

/** protobufjs hands out Node Buffers; callers get plain Uint8Array views (same memory, no copy). */
function plainBytes(b: Uint8Array): Uint8Array {
  return Buffer.isBuffer(b) ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength) : b
}

export function codec<P>(typeName: string, Type: GeneratedMessage<P>): Codec<Plain<P>, Input<P>> {
  type T = Plain<P>
  const encode = (value: unknown): Uint8Array => plainBytes(Type.encode(toWire(value) as P).finish())
  const decode = (bytes: Uint8Array): T =>
    fromWire(Type.toObject(Type.decode(bytes) as never, TO_OBJECT)) as T
  return {
    typeName,
    encode,
    decode,
    fromPartial: (value) => decode(encode(value)),
    toAmino: (value) => toAminoJson(decode(encode(value))) as Record<string, unknown>,
    fromAmino: (json) => decode(Type.encode(Type.fromObject(aminoToProtoObject(json)) as P).finish()),
    toJson: (value) =>
      snakeKeys(Type.toObject(Type.decode(encode(value)) as never, TO_JSON)) as Record<string, unknown>,
    fromJson: (json) => decode(Type.encode(Type.fromObject(aminoToProtoObject(json)) as P).finish()),
  }
}
