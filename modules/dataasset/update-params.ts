// MsgUpdateParams: the gov module account replaces the params; they must pass validateParams (the same rules
// genesis uses), so a proposal carrying params this module refuses is rejected at submission.
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import type { MsgDefinition } from '../sdk/index.js'
import { defineUpdateParamsMsg } from '../sdk/proto-services.js'
import { validateParams } from './genesis.js'
import type { DataAssetKeeper } from './keeper.js'
import { AMINO_PREFIX } from './msg-types.js'

export function updateParamsMsg(k: DataAssetKeeper): MsgDefinition {
  return defineUpdateParamsMsg({
    codec: T.MsgUpdateParams,
    response: T.MsgUpdateParamsResponse,
    aminoPrefix: AMINO_PREFIX,
    check: validateParams,
    set: (ctx, p) => k.assets.setParams(ctx, p),
  })
}
