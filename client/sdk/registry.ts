// The CosmJS Registry: the default cosmos types plus every Datum Msg, adapted from our codecs to the
// Telescope-style GeneratedType shape CosmJS calls (fromPartial, then encode(...).finish()).
import { type GeneratedType, Registry } from '@cosmjs/proto-signing'
import { defaultRegistryTypes } from '@cosmjs/stargate'
import type { Codec } from '../../proto/codec.js'
import { DATUM_MSG_TYPES } from './msg-types.js'

export function generatedType(typeUrl: string, codec: Codec<unknown, unknown>): GeneratedType {
  return {
    typeUrl,
    encode: (message: unknown) => {
      const bytes = codec.encode(message)
      return { finish: () => bytes }
    },
    decode: (input: Uint8Array) => codec.decode(input),
    fromPartial: (object: unknown) => codec.fromPartial(object),
  } as GeneratedType
}

export const datumRegistryTypes: ReadonlyArray<[string, GeneratedType]> = DATUM_MSG_TYPES.map((t) => [
  t.typeUrl,
  generatedType(t.typeUrl, t.codec),
])

export function createDatumRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...datumRegistryTypes])
}
