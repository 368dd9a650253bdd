// The auth AppModule: account store, params (changed by MsgUpdateParams through gov), genesis and the
// `cosmos.auth.v1beta1.Query` service. The ante handler lives in `ante/`, wired by the app.
import type { AppModule, Context, Invariant, ServiceRegistrar } from '../sdk/index.js'
import { defaultAuthGenesisJson, exportAuthGenesis, initAuthGenesis, parseAuthGenesis } from './genesis.js'
import { authInvariants } from './invariants.js'
import type { AccountKeeper } from './keeper.js'
import { MODULE_NAME, STORE_KEY } from './keys.js'
import { authQueryHandlers } from './query-server.js'
import { msgUpdateAuthParamsDefinition } from './update-params.js'

export class AuthModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [STORE_KEY] as const

  constructor(readonly keeper: AccountKeeper) {}

  registerServices(registrar: ServiceRegistrar): void {
    registrar.msg(msgUpdateAuthParamsDefinition(this.keeper))
    for (const [path, handler] of Object.entries(authQueryHandlers(this.keeper)))
      registrar.query(path, handler)
  }

  defaultGenesis(): unknown {
    return defaultAuthGenesisJson()
  }

  validateGenesis(genesis: unknown): void {
    parseAuthGenesis(genesis)
  }

  initGenesis(ctx: Context, genesis: unknown): undefined {
    initAuthGenesis(ctx, this.keeper, parseAuthGenesis(genesis))
    return undefined
  }

  exportGenesis(ctx: Context): unknown {
    return exportAuthGenesis(ctx, this.keeper)
  }

  invariants(): Invariant[] {
    return authInvariants(this.keeper)
  }
}
