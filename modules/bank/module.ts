// The bank AppModule: balances, supply, denom metadata, the Msg and Query services and invariants.
import type { AppModule, Context, Invariant, ServiceRegistrar } from '../sdk/index.js'
import { defaultBankGenesisJson, exportBankGenesis, initBankGenesis, parseBankGenesis } from './genesis.js'
import { bankInvariants } from './invariants.js'
import type { BankKeeper } from './keeper.js'
import { MODULE_NAME, STORE_KEY } from './keys.js'
import { msgMultiSendDefinition, msgSendDefinition } from './msg-server.js'
import { bankQueryHandlers } from './query-server.js'
import { msgUpdateBankParamsDefinition } from './update-params.js'

export class BankModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [STORE_KEY] as const

  constructor(readonly keeper: BankKeeper) {}

  registerServices(registrar: ServiceRegistrar): void {
    registrar.msg(msgSendDefinition(this.keeper))
    registrar.msg(msgMultiSendDefinition(this.keeper))
    registrar.msg(msgUpdateBankParamsDefinition(this.keeper))
    for (const [path, handler] of Object.entries(bankQueryHandlers(this.keeper)))
      registrar.query(path, handler)
  }

  defaultGenesis(): unknown {
    return defaultBankGenesisJson()
  }

  validateGenesis(genesis: unknown): void {
    parseBankGenesis(genesis)
  }

  initGenesis(ctx: Context, genesis: unknown): undefined {
    initBankGenesis(ctx, this.keeper, parseBankGenesis(genesis))
    return undefined
  }

  exportGenesis(ctx: Context): unknown {
    return exportBankGenesis(ctx, this.keeper)
  }

  invariants(): Invariant[] {
    return bankInvariants(this.keeper)
  }
}
