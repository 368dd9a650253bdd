// The module manager: owns the module list and the explicit orders in which begin-block, end-block,
// init-genesis and export-genesis run (cosmos-sdk types/module.Manager). Orders are checked at startup.
import type { AppModule, Context, ValidatorUpdate } from '../../modules/sdk/index.js'
import { AppError } from './errors.js'
import type { MsgRouter, QueryRouter } from './msg-router.js'

export interface BrokenInvariant {
  module: string
  name: string
  description: string
}

export interface ModuleOrders {
  beginBlock?: string[]
  endBlock?: string[]
  initGenesis?: string[]
  exportGenesis?: string[]
}

export class ModuleManager {
  private readonly byName = new Map<string, AppModule>()
  readonly beginBlockOrder: AppModule[]
  readonly endBlockOrder: AppModule[]
  readonly initGenesisOrder: AppModule[]
  readonly exportGenesisOrder: AppModule[]

  constructor(modules: readonly AppModule[], orders: ModuleOrders = {}) {
    for (const m of modules) {
      if (this.byName.has(m.name)) throw new AppError('DUPLICATE_MODULE', `module ${m.name} registered twice`)
      this.byName.set(m.name, m)
    }
    const names = modules.map((m) => m.name)
    this.initGenesisOrder = this.resolve('initGenesis', orders.initGenesis ?? names, names)
    this.exportGenesisOrder = this.resolve('exportGenesis', orders.exportGenesis ?? names, names)
    const withBegin = modules.filter((m) => m.beginBlock).map((m) => m.name)
    const withEnd = modules.filter((m) => m.endBlock).map((m) => m.name)
    this.beginBlockOrder = this.resolve('beginBlock', orders.beginBlock ?? withBegin, withBegin)
    this.endBlockOrder = this.resolve('endBlock', orders.endBlock ?? withEnd, withEnd)
  }

  /** An order must name known modules once each and include every module in `required`. */
  private resolve(what: string, order: string[], required: string[]): AppModule[] {
    const seen = new Set<string>()
    for (const name of order) {
      if (!this.byName.has(name))
        throw new AppError('BAD_MODULE_ORDER', `${what} order names unknown module ${name}`)
      if (seen.has(name)) throw new AppError('BAD_MODULE_ORDER', `${what} order names ${name} twice`)
      seen.add(name)
    }
    const missing = required.filter((n) => !seen.has(n))
    if (missing.length > 0)
      throw new AppError('BAD_MODULE_ORDER', `${what} order is missing modules: ${missing.join(', ')}`)
    return order.map((n) => this.byName.get(n)!)
  }

  get modules(): AppModule[] {
    return [...this.byName.values()]
  }

  /** Every module's store keys, sorted (the multistore and the app hash order them by name). */
  storeKeys(): string[] {
    const owner = new Map<string, string>()
    for (const m of this.byName.values())
      for (const key of m.storeKeys) {
        const other = owner.get(key)
        if (other)
          throw new AppError('DUPLICATE_STORE_KEY', `store key ${key} claimed by ${other} and ${m.name}`)
        owner.set(key, m.name)
      }
    return [...owner.keys()].sort()
  }

  registerServices(msgs: MsgRouter, queries: QueryRouter): void {
    for (const m of this.byName.values())
      m.registerServices({
        msg: (def) => msgs.register(def as never, m.name),
        query: (path, handler) => queries.register(path, handler, m.name),
      })
  }

  /** Validates every section first, then runs init-genesis in order; missing sections use the default. */
  initGenesis(ctx: Context, appState: unknown): ValidatorUpdate[] {
    const state = (appState ?? {}) as Record<string, unknown>
    if (typeof state !== 'object' || Array.isArray(state))
      throw new AppError('INVALID_GENESIS', 'app_state must be a JSON object keyed by module name')
    const unknown = Object.keys(state).filter((k) => !this.byName.has(k))
    if (unknown.length > 0)
      throw new AppError(
        'INVALID_GENESIS',
        `app_state has sections for unknown modules: ${unknown.join(', ')}`,
      )
    const sections = new Map<string, unknown>()
    for (const m of this.initGenesisOrder) {
      const section = Object.hasOwn(state, m.name) ? state[m.name] : m.defaultGenesis()
      try {
        m.validateGenesis(section)
      } catch (e) {
        throw new AppError('INVALID_GENESIS', `invalid genesis for module ${m.name}: ${(e as Error).message}`)
      }
      sections.set(m.name, section)
    }
    return collectUpdates('initGenesis', this.initGenesisOrder, (m) =>
      m.initGenesis(ctx, sections.get(m.name)),
    )
  }

  exportGenesis(ctx: Context): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const m of this.exportGenesisOrder) out[m.name] = m.exportGenesis(ctx)
    return out
  }

  /** Every module invariant checked against `ctx`; the broken ones with their descriptions. */
  checkInvariants(ctx: Context): BrokenInvariant[] {
    const broken: BrokenInvariant[] = []
    for (const m of this.byName.values())
      for (const inv of m.invariants?.() ?? []) {
        const description = inv.check(ctx)
        if (description !== undefined) broken.push({ module: m.name, name: inv.name, description })
      }
    return broken
  }

  beginBlock(ctx: Context): void {
    for (const m of this.beginBlockOrder) m.beginBlock!(ctx)
  }

  endBlock(ctx: Context): ValidatorUpdate[] {
    return collectUpdates('endBlock', this.endBlockOrder, (m) => m.endBlock!(ctx))
  }
}

/** Only one module may return validator updates (cosmos-sdk panics otherwise: two sources of truth). */
function collectUpdates(
  what: string,
  order: AppModule[],
  run: (m: AppModule) => ValidatorUpdate[] | undefined,
): ValidatorUpdate[] {
  let updates: ValidatorUpdate[] = []
  let from: string | undefined
  for (const m of order) {
    const u = run(m)
    if (!u || u.length === 0) continue
    if (from)
      throw new AppError(
        'BLOCK_HOOK_FAILED',
        `${what}: validator updates returned by both ${from} and ${m.name}`,
      )
    from = m.name
    updates = u
  }
  return updates
}
