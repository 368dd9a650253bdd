// Turns the global flags into a connected client: a signer from the keyring, the fee, the query client.
import { calculateFee, GasPrice, type StdFee } from '@cosmjs/stargate'
import { DatumClient, type Fee } from '../sdk/client.js'
import { type ParsedArgs, str } from './args.js'
import { coinsFromString } from './coins.js'
import { CliError, UsageError } from './errors.js'
import { defaultKeyringPath, Keyring } from './keyring.js'

export const keyringOf = (a: ParsedArgs): Keyring =>
  new Keyring(str(a, 'keyring-file') ?? defaultKeyringPath())

export function feeOf(a: ParsedArgs): Fee {
  const gas = str(a, 'gas') ?? 'auto'
  const fees = str(a, 'fees')
  if (gas !== 'auto' && !/^[1-9]\d{0,15}$/.test(gas))
    throw new UsageError('--gas must be "auto" or a positive integer')
  if (fees !== undefined) {
    const amount = coinsFromString(fees)
    // with --gas auto the limit comes from the simulation (runTx); the fee stays what --fees says
    if (gas === 'auto') return gasAdjustmentOf(a)
    const fee: StdFee = { amount, gas }
    return fee
  }
  if (gas === 'auto') return gasAdjustmentOf(a)
  return calculateFee(Number(gas), gasPriceOf(a))
}

/** --gas-adjustment: the multiplier on simulated gas when --gas is auto. */
export function gasAdjustmentOf(a: ParsedArgs): number {
  const adj = Number(str(a, 'gas-adjustment') ?? '1.4')
  if (!Number.isFinite(adj) || adj < 1 || adj > 10)
    throw new UsageError('--gas-adjustment must be between 1 and 10')
  return adj
}

function gasPriceOf(a: ParsedArgs): GasPrice {
  try {
    return GasPrice.fromString(str(a, 'gas-prices') ?? '0.0025udatum')
  } catch (e) {
    throw new UsageError(`--gas-prices: ${(e as Error).message}`)
  }
}

/** Network failures (refused, reset, DNS, timeouts) surface from fetch as TypeError "fetch failed". */
export function isNetworkError(e: unknown): boolean {
  const err = e as { message?: string; cause?: { code?: string } }
  return /fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|socket hang up/.test(
    `${err?.message ?? ''} ${err?.cause?.code ?? ''}`,
  )
}

/** Runs `f` against the node; a network failure becomes NODE_UNREACHABLE (exit 1). */
export async function withNode<T>(node: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f()
  } catch (e) {
    if (e instanceof CliError || e instanceof UsageError || !isNetworkError(e)) throw e
    throw new CliError('NODE_UNREACHABLE', `cannot reach node ${node}: ${(e as Error).message}`)
  }
}

export async function txClient(
  a: ParsedArgs,
): Promise<{ client: DatumClient; sender: string; fee: Fee; memo: string }> {
  const mode = str(a, 'sign-mode') ?? 'direct'
  if (mode !== 'direct' && mode !== 'amino') throw new UsageError('--sign-mode must be direct or amino')
  const fee = feeOf(a)
  const { signer, address } = await keyringOf(a).signer(str(a, 'from')!, mode === 'amino')
  const node = str(a, 'node')!
  const client = await withNode(node, () =>
    DatumClient.connectWithSigner(node, signer, { gasPrice: str(a, 'gas-prices') }),
  )
  const want = str(a, 'chain-id')
  if (want !== undefined) {
    const have = await client.signing.getChainId()
    if (have !== want) {
      client.disconnect()
      throw new CliError('CHAIN_ID_MISMATCH', `node ${node} runs chain ${have}, not ${want}`)
    }
  }
  return { client, sender: address, fee, memo: str(a, 'memo') ?? '' }
}
