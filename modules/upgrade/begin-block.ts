// The upgrade pre-block (cosmos-sdk 0.50 x/upgrade/abci.go), run before every other module's begin-block:
//  - at the plan's height, software without the plan's handler stops the chain with
//    `UPGRADE "<name>" NEEDED at height: <h>: <info>`; the block is not committed, so the new software,
//    started on the same home, re-executes that very block, runs the handler and carries on;
//  - software that already carries the handler of a plan not yet due refuses to run ahead of it;
//  - on the first block a process runs, software lacking the handler of the last applied plan refuses.
import { type Context, sdkErrors } from '../sdk/index.js'
import type { UpgradeKeeper } from './keeper.js'
import { dueAt, upgradeNeededMessage } from './plan.js'

export function upgradeBeginBlock(ctx: Context, k: UpgradeKeeper): void {
  const plan = k.getPlan(ctx)
  const due = plan !== undefined && plan.height <= ctx.height
  if (!k.downgradeVerified) {
    if (!due) {
      const last = k.lastCompleted(ctx)
      if (last && !k.hasHandler(last.name))
        throw sdkErrors.logic.wrap(
          `wrong software version: the upgrade handler is missing for the "${last.name}" upgrade plan applied at height ${last.height}; start the software built for "${last.name}" or later`,
        )
    }
    k.downgradeVerified = true
  }
  if (!plan) return
  if (due) {
    if (!k.hasHandler(plan.name)) throw new Error(upgradeNeededMessage(plan))
    k.applyUpgrade(ctx, plan)
    ctx.events.emit('upgrade', [
      ['name', plan.name],
      ['height', ctx.height.toString()],
      ['due', dueAt(plan)],
    ])
    return
  }
  if (k.hasHandler(plan.name))
    throw new Error(
      `BINARY UPDATED BEFORE TRIGGER! UPGRADE "${plan.name}" - in binary but not executed on chain. Downgrade your binary`,
    )
}
