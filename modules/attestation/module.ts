// The attestation AppModule: one store, the Msg and Query services, genesis, invariants and an end-block
// that pays back bonds whose unbonding period is over.
import { GenesisState } from '../../proto/gen/datum/attestation/v1/index.js'
import type { AppModule, Context, Invariant, ServiceRegistrar } from '../sdk/index.js'
import { completeUnbonding } from './executor-server.js'
import { defaultGenesis, exportGenesis, initGenesis, parseGenesis } from './genesis.js'
import { attestationInvariants, type BalanceReader } from './invariants.js'
import type { AttestationKeeper } from './keeper.js'
import { MODULE_NAME, STORE_KEY } from './keys.js'
import { attestationMsgs } from './msgs.js'
import { attestationQueryHandlers } from './query-server.js'
import { updateParamsMsg } from './update-params.js'

export class AttestationModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [STORE_KEY] as const

  constructor(
    readonly keeper: AttestationKeeper,
    private readonly balances?: BalanceReader,
  ) {}

  registerServices(registrar: ServiceRegistrar): void {
    for (const def of attestationMsgs(this.keeper)) registrar.msg(def)
    registrar.msg(updateParamsMsg(this.keeper))
    for (const [path, handler] of Object.entries(attestationQueryHandlers(this.keeper)))
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

  endBlock(ctx: Context): undefined {
    completeUnbonding(this.keeper, ctx)
    return undefined
  }

  invariants(): Invariant[] {
    return attestationInvariants(this.keeper, this.balances)
  }
}
