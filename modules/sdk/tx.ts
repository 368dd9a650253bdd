// A decoded transaction as the app hands it to the ante handler (owned by the auth module).
// Cosmos SDK wire types from cosmjs-types; messages already resolved to their module definitions.
import type { AuthInfo, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import type { Context } from './context.js'
import type { MsgDefinition } from './module.js'

export interface DecodedMsg {
  typeUrl: string
  /** The Any value bytes as received. */
  value: Uint8Array
  msg: unknown
  def: MsgDefinition
}

export interface DecodedTx {
  /** The TxRaw bytes as broadcast (the tx hash is sha256 of these). */
  raw: Uint8Array
  hash: Uint8Array
  bodyBytes: Uint8Array
  authInfoBytes: Uint8Array
  body: TxBody
  authInfo: AuthInfo
  signatures: Uint8Array[]
  msgs: DecodedMsg[]
  /** Signer addresses in order of first appearance across msgs (cosmos GetSigners order). */
  signers: string[]
}

export interface AnteResult {
  /** Mempool priority (gas price of the fee in the fee denom, integer-scaled). */
  priority: bigint
}

/** Runs before messages: fees, signatures, sequences. `simulate` skips signature and fee checks as the SDK does. */
export type AnteHandler = (ctx: Context, tx: DecodedTx, simulate: boolean) => AnteResult
