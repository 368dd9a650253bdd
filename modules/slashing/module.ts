// The slashing AppModule. Begin-block: each last-commit vote updates its validator's liveness window
// (downtime → slash `slash_fraction_downtime` + jail `downtime_jail_duration`), and committed duplicate-vote
// evidence slashes `slash_fraction_double_sign`, jails forever and tombstones (SDK x/evidence's job, done here).
import type { AppModule, Context, ServiceRegistrar } from '../sdk/index.js'
import {
  defaultSlashingGenesisJson,
  exportSlashingGenesis,
  initSlashingGenesis,
  parseSlashingGenesis,
} from './genesis.js'
import { MODULE_NAME, type SlashingKeeper, STORE_KEY } from './keeper.js'
import { msgUnjailDefinition } from './msg-server.js'
import { slashingQueryHandlers } from './query-server.js'
import { msgUpdateSlashingParamsDefinition } from './update-params.js'

export class SlashingModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [STORE_KEY] as const

  constructor(readonly keeper: SlashingKeeper) {}

  registerServices(registrar: ServiceRegistrar): void {
    registrar.msg(msgUnjailDefinition(this.keeper))
    registrar.msg(msgUpdateSlashingParamsDefinition(this.keeper))
    for (const [path, handler] of Object.entries(slashingQueryHandlers(this.keeper)))
      registrar.query(path, handler)
  }

  defaultGenesis(): unknown {
    return defaultSlashingGenesisJson()
  }

  validateGenesis(genesis: unknown): void {
    parseSlashingGenesis(genesis)
  }

  initGenesis(ctx: Context, genesis: unknown): undefined {
    initSlashingGenesis(this.keeper, ctx, parseSlashingGenesis(genesis))
    return undefined
  }

  exportGenesis(ctx: Context): unknown {
    return exportSlashingGenesis(this.keeper, ctx)
  }

  beginBlock(ctx: Context): void {
    for (const vote of ctx.block.lastCommitVotes ?? [])
      this.keeper.handleValidatorSignature(ctx, vote.validatorAddress, vote.power, vote.signed)
    for (const m of ctx.block.misbehavior ?? [])
      if (m.type === 'duplicate_vote')
        this.keeper.handleDoubleSign(ctx, m.validatorAddress, m.power, m.height)
  }
}
