// MintKeeper: the minter state and params, and the begin-block that mints this block's provision into the
// fee collector (distribution then pays it to bonded stake like fees).
import { Minter as MinterProto, Params as ParamsProto } from 'cosmjs-types/cosmos/mint/v1beta1/mint'
import {
  type Coin,
  type Context,
  DEC_ONE,
  decFromAtomics,
  decFromString,
  decToAtomics,
  decToString,
  type KVStore,
  validateDenom,
} from '../sdk/index.js'
import {
  blockProvision,
  bondedRatio,
  type Minter,
  type MintParams,
  nextAnnualProvisions,
  nextInflationRate,
} from './minter.js'

export const MODULE_NAME = 'mint'
export const STORE_KEY = 'mint'
const MINTER_KEY = Uint8Array.of(0x00)
const PARAMS_KEY = Uint8Array.of(0x01)

/**
 * Datum's blocks a year: the SDK's formula `60 × 60 × 8766 / block seconds` (8766 h = 365.25 days) with
 * Datum's 1 s block interval instead of the SDK's 5 s. The block provision is annual provisions / blocks per
 * year, so this must count the chain's real blocks for the stated annual inflation to hold; the SDK's
 * 6,311,520 on 1 s blocks would mint five times the stated rate.
 */
const BLOCK_SECONDS = 1n
export const DATUM_BLOCKS_PER_YEAR = (60n * 60n * 8766n) / BLOCK_SECONDS

/**
 * Datum's default: the SDK's schedule (13 % start, 7–20 %, 13 % a year toward a 67 % bonded goal) counted in
 * Datum's 1 s blocks, so bonded stake earns without fees. Inflation 0 is allowed: set inflation_rate_change,
 * inflation_min, inflation_max and the minter's inflation to 0 in genesis (or by gov) for a fixed supply.
 */
export const DEFAULT_MINT_PARAMS: MintParams = {
  mintDenom: 'udatum',
  inflationRateChange: decFromString('0.13'),
  inflationMax: decFromString('0.20'),
  inflationMin: decFromString('0.07'),
  goalBonded: decFromString('0.67'),
  blocksPerYear: DATUM_BLOCKS_PER_YEAR,
}

/** The SDK's default minter inflation at genesis (`DefaultInitialMinter`), Datum's too. */
export const DEFAULT_INITIAL_INFLATION = decFromString('0.13')

/** The SDK's own defaults (x/mint `DefaultParams`, 5 s blocks), for comparison and tests. */
export const SDK_MINT_PARAMS: MintParams = {
  mintDenom: 'udatum',
  inflationRateChange: decFromString('0.13'),
  inflationMax: decFromString('0.20'),
  inflationMin: decFromString('0.07'),
  goalBonded: decFromString('0.67'),
  blocksPerYear: 6_311_520n,
}

export interface MintBankKeeper {
  getSupply(ctx: Context, denom: string): Coin
  mintCoins(ctx: Context, module: string, amount: Coin[]): void
  sendCoinsFromModuleToModule(ctx: Context, from: string, to: string, amount: Coin[]): void
}

export interface MintStakingKeeper {
  bondedTokens(ctx: Context): bigint
}

export function validateMintParams(p: MintParams): void {
  validateDenom(p.mintDenom)
  for (const [n, d] of [
    ['inflation rate change', p.inflationRateChange],
    ['max inflation', p.inflationMax],
    ['min inflation', p.inflationMin],
  ] as const)
    if (d < 0n || d > DEC_ONE) throw new Error(`${n} must be between 0 and 1`)
  if (p.goalBonded <= 0n || p.goalBonded > DEC_ONE)
    throw new Error('goal bonded must be positive and at most 1')
  if (p.inflationMax < p.inflationMin)
    throw new Error('max inflation must be greater than or equal to min inflation')
  if (p.blocksPerYear <= 0n) throw new Error('blocks per year must be positive')
}

export const paramsToProto = (p: MintParams): ParamsProto => ({
  mintDenom: p.mintDenom,
  inflationRateChange: decToAtomics(p.inflationRateChange),
  inflationMax: decToAtomics(p.inflationMax),
  inflationMin: decToAtomics(p.inflationMin),
  goalBonded: decToAtomics(p.goalBonded),
  blocksPerYear: p.blocksPerYear,
})

export const paramsFromProto = (p: ParamsProto): MintParams => ({
  mintDenom: p.mintDenom,
  inflationRateChange: decFromAtomics(p.inflationRateChange),
  inflationMax: decFromAtomics(p.inflationMax),
  inflationMin: decFromAtomics(p.inflationMin),
  goalBonded: decFromAtomics(p.goalBonded),
  blocksPerYear: p.blocksPerYear,
})

export class MintKeeper {
  constructor(
    readonly bank: MintBankKeeper,
    readonly staking: MintStakingKeeper,
    readonly feeCollectorName: string,
  ) {}

  store(ctx: Context): KVStore {
    return ctx.kvStore(STORE_KEY)
  }

  getParams(ctx: Context): MintParams {
    const raw = this.store(ctx).get(PARAMS_KEY)
    if (!raw) return DEFAULT_MINT_PARAMS
    return paramsFromProto(ParamsProto.decode(raw))
  }

  setParams(ctx: Context, p: MintParams): void {
    this.store(ctx).set(PARAMS_KEY, ParamsProto.encode(paramsToProto(p)).finish())
  }

  getMinter(ctx: Context): Minter {
    const raw = this.store(ctx).get(MINTER_KEY)
    if (!raw) return { inflation: 0n, annualProvisions: 0n }
    const m = MinterProto.decode(raw)
    return { inflation: decFromAtomics(m.inflation), annualProvisions: decFromAtomics(m.annualProvisions) }
  }

  setMinter(ctx: Context, m: Minter): void {
    this.store(ctx).set(
      MINTER_KEY,
      MinterProto.encode({
        inflation: decToAtomics(m.inflation),
        annualProvisions: decToAtomics(m.annualProvisions),
      }).finish(),
    )
  }

  /** cosmos x/mint BeginBlocker. */
  beginBlock(ctx: Context): void {
    const params = this.getParams(ctx)
    const minter = this.getMinter(ctx)
    const supply = this.bank.getSupply(ctx, params.mintDenom).amount
    const ratio = bondedRatio(this.staking.bondedTokens(ctx), supply)
    minter.inflation = nextInflationRate(minter, params, ratio)
    minter.annualProvisions = nextAnnualProvisions(minter, supply)
    this.setMinter(ctx, minter)
    const amount = blockProvision(minter, params)
    if (amount > 0n) {
      const coins = [{ denom: params.mintDenom, amount }]
      this.bank.mintCoins(ctx, MODULE_NAME, coins)
      this.bank.sendCoinsFromModuleToModule(ctx, MODULE_NAME, this.feeCollectorName, coins)
    }
    ctx.events.emit('mint', [
      ['bonded_ratio', decToString(ratio)],
      ['inflation', decToString(minter.inflation)],
      ['annual_provisions', decToString(minter.annualProvisions)],
      ['amount', amount.toString()],
    ])
  }
}
