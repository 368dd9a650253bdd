// The `cosmos.slashing.v1beta1.Msg` service: MsgUnjail (amino JSON `{"address": …}` as the SDK's
// amino.field_name; CosmJS ships no converter for it).
import { MsgUnjail, MsgUnjailResponse } from 'cosmjs-types/cosmos/slashing/v1beta1/tx'
import {
  fromBech32,
  type MsgDefinition,
  normalizeAddress,
  sdkErrors,
  toBech32,
  VALOPER_PREFIX,
} from '../sdk/index.js'
import type { SlashingKeeper } from './keeper.js'

function validator(address: string): string {
  try {
    return normalizeAddress(address, VALOPER_PREFIX)
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(`invalid validator address: ${(e as Error).message}`)
  }
}

export function msgUnjailDefinition(k: SlashingKeeper): MsgDefinition<MsgUnjail> {
  return {
    typeUrl: '/cosmos.slashing.v1beta1.MsgUnjail',
    aminoName: 'cosmos-sdk/MsgUnjail',
    decode: (b) => {
      try {
        return MsgUnjail.decode(b)
      } catch (e) {
        throw sdkErrors.txDecode.wrap(`MsgUnjail: ${(e as Error).message}`)
      }
    },
    encode: (m) => MsgUnjail.encode(m).finish(),
    toAmino: (m) => ({ address: m.validatorAddr }),
    signers: (m) => [toBech32(fromBech32(validator(m.validatorAddr), VALOPER_PREFIX))],
    validateBasic: () => {},
    handle(ctx, m) {
      k.unjail(ctx, validator(m.validatorAddr))
      return {
        typeUrl: '/cosmos.slashing.v1beta1.MsgUnjailResponse',
        value: MsgUnjailResponse.encode({}).finish(),
      }
    },
  }
}
