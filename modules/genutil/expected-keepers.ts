// What genutil needs from outside: staking's set update after the gentxs, and the app's tx path.
import type { Context, ValidatorUpdate } from '../sdk/index.js'

export interface GenutilStakingKeeper {
  applyAndReturnValidatorSetUpdates(ctx: Context): ValidatorUpdate[]
}

/** Delivers one tx into the genesis state; returns undefined on success, else the failure log. */
export type GenesisTxDeliverer = (tx: Uint8Array) => string | undefined
