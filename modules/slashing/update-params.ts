// MsgUpdateParams (cosmos-sdk 0.50 x/slashing): the gov module account replaces the slashing params; they must
// pass `validateSlashingParams` (the check genesis uses). A new `signed_blocks_window` applies to each
// validator's window from the next block on.
import { MsgUpdateParams, MsgUpdateParamsResponse } from 'cosmjs-types/cosmos/slashing/v1beta1/tx'
import { decToString, govParamsMsg, type MsgDefinition } from '../sdk/index.js'
import type { SlashingKeeper } from './keeper.js'
import { paramsFromProto, validateSlashingParams } from './params.js'

export function msgUpdateSlashingParamsDefinition(k: SlashingKeeper): MsgDefinition {
  return govParamsMsg({
    typeUrl: '/cosmos.slashing.v1beta1.MsgUpdateParams',
    aminoName: 'cosmos-sdk/x/slashing/MsgUpdateParams',
    codec: MsgUpdateParams,
    responseBytes: MsgUpdateParamsResponse.encode({}).finish(),
    parse: (proto) => {
      const p = paramsFromProto(proto)
      validateSlashingParams(p)
      return p
    },
    apply: (ctx, p) => k.setParams(ctx, p),
    aminoParams: (proto) => {
      const p = paramsFromProto(proto)
      return {
        signed_blocks_window: p.signedBlocksWindow.toString(),
        min_signed_per_window: decToString(p.minSignedPerWindow),
        downtime_jail_duration: (
          p.downtimeJailDuration.seconds * 1_000_000_000n +
          BigInt(p.downtimeJailDuration.nanos)
        ).toString(),
        slash_fraction_double_sign: decToString(p.slashFractionDoubleSign),
        slash_fraction_downtime: decToString(p.slashFractionDowntime),
      }
    },
  })
}
