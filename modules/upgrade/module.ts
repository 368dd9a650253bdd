// The upgrade AppModule. Its begin-block must run before every other module's (the wiring lists it
// first). Genesis is empty, as in the SDK; init records every module at its consensus version.
import type { AppModule, Context, ServiceRegistrar } from '../sdk/index.js'
import { upgradeBeginBlock } from './begin-block.js'
import type { UpgradeKeeper, VersionMap } from './keeper.js'
import { MODULE_NAME, STORE_KEY } from './keys.js'
import { msgCancelUpgradeDefinition, msgSoftwareUpgradeDefinition } from './msg-server.js'
import { upgradeQueryHandlers } from './query-server.js'

export class UpgradeModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [STORE_KEY] as const

  /** `versions`: every module of the app at its consensus version (what ModuleVersions reports at genesis). */
  constructor(
    readonly keeper: UpgradeKeeper,
    private readonly versions: () => VersionMap,
  ) {}

  registerServices(registrar: ServiceRegistrar): void {
    registrar.msg(msgSoftwareUpgradeDefinition(this.keeper))
    registrar.msg(msgCancelUpgradeDefinition(this.keeper))
    for (const [path, handler] of Object.entries(upgradeQueryHandlers(this.keeper)))
      registrar.query(path, handler)
  }

  defaultGenesis(): unknown {
    return {}
  }

  validateGenesis(genesis: unknown): void {
    if (!genesis || typeof genesis !== 'object' || Array.isArray(genesis) || Object.keys(genesis).length > 0)
      throw new Error('upgrade genesis must be an empty object')
  }

  initGenesis(ctx: Context, _genesis: unknown): undefined {
    this.keeper.setVersionMap(ctx, this.versions())
    return undefined
  }

  exportGenesis(_ctx: Context): unknown {
    return {}
  }

  beginBlock(ctx: Context): void {
    upgradeBeginBlock(ctx, this.keeper)
  }
}
