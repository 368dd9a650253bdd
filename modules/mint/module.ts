// The mint AppModule: params and minter in genesis, the `cosmos.mint.v1beta1.Query` service, and the
// begin-block provision (before distribution, so this block's provision is paid out next block with the fees).
import * as Q from 'cosmjs-types/cosmos/mint/v1beta1/query'
import {
  type AppModule,
  type Context,
  decToAtomics,
  protoQuery,
  type ServiceRegistrar,
  utf8,
} from '../sdk/index.js'
import { genesisJson, parseMintGenesis } from './genesis.js'
import type { MintKeeper } from './keeper.js'
import { MODULE_NAME, STORE_KEY } from './keys.js'
import { DEFAULT_INITIAL_INFLATION, DEFAULT_MINT_PARAMS, paramsToProto } from './params.js'
import { msgUpdateMintParamsDefinition } from './update-params.js'

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
