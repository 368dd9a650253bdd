// MsgUpdateParams: the gov module account replaces the params; they must pass validateParams (the same rules
// genesis uses), so a proposal carrying params this module refuses is rejected at submission.
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { checkAuthority, checkParamsWith, fromBech32, type MsgDefinition, sdkErrors } from '../sdk/index.js'
import { defineMsg } from '../sdk/proto-services.js'
import { validateParams } from './genesis.js'
import type { DataAssetKeeper } from './keeper.js'
import { AMINO_PREFIX } from './msg-types.js'

export function updateParamsMsg(k: DataAssetKeeper): MsgDefinition {
  return defineMsg({
    codec: T.MsgUpdateParams,
    response: T.MsgUpdateParamsResponse,
    aminoPrefix: AMINO_PREFIX,
    signer: (m) => m.authority,
    validateBasic: (m) => {
      fromBech32(m.authority)
      const params = m.params
      if (!params) throw sdkErrors.invalidRequest.wrap('params are required')
      checkParamsWith(() => validateParams(params))
    },
    handle: (ctx, m) => {
      checkAuthority(m.authority)
      k.assets.setParams(ctx, m.params!)
      return {}
    },
  }) as MsgDefinition
}
