// Runs one Msg for a tx command: connect, sign, broadcast, decode the response, report the result.
import { DatumTxError } from '../sdk/errors.js'
import { bool, type ParsedArgs, str } from './args.js'
import { coinsFromString } from './coins.js'
import { gasAdjustmentOf, isNetworkError, txClient } from './connect.js'
import { CliError } from './errors.js'
import { type Json, type MessageType, messageJson } from './proto-json.js'

export interface TxResult {
  txhash: string
  height: number
  gas_wanted: string
  gas_used: string
  /** The Msg's response in proto JSON (proto field names, enums by name), as every query prints. */
  response: Json
}

/** What a tx with several Msgs prints: every Msg's response, in proto JSON, under `responses`. */
export type TxResults = Omit<TxResult, 'response'> & { responses: Json[] }

/** What `--dry-run` prints: the simulated gas and the limit `--gas auto` would sign with (sends nothing). */
export interface DryRunResult {
  gas_estimate: string
  simulated_gas: string
}

export async function runTx<R>(
  a: ParsedArgs,
  build: (sender: string) => { typeUrl: string; value: unknown },
  response: MessageType<R>,
): Promise<TxResult> {
  // build once with a placeholder signer so flag mistakes are reported before the keyring or node is touched
  build('')
  const result = await runTxMsgs(a, async (sender) => [build(sender)], response)
  if ('gas_estimate' in result) return result as unknown as TxResult
  const { responses, ...tx } = result
  if (responses[0] === undefined)
    throw new CliError('TX_REJECTED', `tx ${tx.txhash} returned no msg response`)
  return { ...tx, response: responses[0] }
}

/** The parts of CosmJS's `DeliverTxResponse` the CLI prints. */
export interface DeliveredTx {
  transactionHash: string
  height: number
  gasWanted: bigint
  gasUsed: bigint
  msgResponses: readonly { typeUrl: string; value: Uint8Array }[]
}

/** The delivered tx as the CLI prints it; each Msg response decoded by `response` and shown as proto JSON. */
export function deliveredTx<R>(tx: DeliveredTx, response: MessageType<R>): TxResults {
  return {
    txhash: tx.transactionHash,
    height: tx.height,
    gas_wanted: String(tx.gasWanted),
    gas_used: String(tx.gasUsed),
    responses: tx.msgResponses.map((r) => messageJson(response, response.decode(r.value))),
  }
}

/**
 * Several Msgs of one type in one tx (e.g. withdraw-all-rewards); `build` may read the chain. Prints every
 * Msg's decoded response under `responses`.
 */
export async function runTxMsgs<R>(
  a: ParsedArgs,
  build: (sender: string) => Promise<{ typeUrl: string; value: unknown }[]>,
  response: MessageType<R>,
): Promise<TxResults> {
  const { client, sender, fee: planned, memo } = await txClient(a)
  try {
    const msgs = await build(sender)
    if (msgs.length === 0) throw new CliError('NOTHING_TO_DO', 'no messages to send')
    const fees = str(a, 'fees')
    const auto = (str(a, 'gas') ?? 'auto') === 'auto'
    let fee = planned
    if (bool(a, 'dry-run') || (fees !== undefined && auto)) {
      // the limit "--gas auto" signs with: simulated gas × --gas-adjustment, as simd does (the node's
      // simulation charges the fee deduction, so no headroom is needed)
      const simulated = await client.signing.simulate(sender, msgs, memo)
      const gas = Math.ceil(simulated * gasAdjustmentOf(a))
      // commands print what runTx returns; only asset publish reads a TxResult, and it has its own --dry-run
      if (bool(a, 'dry-run')) {
        const dry: DryRunResult = { gas_estimate: String(gas), simulated_gas: String(simulated) }
        return dry as unknown as TxResults
      }
      fee = { amount: coinsFromString(fees!), gas: String(gas) }
    }
    return deliveredTx(await client.broadcast(sender, msgs, fee, memo), response)
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
