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

/** One signature a tx carries: the key, the signature and the bytes it must verify over. */
export interface SignatureClaim {
  signBytes: Uint8Array
  signature: Uint8Array
  pubKey: Uint8Array
}

/**
 * The ante's signature checks, split so the curve arithmetic can run off the main thread before CheckTx:
 * `claims` says what the ante would verify if the state stayed as `ctx` shows it (read only, never throws);
 * `admit` remembers the claims a verifier proved, so the ante's own check of the same bytes is a cache hit.
 * A claim the state has since invalidated (another account number, a new key) simply misses; nothing the
 * ante decides depends on it.
 */
export interface SignaturePrecheck {
  claims(ctx: Context, tx: DecodedTx): SignatureClaim[]
  admit(claims: readonly SignatureClaim[], verified: readonly boolean[]): void
}
