// x/mint genesis in the SDK's JSON (snake_case, decimals as "0.130000000000000000"): parsed and validated with
// the params' own check, and exported the same way.
import { decFromString, decToString } from '../sdk/index.js'
import type { Minter } from './minter.js'
import { DEFAULT_MINT_PARAMS, type MintParams, validateMintParams } from './params.js'

type Json = Record<string, unknown>
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {})

export function parseMintGenesis(raw: unknown): { minter: Minter; params: MintParams } {
  const g = obj(raw)
  const m = obj(g.minter)
  const p = obj(g.params)
  const d = DEFAULT_MINT_PARAMS
  const params: MintParams = {
    mintDenom: String(p.mint_denom ?? d.mintDenom),
    inflationRateChange: decFromString(String(p.inflation_rate_change ?? decToString(d.inflationRateChange))),
    inflationMax: decFromString(String(p.inflation_max ?? decToString(d.inflationMax))),
    inflationMin: decFromString(String(p.inflation_min ?? decToString(d.inflationMin))),
    goalBonded: decFromString(String(p.goal_bonded ?? decToString(d.goalBonded))),
    blocksPerYear: BigInt(String(p.blocks_per_year ?? d.blocksPerYear)),
  }
  validateMintParams(params)
  const minter = {
    inflation: decFromString(String(m.inflation ?? '0')),
    annualProvisions: decFromString(String(m.annual_provisions ?? '0')),
  }
  if (minter.inflation < 0n) throw new Error('mint parameter Inflation should be positive')
  if (minter.annualProvisions < 0n) throw new Error('mint parameter AnnualProvisions should be positive')
  return { minter, params }
}

export const genesisJson = (minter: Minter, p: MintParams) => ({
  minter: {
    inflation: decToString(minter.inflation),
    annual_provisions: decToString(minter.annualProvisions),
  },
  params: {
    mint_denom: p.mintDenom,
    inflation_rate_change: decToString(p.inflationRateChange),
    inflation_max: decToString(p.inflationMax),
    inflation_min: decToString(p.inflationMin),
    goal_bonded: decToString(p.goalBonded),
    blocks_per_year: p.blocksPerYear.toString(),
  },
})
