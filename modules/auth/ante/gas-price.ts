// Decimal gas prices ("0.025udatum") as exact rationals, so the min-fee check never touches floats.
import { type Coin, sdkErrors, validateDenom } from '../../sdk/index.js'

export interface GasPrice {
  denom: string
  /** price = numerator / denominator (denominator a power of ten). */
  numerator: bigint
  denominator: bigint
}

const PRICE_RE = /^(\d{1,30})(?:\.(\d{1,18}))?([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/

/** Parses a comma-separated list of decimal coins, e.g. `0.025udatum,1uother`; empty means no minimum. */
export function parseGasPrices(text: string): GasPrice[] {
  const out: GasPrice[] = []
  for (const part of text.split(',').map((s) => s.trim())) {
    if (part === '') continue
    const m = PRICE_RE.exec(part)
    if (!m) throw sdkErrors.invalidCoins.wrap(`invalid gas price ${JSON.stringify(part)}`)
    const frac = m[2] ?? ''
    validateDenom(m[3]!)
    out.push({ denom: m[3]!, numerator: BigInt(m[1]! + frac), denominator: 10n ** BigInt(frac.length) })
  }
  return out.filter((p) => p.numerator > 0n).sort((a, b) => (a.denom < b.denom ? -1 : 1))
}

/** ceil(price × gas) for each price, as cosmos `checkTxFeeWithValidatorMinGasPrices` computes required fees. */
export function requiredFees(prices: GasPrice[], gasLimit: bigint): Coin[] {
  return prices.map((p) => ({
    denom: p.denom,
    amount: (p.numerator * gasLimit + p.denominator - 1n) / p.denominator,
  }))
}
