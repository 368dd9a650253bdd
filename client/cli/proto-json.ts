// The one JSON convention of every `datum query …`: proto3 JSON as the cosmos-sdk CLI and REST gateway print
// it (proto field names in snake_case, every field, enums by name, 64-bit ints as strings, bytes base64,
// `Any` as {"@type", …fields}, Duration "600s", Timestamp RFC 3339). Datum types render through their codecs, cosmos types through cosmjs-types.
import type { GeneratedType } from '@cosmjs/proto-signing'
import { defaultRegistryTypes } from '@cosmjs/stargate'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { snakeKeys } from '../../proto/amino-json.js'
import type { Codec } from '../../proto/codec.js'
import { DATUM_MSG_TYPES } from '../sdk/msg-types.js'
import { fixWellKnown } from './well-known-json.js'

export type Json = Record<string, unknown>

/** A cosmjs-types message type: decode, and its own proto3 JSON (camelCase names, defaults omitted). */
export interface CosmosType<T> {
  decode(bytes: Uint8Array): T
  toJSON(message: T): unknown
  fromPartial(object: object): T
}

/** Proto JSON of a Datum value, through its generated codec. */
export const datumJson = <T>(codec: Codec<T, unknown>, value: T): Json => codec.toJson(value)

/** cosmjs-types' JSON of a value with Durations and Timestamps in proto JSON form (camelCase names kept). */
export function cosmjsJson<T>(type: Pick<CosmosType<T>, 'toJSON'>, value: T): unknown {
  return fixWellKnown(value, type.toJSON(value))
}

/**
 * Proto JSON of a cosmos value: cosmjs-types' JSON with the proto (snake_case) names, and the defaults it
 * leaves out filled from an empty message, as the SDK's CLI (EmitDefaults) prints them.
 */
export function cosmosJson<T>(type: CosmosType<T>, value: T): Json {
  const full = snakeKeys(cosmjsJson(type, value)) as Json
  const defaults = snakeKeys(cosmjsJson(type, type.fromPartial({}))) as Json
  return { ...defaults, ...full }
}

/** A message type the CLI prints: a Datum codec (its own proto JSON) or a cosmjs-types message type. */
export type MessageType<T> = Pick<Codec<T, unknown>, 'decode' | 'toJson'> | CosmosType<T>

/** Proto JSON of a decoded message of either kind, e.g. a Msg's response after `datum tx …`. */
export function messageJson<T>(type: MessageType<T>, value: T): Json {
  return 'toJson' in type ? type.toJson(value) : cosmosJson(type, value)
}

const cosmosTypes = new Map<string, GeneratedType>(defaultRegistryTypes)
const datumCodecs = new Map(DATUM_MSG_TYPES.map((t) => [t.typeUrl, t.codec as Codec<unknown, unknown>]))

/** An `Any` as {"@type": url, …fields}; a type this client does not know keeps its bytes in `value`. */
export function anyJson(any: Any, extra: Record<string, CosmosType<unknown>> = {}): Json {
  const datum = datumCodecs.get(any.typeUrl)
  if (datum) return { '@type': any.typeUrl, ...datum.toJson(datum.decode(any.value)) }
  const cosmos = (extra[any.typeUrl] ?? cosmosTypes.get(any.typeUrl)) as CosmosType<unknown> | undefined
  if (cosmos?.toJSON) return { '@type': any.typeUrl, ...cosmosJson(cosmos, cosmos.decode(any.value)) }
  return { '@type': any.typeUrl, value: Buffer.from(any.value).toString('base64') }
}
