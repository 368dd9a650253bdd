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

/**
 * The longest a node that stopped at an upgrade height stays on the network for its peers. The validators
 * that decide the plan's block stop at once, so a slower one, still waiting for that decision or a few
 * blocks behind or cut off for a moment, would wait forever for peers that are gone. The stopped node serves
 * the decided block with its commit (block sync) until every connected peer and every persistent peer has
 * been seen holding it, or this much time passed.
 */
export const UPGRADE_HALT_LINGER_MS = 30_000

export interface LingerPeers {
  connected(): string[]
  /** Peers to wait for even while they are not connected (the persistent peers). */
  expected: readonly string[]
  /** The peer's block-sync height; rejects when it does not answer. */
  height(peer: string): Promise<number>
}

/**
 * Resolves once every connected peer and every expected peer has been seen at `height` or past it (a peer
 * seen there and gone since has stopped too), or after `maxMs`.
 */
export async function lingerUntilPeersHold(peers: LingerPeers, height: bigint, maxMs: number): Promise<void> {
  const until = Date.now() + maxMs
  const held = new Set<string>()
  while (Date.now() < until) {
    const connected = peers.connected()
    const heights = await Promise.all(connected.map((p) => peers.height(p).catch(() => -1)))
    connected.forEach((p, i) => {
      if (BigInt(heights[i]!) >= height) held.add(p)
    })
    if (connected.every((p) => held.has(p)) && peers.expected.every((p) => held.has(p))) return
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** The default reaction of a datumd process: the message on stderr, then the distinct exit code. */
export function exitForUpgrade(e: UpgradeNeededError): never {
  process.stderr.write(`datumd: ${e.message}\n`)
  process.exit(EXIT_UPGRADE_NEEDED)
}
