// How the node configures the ante chain. The min gas price is a node-local setting (app.toml in
// cosmos), checked only in CheckTx; the block gas limit comes from the consensus params.
import type { Context } from '../../sdk/index.js'
import type { AnteBankKeeper } from '../expected-keepers.js'
import type { AccountKeeper } from '../keeper.js'

export interface AnteOptions {
  accountKeeper: AccountKeeper
  bankKeeper: AnteBankKeeper
  /** Node-local minimum gas prices, e.g. `0.025udatum`; empty or absent = no minimum. */
  minGasPrices?: string
  /** The consensus max gas per block at this context; 0 or negative (or absent) = unlimited. */
  blockMaxGas?: (ctx: Context) => bigint
  /** The denom priority is computed in; defaults to the first min-gas-price denom, else `udatum`. */
  priorityDenom?: string
  /** Signatures verified in CheckTx remembered for DeliverTx (default 50,000; 0 = verify every time). */
  sigCacheSize?: number
}
