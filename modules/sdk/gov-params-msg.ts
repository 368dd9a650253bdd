// The shape every cosmos module's MsgUpdateParams shares: `{authority, params}`, signed by the gov module
// account, params checked by the module's own validator (sdk 18 with its message) both when gov receives the
// proposal (validateBasic) and when it executes. Any authority but the gov account is gov 13, as the
// staking, slashing and mint msg servers of SDK 0.50 compare the strings without parsing them.
import { checkAuthority, checkParamsWith } from './authority.js'
import type { Context } from './context.js'
import { sdkErrors } from './errors.js'
import type { MsgDefinition } from './module.js'

interface UpdateParamsMsg<P> {
  authority: string
  params?: P
}

export interface GovParamsMsgSpec<P, Parsed> {
  typeUrl: string
  aminoName: string
  codec: {
    decode(b: Uint8Array): UpdateParamsMsg<P>
    encode(m: UpdateParamsMsg<P>): { finish(): Uint8Array }
  }
  responseBytes: Uint8Array
  /** Proto params → the module's params, throwing when the module's validator refuses them. */
  parse(p: P): Parsed
  apply(ctx: Context, params: Parsed): void
  aminoParams(p: P): unknown
}

export function govParamsMsg<P, Parsed>(spec: GovParamsMsgSpec<P, Parsed>): MsgDefinition {
  const parsed = (m: UpdateParamsMsg<P>): Parsed => {
    const proto = m.params
    if (!proto) throw sdkErrors.invalidRequest.wrap('params are required')
    let out: Parsed | undefined
    checkParamsWith(() => {
      out = spec.parse(proto)
    })
    return out!
  }
  const def: MsgDefinition<UpdateParamsMsg<P>> = {
    typeUrl: spec.typeUrl,
    aminoName: spec.aminoName,
    decode: (b) => {
      try {
        return spec.codec.decode(b)
      } catch (e) {
        throw sdkErrors.txDecode.wrap(`MsgUpdateParams: ${(e as Error).message}`)
      }
    },
    encode: (m) => spec.codec.encode(m).finish(),
    toAmino: (m) => ({ authority: m.authority, params: m.params && spec.aminoParams(m.params) }),
    signers: (m) => [m.authority],
    validateBasic: (m) => {
      parsed(m)
    },
    handle: (ctx, m) => {
      checkAuthority(m.authority)
      spec.apply(ctx, parsed(m))
      return { typeUrl: `${spec.typeUrl}Response`, value: spec.responseBytes }
    },
  }
  return def as MsgDefinition
}
