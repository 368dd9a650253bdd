// UpgradeKeeper: the scheduled plan, applied plans and module versions. Handlers are registered by the
// software itself (one per plan name it knows how to migrate to); state only says what the chain decided.
import { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade'
import { type Context, GOV_AUTHORITY, type KVStore, prefixIterator, sdkErrors, utf8 } from '../sdk/index.js'
import { DONE_PREFIX, doneKey, PLAN_KEY, STORE_KEY, VERSION_PREFIX, versionKey } from './keys.js'
import { validatePlan } from './plan.js'

/** Module name -> consensus version (cosmos `module.VersionMap`). */
export type VersionMap = Map<string, bigint>

/**
 * Runs once, in the block at the plan's height, before any other module: migrates state for the new
 * software and returns the new version map. Throwing halts the chain at that height.
 */
export type UpgradeHandler = (ctx: Context, plan: Plan, versions: VersionMap) => VersionMap

const u64 = (n: bigint) => {
  const b = new Uint8Array(8)
  new DataView(b.buffer).setBigUint64(0, n)
  return b
}
const readU64 = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength).getBigUint64(0)

export class UpgradeKeeper {
  private readonly handlers = new Map<string, UpgradeHandler>()
  /** Whether this process already checked it has the handler of the last applied plan. */
  downgradeVerified = false

  constructor(readonly authority: string = GOV_AUTHORITY) {}

  setUpgradeHandler(name: string, handler: UpgradeHandler): void {
    this.handlers.set(name, handler)
  }

  hasHandler(name: string): boolean {
    return this.handlers.has(name)
  }

  store(ctx: Context): KVStore {
    return ctx.kvStore(STORE_KEY)
  }

  getPlan(ctx: Context): Plan | undefined {
    const raw = this.store(ctx).get(PLAN_KEY)
    return raw ? Plan.decode(raw) : undefined
  }

  /** cosmos `ScheduleUpgrade`: replaces any scheduled plan; not in the past, not a completed name. */
  scheduleUpgrade(ctx: Context, plan: Plan): void {
    validatePlan(plan)
    if (plan.height < ctx.height)
      throw sdkErrors.invalidRequest.wrap('upgrade cannot be scheduled in the past')
    if (this.getDoneHeight(ctx, plan.name) !== 0n)
      throw sdkErrors.invalidRequest.wrap(`upgrade with name ${plan.name} has already been completed`)
    this.store(ctx).set(PLAN_KEY, Plan.encode(plan).finish())
  }

  clearPlan(ctx: Context): void {
    this.store(ctx).delete(PLAN_KEY)
  }

  getDoneHeight(ctx: Context, name: string): bigint {
    const raw = this.store(ctx).get(doneKey(name))
    return raw ? readU64(raw) : 0n
  }

  /** The plan applied last (highest height; by name on a tie), as cosmos `GetLastCompletedUpgrade`. */
  lastCompleted(ctx: Context): { name: string; height: bigint } | undefined {
    let best: { name: string; height: bigint } | undefined
    for (const { key, value } of prefixIterator(this.store(ctx), DONE_PREFIX)) {
      const entry = { name: utf8.decode(key.subarray(1)), height: readU64(value) }
      if (!best || entry.height > best.height) best = entry
    }
    return best
  }

  getVersionMap(ctx: Context): VersionMap {
    const out: VersionMap = new Map()
    for (const { key, value } of prefixIterator(this.store(ctx), VERSION_PREFIX))
      out.set(utf8.decode(key.subarray(1)), readU64(value))
    return out
  }

  setVersionMap(ctx: Context, versions: VersionMap): void {
    for (const name of [...versions.keys()].sort())
      this.store(ctx).set(versionKey(name), u64(versions.get(name)!))
  }

  /** Runs the plan's handler, stores the versions it returns, records the plan as done and clears it. */
  applyUpgrade(ctx: Context, plan: Plan): void {
    const handler = this.handlers.get(plan.name)
    if (!handler)
      throw sdkErrors.logic.wrap(`ApplyUpgrade should never be called without first checking HasHandler`)
    const versions = handler(ctx, plan, this.getVersionMap(ctx))
    this.setVersionMap(ctx, versions)
    this.clearPlan(ctx)
    this.store(ctx).set(doneKey(plan.name), u64(ctx.height))
  }
}
