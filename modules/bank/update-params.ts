// MsgUpdateParams (cosmos-sdk 0.50 x/bank): the gov module account replaces the bank params. As in SDK 0.47+,
// `Params.Validate` refuses the deprecated `send_enabled` list (per-denom flags live in their own entries),
// so only `default_send_enabled` changes; it applies to every denom without its own entry from the next Msg on.
import { MsgUpdateParams, MsgUpdateParamsResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import { govParamsMsg, type MsgDefinition } from '../sdk/index.js'
import type { BankKeeper } from './keeper.js'
import type { BankParams } from './params.js'

export function msgUpdateBankParamsDefinition(k: BankKeeper): MsgDefinition {
  return govParamsMsg<BankParams, BankParams>({
    typeUrl: '/cosmos.bank.v1beta1.MsgUpdateParams',
    aminoName: 'cosmos-sdk/x/bank/MsgUpdateParams',
    codec: MsgUpdateParams,
    responseBytes: MsgUpdateParamsResponse.encode({}).finish(),
    parse: (p) => {
      if (p.sendEnabled.length > 0) throw new Error('use of send_enabled in params is no longer supported')
      return { sendEnabled: [], defaultSendEnabled: p.defaultSendEnabled }
    },
    apply: (ctx, p) => k.setParams(ctx, p),
    // amino JSON omits empty fields: the deprecated list never, the flag when false
    aminoParams: (p) => (p.defaultSendEnabled ? { default_send_enabled: true } : {}),
  })
}
