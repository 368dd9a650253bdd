// Runs one Msg for a tx command: connect, sign, broadcast, decode the response, report the result.
import { DatumTxError } from '../sdk/errors.js'
import { bool, type ParsedArgs, str } from './args.js'
import { coinsFromString } from './coins.js'
import { gasAdjustmentOf, isNetworkError, txClient } from './connect.js'
import { CliError } from './errors.js'

export interface TxResult {
  txhash: string
  height: number
  gas_wanted: string
  gas_used: string
  response: unknown
}

/** What `--dry-run` prints: the simulated gas and the limit `--gas auto` would sign with (sends nothing). */
export interface DryRunResult {
  gas_estimate: string
  simulated_gas: string
}

export async function runTx<R>(
  a: ParsedArgs,
  build: (sender: string) => { typeUrl: string; value: unknown },
  response: { decode(b: Uint8Array): R },
): Promise<TxResult> {
  // build once with a placeholder signer so flag mistakes are reported before the keyring or node is touched
  build('')
  const { client, sender, fee: planned, memo } = await txClient(a)
  try {
    const msg = build(sender)
    const fees = str(a, 'fees')
    const auto = (str(a, 'gas') ?? 'auto') === 'auto'
    let fee = planned
    if (bool(a, 'dry-run') || (fees !== undefined && auto)) {
      // the limit "--gas auto" signs with: simulated gas × --gas-adjustment, as simd does (the node's
      // simulation charges the fee deduction, so no headroom is needed)
      const simulated = await client.signing.simulate(sender, [msg], memo)
      const gas = Math.ceil(simulated * gasAdjustmentOf(a))
      // commands print what runTx returns; only asset publish reads a TxResult, and it has its own --dry-run
      if (bool(a, 'dry-run')) {
        const dry: DryRunResult = { gas_estimate: String(gas), simulated_gas: String(simulated) }
        return dry as unknown as TxResult
      }
      fee = { amount: coinsFromString(fees!), gas: String(gas) }
    }
    const { response: decoded, tx } = await client.broadcastOne(sender, msg, response, fee, memo)
    return {
      txhash: tx.transactionHash,
      height: tx.height,
      gas_wanted: String(tx.gasWanted),
      gas_used: String(tx.gasUsed),
      response: decoded,
    }
  } catch (e) {
    if (e instanceof DatumTxError) throw new CliError('TX_FAILED', e.message)
    if (e instanceof CliError) throw e
    if (isNetworkError(e))
      throw new CliError('NODE_UNREACHABLE', `cannot reach the node: ${(e as Error).message}`)
    throw new CliError('TX_REJECTED', (e as Error).message)
  } finally {
    client.disconnect()
  }
}
