// The gov AppModule: proposals, deposits, votes and the tally in end-block; Msg and Query services in
// both the v1 and the legacy v1beta1 shapes.
import type { AppModule, Context, Invariant, ServiceRegistrar } from '../sdk/index.js'
import { msgCancelProposalDefinition } from './cancel-server.js'
import { govEndBlock } from './end-block.js'
import { defaultGovGenesisJson, exportGovGenesis, initGovGenesis, parseGovGenesis } from './genesis.js'
import { govInvariants } from './invariants.js'
import type { GovKeeper } from './keeper.js'
import { MODULE_NAME, STORE_KEY } from './keys.js'
import {
  msgDepositDefinition,
  msgExecLegacyContentDefinition,
  msgSubmitProposalDefinition,
  msgUpdateParamsDefinition,
  msgVoteDefinition,
  msgVoteWeightedDefinition,
} from './msg-server.js'
import { govV1beta1QueryHandlers, govV1QueryHandlers } from './query-server.js'
import {
  legacyDepositDefinition,
  legacySubmitProposalDefinition,
  legacyVoteDefinition,
  legacyVoteWeightedDefinition,
} from './v1beta1-server.js'

export class GovModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [STORE_KEY] as const

  constructor(readonly keeper: GovKeeper) {}

  registerServices(registrar: ServiceRegistrar): void {
    const k = this.keeper
    registrar.msg(msgSubmitProposalDefinition(k))
    registrar.msg(msgExecLegacyContentDefinition(k))
    registrar.msg(msgVoteDefinition(k))
    registrar.msg(msgVoteWeightedDefinition(k))
    registrar.msg(msgDepositDefinition(k))
    registrar.msg(msgUpdateParamsDefinition(k))
    registrar.msg(msgCancelProposalDefinition(k))
    registrar.msg(legacySubmitProposalDefinition(k))
    registrar.msg(legacyVoteDefinition(k))
    registrar.msg(legacyVoteWeightedDefinition(k))
    registrar.msg(legacyDepositDefinition(k))
    for (const [path, handler] of Object.entries({ ...govV1QueryHandlers(k), ...govV1beta1QueryHandlers(k) }))
      registrar.query(path, handler)
  }

  defaultGenesis(): unknown {
    return defaultGovGenesisJson()
  }

  validateGenesis(genesis: unknown): void {
    parseGovGenesis(genesis)
  }

  initGenesis(ctx: Context, genesis: unknown): undefined {
    initGovGenesis(ctx, this.keeper, parseGovGenesis(genesis))
    return undefined
  }

  exportGenesis(ctx: Context): unknown {
    return exportGovGenesis(ctx, this.keeper)
  }

  endBlock(ctx: Context): undefined {
    govEndBlock(ctx, this.keeper)
    return undefined
  }

  invariants(): Invariant[] {
    return govInvariants(this.keeper)
  }
}
