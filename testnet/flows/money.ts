// Amounts as a person reads them: DATUM with its micro-unit, ε with its micro-ε.

export const UDATUM_PER_DATUM = 1_000_000n

/** `12.5 DATUM (12500000 udatum)`; negative amounts keep their sign. */
export function datum(udatum: bigint): string {
  const neg = udatum < 0n
  const a = neg ? -udatum : udatum
  const whole = a / UDATUM_PER_DATUM
  const frac = (a % UDATUM_PER_DATUM).toString().padStart(6, '0').replace(/0+$/, '')
  return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''} DATUM (${udatum} udatum)`
}

/** `0.25 ε` from micro-ε. */
export function epsilon(micro: bigint): string {
  const whole = micro / 1_000_000n
  const frac = (micro % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '')
  return `${whole}${frac ? `.${frac}` : ''} ε`
}

/** The fee CosmJS charges for a gas limit at a price in udatum per gas (rounded up, as calculateFee). */
export function feeFor(gasWanted: bigint, priceMilli = 2_500n): bigint {
  return (gasWanted * priceMilli + 999_999n) / 1_000_000n
}
