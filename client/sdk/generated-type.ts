// A codec of ours in the Telescope-style GeneratedType shape CosmJS's Registry calls (fromPartial, then
// encode(...).finish()). Apart from registry.ts so a bundle can build a registry without CosmJS's stargate.
import type { GeneratedType } from '@cosmjs/proto-signing'
import type { Codec } from '../../proto/codec.js'

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
