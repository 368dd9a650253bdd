// cosmos DeductFeeDecorator: the fee must cover the node's min gas price (CheckTx only, a node-local
// rule, not consensus), then the payer pays it into `fee_collector` before any message runs, so a
// failing message still costs its fee.
import { amountOf, coin, coinsToString, sdkErrors } from '../../sdk/index.js'
import { ATTRIBUTE, EVENT_TYPE_TX } from '../events.js'
import type { AnteBankKeeper } from '../expected-keepers.js'
import type { AccountKeeper } from '../keeper.js'
import { FEE_COLLECTOR_NAME } from '../keys.js'
import { type GasPrice, requiredFees } from './gas-price.js'
import type { AnteRun } from './run.js'

export function checkMinGasPrice(run: AnteRun, minGasPrices: GasPrice[]): void {
  if (!run.ctx.isCheckTx || run.simulate || minGasPrices.length === 0) return
  const fee = run.fee
  const required = requiredFees(minGasPrices, run.gasLimit)
  if (!required.some((r) => amountOf(fee, r.denom) >= r.amount))
    throw sdkErrors.insufficientFee.wrap(
      `insufficient fees; got: ${coinsToString(fee)} required: ${coinsToString(required)}`,
    )
}

/**
 * Pays the fee. A simulation with an empty fee (what CosmJS and Keplr send) still moves one unit of
 * `simulatedDenom` when the payer holds it: the store reads and writes of the deduction then cost the gas
 * delivery will cost (~12k of a send's ~60k), so "auto" gas covers the real tx. The SDK skips that
 * deduction and lets its heavier schedule absorb it; here it is measured instead. The simulation's branch
 * is dropped, so the unit is never really paid.
 */
export function deductFee(
  run: AnteRun,
  accounts: AccountKeeper,
  bank: AnteBankKeeper,
  simulatedDenom: string,
): void {
  const fee = run.fee
  const payer = run.tx.authInfo.fee?.payer || run.tx.signers[0]!
  if (!run.tx.signers.includes(payer))
    throw sdkErrors.invalidRequest.wrap(`fee payer ${payer} is not a signer of the tx`)
  if (!accounts.getAccount(run.ctx, payer))
    throw sdkErrors.unknownAddress.wrap(`fee payer address: ${payer} does not exist`)
  if (fee.length > 0) bank.sendCoinsFromAccountToModule(run.ctx, payer, FEE_COLLECTOR_NAME, fee)
  else if (run.simulate && bank.getBalance(run.ctx, payer, simulatedDenom).amount > 0n)
    bank.sendCoinsFromAccountToModule(run.ctx, payer, FEE_COLLECTOR_NAME, [coin(1, simulatedDenom)])
  run.ctx.events.emit(EVENT_TYPE_TX, [
    [ATTRIBUTE.fee, coinsToString(fee)],
    [ATTRIBUTE.feePayer, payer],
  ])
}

/** Mempool priority: the fee in `denom` per unit of gas, scaled by 10^6 so it stays an integer. */
export function txPriority(run: AnteRun, denom: string): bigint {
  if (run.gasLimit <= 0n) return 0n
  const fee = run.fee
  return (amountOf(fee, denom) * 1_000_000n) / run.gasLimit
}
