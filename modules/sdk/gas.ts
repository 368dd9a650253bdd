// Gas: every store access and every tx byte costs gas, so a tx pays for the work it makes the node do.
// Integers only (plain numbers stay exact far beyond any block gas limit).

export class OutOfGasError extends Error {
  readonly code = 'OUT_OF_GAS'
  constructor(
    readonly descriptor: string,
    readonly limit: number,
    readonly wanted: number,
  ) {
    super(`out of gas in location: ${descriptor}; gasWanted: ${limit}, gasUsed: ${wanted}`)
  }
}

export interface GasMeter {
  readonly limit: number
  consumed(): number
  consume(amount: number, descriptor: string): void
  refund?(amount: number): void
}

/** A meter that throws OutOfGasError past `limit`. Infinity makes an unlimited meter (simulate, genesis, queries). */
export class BasicGasMeter implements GasMeter {
  private used = 0
  constructor(readonly limit: number) {}

  consumed(): number {
    return this.used
  }

  consume(amount: number, descriptor: string): void {
    if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`invalid gas amount ${amount}`)
    this.used += amount
    if (this.used > this.limit) throw new OutOfGasError(descriptor, this.limit, this.used)
  }
}

export const infiniteGasMeter = (): GasMeter => new BasicGasMeter(Number.POSITIVE_INFINITY)

/** The cosmos-sdk KVGasConfig defaults, charged by the gas-metered store wrapper. */
export const KV_GAS = {
  hasCost: 1000,
  deleteCost: 1000,
  readCostFlat: 1000,
  readCostPerByte: 3,
  writeCostFlat: 2000,
  writeCostPerByte: 30,
  iterNextCostFlat: 30,
} as const
