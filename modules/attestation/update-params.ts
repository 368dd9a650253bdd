// MsgUpdateParams: the gov module account replaces the params; they must pass validateParams (the same rules
// genesis uses), so a proposal carrying params this module refuses is rejected at submission.
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import type { MsgDefinition } from '../sdk/index.js'
import { defineUpdateParamsMsg } from '../sdk/proto-services.js'
import type { AttestationKeeper } from './keeper.js'
import { AMINO_PREFIX } from './msg-types.js'
import { validateParams } from './params.js'

export function updateParamsMsg(k: AttestationKeeper): MsgDefinition {
  return defineUpdateParamsMsg({
    codec: T.MsgUpdateParams,
    response: T.MsgUpdateParamsResponse,
    aminoPrefix: AMINO_PREFIX,
    check: validateParams,
    set: (ctx, p) => k.store.setParams(ctx, p),
  })
}
