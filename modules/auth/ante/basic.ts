// The stateless front of the ante chain, in cosmos order: gas limit, extension options, validate basic,
// timeout height, memo size, and gas for the tx bytes.
import { type Coin, type Context, type DecodedTx, sdkErrors, validateCoins } from '../../sdk/index.js'
import type { AccountKeeper } from '../keeper.js'
import { coinsFromProto } from './coins.js'
import type { AnteRun } from './run.js'
import { MULTISIG_TYPE_URL } from './signer-key.js'

const MAX_GAS = BigInt(Number.MAX_SAFE_INTEGER)

/** cosmos SetUpContextDecorator: a positive gas limit within the block's max gas (code 41). */
export function checkGasLimit(ctx: Context, tx: DecodedTx, simulate: boolean, blockMaxGas: bigint): bigint {
  const gas = tx.authInfo.fee?.gasLimit ?? 0n
  if (simulate || ctx.mode === 'genesis') return gas > MAX_GAS ? MAX_GAS : gas
  if (gas <= 0n) throw sdkErrors.invalidGasLimit.wrap('must provide positive gas')
  if (blockMaxGas > 0n && gas > blockMaxGas)
    throw sdkErrors.invalidGasLimit.wrap(`tx gas limit ${gas} exceeds block max gas ${blockMaxGas}`)
  if (gas > MAX_GAS) throw sdkErrors.invalidGasLimit.wrap(`invalid gas supplied; ${gas} > ${MAX_GAS}`)
  return gas
}

/** cosmos RejectExtensionOptionsDecorator (no extension option is supported). */
export function rejectExtensionOptions(tx: DecodedTx): void {
  if (tx.body.extensionOptions.length > 0 || tx.body.nonCriticalExtensionOptions.length > 0)
    throw sdkErrors.unknownExtensionOptions.wrap('unknown extension options')
}

/** cosmos ValidateBasicDecorator plus each message's own stateless checks; returns the parsed fee. */
export function validateBasic(tx: DecodedTx): Coin[] {
  if (tx.msgs.length === 0) throw sdkErrors.invalidRequest.wrap('must contain at least one message')
  if (tx.signatures.length === 0) throw sdkErrors.noSignatures.wrap('')
  if (tx.signatures.length !== tx.signers.length)
    throw sdkErrors.unauthorized.wrap(
      `wrong number of signers; expected ${tx.signers.length}, got ${tx.signatures.length}`,
    )
  if (tx.authInfo.signerInfos.length !== tx.signatures.length)
    throw sdkErrors.unauthorized.wrap(
      `invalid number of signer infos; expected ${tx.signatures.length}, got ${tx.authInfo.signerInfos.length}`,
    )
  // Fields cosmos 0.50 does not know; no sign mode here covers them, so accepting them would let anyone
  // change a signed tx's meaning (ADR-076).
  if (tx.body.unordered || tx.body.timeoutTimestamp)
    throw sdkErrors.txDecode.wrap('unordered transactions and timeout timestamps are not supported')
  if (tx.authInfo.tip) throw sdkErrors.invalidRequest.wrap('tips are not supported')
  const fee = coinsFromProto(tx.authInfo.fee?.amount ?? [])
  validateCoins(fee)
  if (tx.authInfo.fee?.granter) throw sdkErrors.invalidRequest.wrap('fee grants are not enabled')
  for (const m of tx.msgs) m.def.validateBasic(m.msg)
  return fee
}

/** cosmos TxTimeoutHeightDecorator: a tx with timeout_height is valid up to and including that height. */
export function checkTimeoutHeight(run: AnteRun): void {
  const timeout = run.tx.body.timeoutHeight
  if (timeout > 0n && run.ctx.height > timeout)
    throw sdkErrors.txTimeoutHeight.wrap(`block height: ${run.ctx.height}, timeout height: ${timeout}`)
}

/** cosmos ValidateMemoDecorator: the limit counts bytes, as Go's `len(string)` does. */
export function checkMemo(run: AnteRun): void {
  const length = Buffer.byteLength(run.tx.body.memo, 'utf8')
  const max = run.params.maxMemoCharacters
  if (BigInt(length) > max)
    throw sdkErrors.memoTooLarge.wrap(
      `maximum number of characters is ${max} but received ${length} characters`,
    )
}

/** Bytes of a signature a simulated tx leaves empty, charged as cosmos charges its placeholder. */
const SIMULATED_SIGNATURE_BYTES = 64 + 6

/**
 * cosmos ConsumeGasForTxSizeDecorator: gas for every tx byte; when simulating, for each empty signature the
 * signer's account is read (for its key, as the SDK does) and a full signature's bytes are charged, times
 * `tx_sig_limit` when the account's key is a multisig (the SDK's estimate for the most members signing).
 */
export function consumeTxSizeGas(run: AnteRun, keeper: AccountKeeper): void {
  const params = run.params
  const perByte = Number(params.txSizeCostPerByte)
  run.ctx.gasMeter.consume(perByte * run.tx.raw.length, 'txSize')
  if (!run.simulate) return
  run.tx.signatures.forEach((sig, i) => {
    if (sig.length > 0) return
    const key = keeper.getAccount(run.ctx, run.tx.signers[i]!)?.pubKey
    const signatures = key?.typeUrl === MULTISIG_TYPE_URL ? Number(params.txSigLimit) : 1
    run.ctx.gasMeter.consume(perByte * SIMULATED_SIGNATURE_BYTES * signatures, 'txSize')
  })
}
