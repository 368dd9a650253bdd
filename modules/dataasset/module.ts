// The dataasset AppModule: one store, the Msg and Query services, genesis and invariants. No block hooks.

import { GenesisState } from '../../proto/gen/datum/dataasset/v1/index.js'
import type { AppModule, Context, Invariant, ServiceRegistrar } from '../sdk/index.js'
import { defaultGenesis, exportGenesis, initGenesis, parseGenesis } from './genesis.js'
import { dataAssetInvariants } from './invariants.js'
import { DataAssetKeeper } from './keeper.js'
import { MODULE_NAME, STORE_KEY } from './keys.js'
import { dataAssetMsgs } from './msgs.js'
import { dataAssetQueryHandlers } from './query-server.js'
import { updateParamsMsg } from './update-params.js'

export class DataAssetModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [STORE_KEY] as const

  constructor(readonly keeper: DataAssetKeeper = new DataAssetKeeper()) {}

  registerServices(registrar: ServiceRegistrar): void {
    for (const def of dataAssetMsgs(this.keeper)) registrar.msg(def)
    registrar.msg(updateParamsMsg(this.keeper))
    for (const [path, handler] of Object.entries(dataAssetQueryHandlers(this.keeper)))
      registrar.query(path, handler)
  }

  defaultGenesis(): unknown {
    return GenesisState.toJson(defaultGenesis())
  }

  validateGenesis(genesis: unknown): void {
    parseGenesis(genesis)
  }

  initGenesis(ctx: Context, genesis: unknown): undefined {
    initGenesis(ctx, this.keeper, parseGenesis(genesis))
    return undefined
  }

  exportGenesis(ctx: Context): unknown {
    return GenesisState.toJson(exportGenesis(ctx, this.keeper))
  }

  invariants(): Invariant[] {
    return dataAssetInvariants(this.keeper)
  }
}
