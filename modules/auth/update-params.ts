// MsgUpdateParams (cosmos-sdk 0.50 x/auth): the gov module account replaces the auth params (memo length, tx
// signature limit, gas per tx byte, signature verification costs). Each must be positive, as `Params.Validate`
// requires; the ante handler reads the new values from the next tx on.
import { MsgUpdateParams, MsgUpdateParamsResponse } from 'cosmjs-types/cosmos/auth/v1beta1/tx'
import { govParamsMsg, type MsgDefinition } from '../sdk/index.js'
import type { AccountKeeper } from './keeper.js'
import { type AuthParams, authParamsToJson, validateAuthParams } from './params.js'

export function msgUpdateAuthParamsDefinition(k: AccountKeeper): MsgDefinition {
  return govParamsMsg<AuthParams, AuthParams>({
    typeUrl: '/cosmos.auth.v1beta1.MsgUpdateParams',
    aminoName: 'cosmos-sdk/x/auth/MsgUpdateParams',
    codec: MsgUpdateParams,
    responseBytes: MsgUpdateParamsResponse.encode({}).finish(),
    parse: (p) => {
      validateAuthParams(p)
      return p
    },
    apply: (ctx, p) => k.setParams(ctx, p),
    // amino JSON (x/tx aminojson): uint64 as decimal strings, zero values omitted (no amino.dont_omitempty)
    aminoParams: (p) => Object.fromEntries(Object.entries(authParamsToJson(p)).filter(([, v]) => v !== '0')),
  })
}
