// The staking AppModule: validators, delegations and the bonded set handed to consensus at end-block.
import type { AppModule, Context, Invariant, ServiceRegistrar, ValidatorUpdate } from '../sdk/index.js'
import { defaultStakingGenesis, exportStakingGenesis, initStakingGenesis } from './genesis.js'
import { parseStakingGenesis, stakingGenesisJson } from './genesis-json.js'
import { trackHistoricalInfo } from './historical-info.js'
import { stakingInvariants } from './invariants.js'
import type { StakingKeeper } from './keeper.js'
import { MODULE_NAME, STORE_KEY } from './keys.js'
import { stakingMsgDefinitions } from './msg-server.js'
import { stakingQueryHandlers } from './query-server.js'
import { blockValidatorUpdates } from './validator-set.js'

export class StakingModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [STORE_KEY] as const

  constructor(readonly keeper: StakingKeeper) {}

  registerServices(registrar: ServiceRegistrar): void {
    for (const def of stakingMsgDefinitions(this.keeper)) registrar.msg(def)
    for (const [path, handler] of Object.entries(stakingQueryHandlers(this.keeper)))
      registrar.query(path, handler)
  }

  defaultGenesis(): unknown {
    return stakingGenesisJson(defaultStakingGenesis())
  }

  validateGenesis(genesis: unknown): void {
    parseStakingGenesis(genesis)
  }

  initGenesis(ctx: Context, genesis: unknown): ValidatorUpdate[] {
    return initStakingGenesis(this.keeper, ctx, parseStakingGenesis(genesis))
  }

  exportGenesis(ctx: Context): unknown {
    return exportStakingGenesis(this.keeper, ctx)
  }

  /** Stores this height's HistoricalInfo and prunes beyond `historical_entries` (SDK 0.50 BeginBlocker). */
  beginBlock(ctx: Context): void {
    trackHistoricalInfo(this.keeper, ctx)
  }

  endBlock(ctx: Context): ValidatorUpdate[] {
    return blockValidatorUpdates(this.keeper, ctx)
  }

  invariants(): Invariant[] {
    return stakingInvariants(this.keeper)
  }
}
