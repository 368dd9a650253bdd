// The state one ante pass carries from step to step (cosmos passes it through the context instead).
import type { Coin, Context, DecodedTx } from '../../sdk/index.js'
import type { Account } from '../account.js'
import type { AuthParams } from '../params.js'
import type { SignerKey } from './signer-key.js'

export interface AnteRun {
  ctx: Context
  tx: DecodedTx
  simulate: boolean
  /**
   * The auth params, read from the store at each use (a getter), as each SDK decorator reads them: the read
   * costs gas like any other, so Datum's gas tracks the SDK's for clients that budget for the SDK.
   */
  readonly params: AuthParams
  /** The fee, parsed and validated once. */
  fee: Coin[]
  /** The fee's gas limit (validated to fit a safe integer). */
  gasLimit: bigint
  /** Signer accounts in `tx.signers` order, loaded by the pubkey step and written back when changed. */
  accounts: Account[]
  /** The secp256k1 key each signer verifies with (account key, or the tx's on first use). */
  pubKeys: (SignerKey | undefined)[]
}
