// The `cosmos.bank.v1beta1.Msg` service: MsgSend and MsgMultiSend with their amino converters, which
// match @cosmjs/stargate's `createBankAminoConverters` so amino-signed txs verify.
import {
  MsgMultiSend,
  MsgMultiSendResponse,
  MsgSend,
  MsgSendResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import { type MsgDefinition, sdkErrors } from '../sdk/index.js'
import type { BankKeeper } from './keeper.js'
import {
  canonicalAddress,
  checkMultiSendAddresses,
  checkSendAddresses,
  coinsFromProto,
  validateMsgMultiSend,
  validateMsgSend,
} from './validate.js'

const aminoCoins = (coins: { denom: string; amount: string }[]) =>
  coins.map((c) => ({ denom: c.denom, amount: c.amount }))

export function msgSendDefinition(keeper: BankKeeper): MsgDefinition<MsgSend> {
  return {
    typeUrl: '/cosmos.bank.v1beta1.MsgSend',
    aminoName: 'cosmos-sdk/MsgSend',
    decode: (b) => MsgSend.decode(b),
    encode: (m) => MsgSend.encode(m).finish(),
    toAmino: (m) => ({ from_address: m.fromAddress, to_address: m.toAddress, amount: aminoCoins(m.amount) }),
    signers: (m) => [m.fromAddress],
    validateBasic: validateMsgSend,
    handle(ctx, msg) {
      checkSendAddresses(msg)
      const amount = coinsFromProto(msg.amount)
      keeper.isSendEnabledCoins(ctx, amount)
      const to = canonicalAddress(msg.toAddress)
      if (keeper.blockedAddr(to)) throw sdkErrors.unauthorized.wrap(`${to} is not allowed to receive funds`)
      keeper.sendCoins(ctx, canonicalAddress(msg.fromAddress), to, amount)
      return {
        typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse',
        value: MsgSendResponse.encode({}).finish(),
      }
    },
  }
}

export function msgMultiSendDefinition(keeper: BankKeeper): MsgDefinition<MsgMultiSend> {
  const io = (list: { address: string; coins: { denom: string; amount: string }[] }[]) =>
    list.map((x) => ({ address: x.address, coins: aminoCoins(x.coins) }))
  return {
    typeUrl: '/cosmos.bank.v1beta1.MsgMultiSend',
    aminoName: 'cosmos-sdk/MsgMultiSend',
    decode: (b) => MsgMultiSend.decode(b),
    encode: (m) => MsgMultiSend.encode(m).finish(),
    toAmino: (m) => ({ inputs: io(m.inputs), outputs: io(m.outputs) }),
    signers: (m) => m.inputs.map((i) => i.address),
    validateBasic: validateMsgMultiSend,
    handle(ctx, msg) {
      checkMultiSendAddresses(msg)
      const input = msg.inputs[0]!
      const outputs = msg.outputs.map((o) => ({
        address: canonicalAddress(o.address),
        coins: coinsFromProto(o.coins),
      }))
      keeper.isSendEnabledCoins(ctx, coinsFromProto(input.coins))
      for (const o of outputs)
        if (keeper.blockedAddr(o.address))
          throw sdkErrors.unauthorized.wrap(`${o.address} is not allowed to receive funds`)
      keeper.inputOutputCoins(
        ctx,
        { address: canonicalAddress(input.address), coins: coinsFromProto(input.coins) },
        outputs,
      )
      return {
        typeUrl: '/cosmos.bank.v1beta1.MsgMultiSendResponse',
        value: MsgMultiSendResponse.encode({}).finish(),
      }
    },
  }
}
