// Runs one Msg for a tx command: connect, sign, broadcast, decode the response, report the result.
import { DatumTxError } from '../sdk/errors.js'
import type { ParsedArgs } from './args.js'
import { isNetworkError, txClient } from './connect.js'
import { CliError } from './errors.js'

export interface TxResult {
  txhash: string
  height: number
  gas_wanted: string
  gas_used: string
  response: unknown
}

export async function runTx<R>(
  a: ParsedArgs,
  build: (sender: string) => { typeUrl: string; value: unknown },
  response: { decode(b: Uint8Array): R },
): Promise<TxResult> {
  // build once with a placeholder signer so flag mistakes are reported before the keyring or node is touched
  build('')
  const { client, sender, fee, memo } = await txClient(a)
  try {
    const { response: decoded, tx } = await client.broadcastOne(sender, build(sender), response, fee, memo)
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
