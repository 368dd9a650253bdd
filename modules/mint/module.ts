// The mint AppModule: params and minter in genesis, the `cosmos.mint.v1beta1.Query` service, and the
// begin-block provision (before distribution, so this block's provision is paid out next block with the fees).
import * as Q from 'cosmjs-types/cosmos/mint/v1beta1/query'
import {
  type AppModule,
  type Context,
  decFromString,
  decToAtomics,
  decToString,
  protoQuery,
  type ServiceRegistrar,
  utf8,
} from '../sdk/index.js'
import {
  DEFAULT_INITIAL_INFLATION,
  DEFAULT_MINT_PARAMS,
  type MintKeeper,
  MODULE_NAME,
  paramsToProto,
  STORE_KEY,
  validateMintParams,
} from './keeper.js'
import type { Minter, MintParams } from './minter.js'
import { msgUpdateMintParamsDefinition } from './update-params.js'

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

const genesisJson = (minter: Minter, p: MintParams) => ({
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

const SERVICE = '/cosmos.mint.v1beta1.Query'

export class MintModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [STORE_KEY] as const

  constructor(readonly keeper: MintKeeper) {}

  registerServices(registrar: ServiceRegistrar): void {
    const k = this.keeper
    registrar.msg(msgUpdateMintParamsDefinition(k))
    registrar.query(
      `${SERVICE}/Params`,
      protoQuery(Q.QueryParamsRequest, Q.QueryParamsResponse, (ctx) => ({
        params: paramsToProto(k.getParams(ctx)),
      })),
    )
    registrar.query(
      `${SERVICE}/Inflation`,
      protoQuery(Q.QueryInflationRequest, Q.QueryInflationResponse, (ctx) => ({
        inflation: utf8.encode(decToAtomics(k.getMinter(ctx).inflation)),
      })),
    )
    registrar.query(
      `${SERVICE}/AnnualProvisions`,
      protoQuery(Q.QueryAnnualProvisionsRequest, Q.QueryAnnualProvisionsResponse, (ctx) => ({
        annualProvisions: utf8.encode(decToAtomics(k.getMinter(ctx).annualProvisions)),
      })),
    )
  }

  defaultGenesis(): unknown {
    return genesisJson({ inflation: DEFAULT_INITIAL_INFLATION, annualProvisions: 0n }, DEFAULT_MINT_PARAMS)
  }

  validateGenesis(genesis: unknown): void {
    parseMintGenesis(genesis)
  }

  initGenesis(ctx: Context, genesis: unknown): undefined {
    const g = parseMintGenesis(genesis)
    this.keeper.setParams(ctx, g.params)
    this.keeper.setMinter(ctx, g.minter)
    return undefined
  }

  exportGenesis(ctx: Context): unknown {
    return genesisJson(this.keeper.getMinter(ctx), this.keeper.getParams(ctx))
  }

  beginBlock(ctx: Context): void {
    this.keeper.beginBlock(ctx)
  }
}
