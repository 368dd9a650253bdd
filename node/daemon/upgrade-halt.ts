// What the node does when the chain reaches an upgrade plan this software cannot apply, as cosmos-sdk +
// cosmovisor operators expect: write `<home>/data/upgrade-info.json` ({name, time, height, info}, the file
// x/upgrade's DumpUpgradeInfoToDisk writes and cosmovisor watches), print `UPGRADE "<name>" NEEDED at height:
// <h>: <info>` and exit with EXIT_UPGRADE_NEEDED. Detected at the plan's height while running (the block's
// begin-block refused, nothing of it committed) and again at start, before any block is replayed, so the
// same binary started again refuses at once instead of joining consensus.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { QueryCurrentPlanRequest, QueryCurrentPlanResponse } from 'cosmjs-types/cosmos/upgrade/v1beta1/query'
import type { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade'
import { upgradeNeededMessage } from '../../modules/upgrade/index.js'
import type { BaseApp } from '../app/base-app.js'

/** The process exit code of a node stopped by an upgrade plan it has no handler for. */
export const EXIT_UPGRADE_NEEDED = 3

export class UpgradeNeededError extends Error {
  readonly exitCode = EXIT_UPGRADE_NEEDED
  constructor(readonly plan: Plan) {
    super(upgradeNeededMessage(plan))
    this.name = 'UpgradeNeededError'
  }
}

/** The plan due at `nextHeight` (per the last committed state) that `handlers` cannot apply, if any. */
export function blockingUpgrade(
  app: BaseApp,
  nextHeight: bigint,
  handlers: Readonly<Record<string, unknown>>,
): Plan | undefined {
  const r = app.query({
    path: '/cosmos.upgrade.v1beta1.Query/CurrentPlan',
    data: QueryCurrentPlanRequest.encode({}).finish(),
    height: 0n,
    prove: false,
  })
  if (r.code !== 0) return undefined // nothing committed yet
  const plan = QueryCurrentPlanResponse.decode(r.value).plan
  if (!plan || plan.height > nextHeight || Object.hasOwn(handlers, plan.name)) return undefined
  return plan
}

/** cosmovisor's `upgrade-info.json`: Go's json.Marshal of the plan (height a number, zero time). */
export function writeUpgradeInfo(dataDir: string, plan: Plan): string {
  const file = join(dataDir, 'upgrade-info.json')
  const info = { name: plan.name, time: '0001-01-01T00:00:00Z', height: Number(plan.height), info: plan.info }
  writeFileSync(file, `${JSON.stringify(info)}\n`)
  return file
}

/** The default reaction of a datumd process: the message on stderr, then the distinct exit code. */
export function exitForUpgrade(e: UpgradeNeededError): never {
  process.stderr.write(`datumd: ${e.message}\n`)
  process.exit(EXIT_UPGRADE_NEEDED)
}
