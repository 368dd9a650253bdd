// The computeright AppModule: one store, Msg and Query services, genesis, invariants, and the end-block
// expiry of rights (bounded per block by params).
import { GenesisState } from '../../proto/gen/datum/computeright/v1/index.js'
import type { AppModule, Context, Invariant, ServiceRegistrar } from '../sdk/index.js'
import { defaultGenesis, exportGenesis, initGenesis, parseGenesis } from './genesis.js'
import { computeRightInvariants } from './invariants.js'
import type { ComputeRightKeeper } from './keeper.js'
import { MODULE_NAME, STORE_KEY } from './keys.js'
import { computeRightMsgs } from './msgs.js'
import { computeRightQueryHandlers } from './query-server.js'
import { expireDue } from './rights.js'
import { updateParamsMsg } from './update-params.js'

export class ComputeRightModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [STORE_KEY] as const

  constructor(readonly keeper: ComputeRightKeeper) {}

  registerServices(registrar: ServiceRegistrar): void {
    for (const def of computeRightMsgs(this.keeper)) registrar.msg(def)
    registrar.msg(updateParamsMsg(this.keeper))
    for (const [path, h] of Object.entries(computeRightQueryHandlers(this.keeper))) registrar.query(path, h)
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

  endBlock(ctx: Context): undefined {
    expireDue(this.keeper, ctx)
    return undefined
  }

  invariants(): Invariant[] {
    return computeRightInvariants(this.keeper)
  }
}
