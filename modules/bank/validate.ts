// Stateless parsing of bank messages: proto coins to sdk coins, amount checks (cosmos ValidateBasic), and the
// address checks SDK 0.50 runs in the message server.

import type { MsgMultiSend, MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import type { Coin as ProtoCoin } from 'cosmjs-types/cosmos/base/v1beta1/coin'
import { addCoins, type Coin, fromBech32, parseAmount, sdkErrors, validateCoins } from '../sdk/index.js'
import { bankErrors } from './errors.js'

export function coinsFromProto(coins: ProtoCoin[]): Coin[] {
  return coins.map((c) => ({ denom: c.denom, amount: parseAmount(c.amount) }))
}

export const coinsToProto = (coins: Coin[]): ProtoCoin[] =>
  coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() }))

function checkAddress(address: string, what: string): void {
  try {
    fromBech32(address)
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(`invalid ${what} address: ${(e as Error).message}`)
  }
}

/** Valid, sorted, positive and non-empty, as cosmos `Coins.IsValid() && IsAllPositive()`. */
export function positiveCoins(coins: ProtoCoin[]): Coin[] {
  const parsed = coinsFromProto(coins)
  if (parsed.length === 0) throw sdkErrors.invalidCoins.wrap('amount must not be empty')
  validateCoins(parsed)
  return parsed
}

/**
 * Stateless checks of MsgSend that stay before the signature check: the amount. As in SDK 0.50, the
 * addresses are checked by the message server (`checkSendAddresses`), so a tx with a bad recipient and a
 * bad signature answers 4 (signature) at CheckTx, not 7; the sender is a signer, checked by the decoder.
 */
export function validateMsgSend(msg: MsgSend): void {
  positiveCoins(msg.amount)
}

/** The address checks SDK 0.50's MsgSend server does first (code 7). */
export function checkSendAddresses(msg: MsgSend): void {
  checkAddress(msg.fromAddress, 'from')
  checkAddress(msg.toAddress, 'to')
}

/**
 * Stateless checks of MsgMultiSend that stay before the signature check: one input, outputs present, valid
 * positive coins, inputs = outputs. As for MsgSend, the addresses are left to the message server
 * (`checkMultiSendAddresses`, SDK 0.50); the input's address is its signer, checked by the decoder.
 */
export function validateMsgMultiSend(msg: MsgMultiSend): void {
  if (msg.inputs.length === 0) throw bankErrors.noInputs.wrap('')
  if (msg.inputs.length !== 1) throw bankErrors.multipleSenders.wrap('')
  if (msg.outputs.length === 0) throw bankErrors.noOutputs.wrap('')
  let totalIn: Coin[] = []
  for (const input of msg.inputs) totalIn = addCoins(totalIn, positiveCoins(input.coins))
  let totalOut: Coin[] = []
  for (const output of msg.outputs) totalOut = addCoins(totalOut, positiveCoins(output.coins))
  const same =
    totalIn.length === totalOut.length &&
    totalIn.every((c, i) => c.denom === totalOut[i]!.denom && c.amount === totalOut[i]!.amount)
  if (!same) throw bankErrors.inputOutputMismatch.wrap('')
}

/** The address checks SDK 0.50's MultiSend server does first (code 7), before any coin moves. */
export function checkMultiSendAddresses(msg: MsgMultiSend): void {
  for (const input of msg.inputs) checkAddress(input.address, 'input')
  for (const output of msg.outputs) checkAddress(output.address, 'output')
}

/** The lower-case form of a valid address (throws sdk 7); cheap for the usual already-lower-case input. */
export function canonicalAddress(address: string): string {
  fromBech32(address)
  return address.toLowerCase()
}
