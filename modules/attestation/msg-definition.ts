// Builds a MsgDefinition from a message codec: type URL, amino name and amino JSON come from one place.
import type { Codec } from '../../proto/codec.js'
import type { Context, MsgDefinition } from '../sdk/index.js'
import { sdkErrors } from '../sdk/index.js'
import { msgType } from './msg-types.js'

export interface MsgSpec<T, I, R, RI> {
  codec: Codec<T, I>
  response: Codec<R, RI>
  signer(msg: T): string
  validateBasic(msg: T): void
  handle(ctx: Context, msg: T): RI
}

export function defineMsg<T, I, R, RI>(spec: MsgSpec<T, I, R, RI>): MsgDefinition<T> {
  const { typeUrl, aminoName } = msgType(spec.codec as Codec<unknown, unknown>)
  return {
    typeUrl,
    aminoName,
    decode: (bytes) => {
      try {
        return spec.codec.decode(bytes)
      } catch (e) {
        throw sdkErrors.txDecode.wrap(`${typeUrl}: ${(e as Error).message}`)
      }
    },
    encode: (msg) => spec.codec.encode(msg),
    toAmino: (msg) => spec.codec.toAmino(msg),
    signers: (msg) => [spec.signer(msg)],
    validateBasic: (msg) => spec.validateBasic(msg),
    handle: (ctx, msg) => ({
      typeUrl: `/${spec.response.typeName}`,
      value: spec.response.encode(spec.handle(ctx, msg)),
    }),
  }
}
