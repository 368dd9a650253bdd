// MsgUpdateParams: the gov module account replaces the params; they must pass checkParams (the same rules
// genesis uses), so a proposal carrying params this module refuses is rejected at submission.
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import type { MsgDefinition } from '../sdk/index.js'
import { defineUpdateParamsMsg } from '../sdk/proto-services.js'
import type { ComputeRightKeeper } from './keeper.js'
import { AMINO_PREFIX } from './msg-types.js'
import { checkParams } from './params.js'

export function updateParamsMsg(k: ComputeRightKeeper): MsgDefinition {
  return defineUpdateParamsMsg({
    codec: T.MsgUpdateParams,
    response: T.MsgUpdateParamsResponse,
    aminoPrefix: AMINO_PREFIX,
    check: checkParams,
    set: (ctx, p) => k.store.setParams(ctx, p),
  })
}
