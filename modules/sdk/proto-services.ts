// Msg and Query services of Datum's own modules, built from the generated proto codecs: type URL, amino name,
// amino JSON, decoding errors and response encoding all come from one place, the same codec the client's
// Registry and AminoTypes use.
import type { Codec } from '../../proto/codec.js'
import { fromBech32 } from './address.js'
import { checkAuthority, checkParamsWith } from './authority.js'
import type { Context } from './context.js'
import { sdkErrors } from './errors.js'
import type { MsgDefinition, QueryHandler } from './module.js'
import { invalidArgument } from './query-errors.js'

/** Longer amino names cannot be signed on a Ledger; cosmos-sdk refuses them. */
export const AMINO_NAME_MAX = 39

export interface MsgType {
  typeUrl: string
  aminoName: string
  codec: Codec<unknown, unknown>
}

/** Type URL `/<proto name>` and amino name `<aminoPrefix>/<MsgName>` (at most 39 characters). */
export function msgType(codec: Codec<unknown, unknown>, aminoPrefix: string): MsgType {
  const shortName = codec.typeName.slice(codec.typeName.lastIndexOf('.') + 1)
  const aminoName = `${aminoPrefix}/${shortName}`
  if (aminoName.length > AMINO_NAME_MAX) {
    throw new Error(`amino name ${aminoName} is longer than ${AMINO_NAME_MAX}`)
  }
  return { typeUrl: `/${codec.typeName}`, aminoName, codec }
}

export interface MsgSpec<T, I, R, RI> {
  codec: Codec<T, I>
  response: Codec<R, RI>
  /** Amino route, e.g. `datum/dataasset`. */
  aminoPrefix: string
  signer(msg: T): string
  validateBasic(msg: T): void
  handle(ctx: Context, msg: T): RI
}

export function defineMsg<T, I, R, RI>(spec: MsgSpec<T, I, R, RI>): MsgDefinition<T> {
  const { typeUrl, aminoName } = msgType(spec.codec as Codec<unknown, unknown>, spec.aminoPrefix)
  const shortName = typeUrl.slice(typeUrl.lastIndexOf('.') + 1)
  return {
    typeUrl,
    aminoName,
    decode: (bytes) => {
      try {
        return spec.codec.decode(bytes)
      } catch (e) {
        throw sdkErrors.txDecode.wrap(`${shortName}: ${(e as Error).message}`)
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

/** A Query method: decode the request (malformed → InvalidArgument), run `f`, encode the response. */
export function queryHandler<Q, R, RI>(
  req: Codec<Q, unknown>,
  res: Codec<R, RI>,
  f: (ctx: Context, q: Q) => RI,
): QueryHandler {
  return (ctx, bytes) => {
    let q: Q
    try {
      q = req.decode(bytes)
    } catch (e) {
      throw invalidArgument(`malformed ${req.typeName}: ${(e as Error).message}`)
    }
    return res.encode(f(ctx, q))
  }
}

/** What a Datum module's MsgUpdateParams needs: its codecs, its params check and where the params go. */
export interface UpdateParamsSpec<P, R, RI> {
  codec: Codec<{ authority: string; params?: P }, unknown>
  response: Codec<R, RI>
  aminoPrefix: string
  /** The module's own validation (the one genesis runs); throws when it refuses the params. */
  check(params: P): void
  set(ctx: Context, params: P): void
}

/**
 * MsgUpdateParams of a Datum module: only the gov module account may send it (inside a passed proposal); the
 * params must pass the module's own check, so a proposal carrying params the module refuses is rejected at
 * submission (validateBasic) and can never be applied.
 */
export function defineUpdateParamsMsg<P, R, RI>(spec: UpdateParamsSpec<P, R, RI>): MsgDefinition {
  return defineMsg({
    codec: spec.codec,
    response: spec.response,
    aminoPrefix: spec.aminoPrefix,
    signer: (m) => m.authority,
    validateBasic: (m) => {
      fromBech32(m.authority)
      const params = m.params
      if (!params) throw sdkErrors.invalidRequest.wrap('params are required')
      checkParamsWith(() => spec.check(params))
    },
    handle: (ctx, m) => {
      checkAuthority(m.authority)
      spec.set(ctx, m.params!)
      return {} as RI
    },
  }) as MsgDefinition
}
