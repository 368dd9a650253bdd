// The distribution AppModule: at each begin-block (from height 2) the fee collector's balance is split by the
// last commit's voting power (F1), then rewards wait in the module account until withdrawn.
import type { AppModule, Context, Invariant, ServiceRegistrar } from '../sdk/index.js'
import {
  defaultDistributionGenesisJson,
  exportDistributionGenesis,
  initDistributionGenesis,
  parseDistributionGenesis,
} from './genesis.js'
import { distributionInvariants } from './invariants.js'
import type { DistributionKeeper } from './keeper.js'
import { MODULE_NAME, STORE_KEY } from './keys.js'
import { distributionMsgDefinitions } from './msg-server.js'
import { distributionQueryHandlers } from './query-server.js'

export class DistributionModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [STORE_KEY] as const

  constructor(readonly keeper: DistributionKeeper) {}

  registerServices(registrar: ServiceRegistrar): void {
    for (const def of distributionMsgDefinitions(this.keeper)) registrar.msg(def)
    for (const [path, handler] of Object.entries(distributionQueryHandlers(this.keeper)))
      registrar.query(path, handler)
  }

  defaultGenesis(): unknown {
    return defaultDistributionGenesisJson()
  }

  validateGenesis(genesis: unknown): void {
    parseDistributionGenesis(genesis)
  }

  initGenesis(ctx: Context, genesis: unknown): undefined {
    initDistributionGenesis(this.keeper, ctx, parseDistributionGenesis(genesis))
    return undefined
  }

  exportGenesis(ctx: Context): unknown {
    return exportDistributionGenesis(this.keeper, ctx)
  }

  beginBlock(ctx: Context): void {
    const votes = ctx.block.lastCommitVotes ?? []
    let total = 0n
    for (const v of votes) total += v.power
    if (ctx.height > 1n) this.keeper.allocateTokens(ctx, total, votes)
  }

  invariants(): Invariant[] {
    return distributionInvariants(this.keeper)
  }
}
