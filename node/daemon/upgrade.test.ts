// A software upgrade through the real Datum app over a real store: at the plan's height the old software
// stops without committing the block, with the message naming the plan; the new software, started on the
// same store, re-executes that block, runs its migration (here: a store write and a module version bump)
// and carries on from the same app hash; old software started past the plan refuses.

import * as q from 'cosmjs-types/cosmos/upgrade/v1beta1/query'
import type { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade'
import { afterEach, describe, expect, it } from 'vitest'
import { Context, EventManager, infiniteGasMeter, utf8 } from '../../modules/sdk/index.js'
import { type UpgradeHandler, UpgradeKeeper } from '../../modules/upgrade/index.js'
import type { BaseApp } from '../app/base-app.js'
import { DEFAULT_CONSENSUS_PARAMS } from '../app/consensus-params.js'
import { BranchStores } from '../app/gas-store.js'
import { openTempStore, type TempStore } from '../testing/temp-store.js'
import { TEST_CHAIN_ID, TEST_TIME } from '../testing/test-context.js'
import { buildModules, createDatumApp, datumStoreKeys } from './app-wiring.js'
import { defaultAppState } from './genesis-tools.js'

let temp: TempStore | undefined
afterEach(async () => {
  await temp?.cleanup()
  temp = undefined
})

const MIGRATED_KEY = utf8.encode('upgrade-test/migrated')
const v2: UpgradeHandler = (ctx, plan, versions) => {
  ctx.kvStore('gov').set(MIGRATED_KEY, utf8.encode(plan.name))
  return new Map([...versions, ['gov', 2n]])
}

const app = (handlers: Record<string, UpgradeHandler>) =>
  createDatumApp({
    chainId: TEST_CHAIN_ID,
    store: temp!.store,
    minGasPrices: '0udatum',
    upgradeHandlers: handlers,
  })

async function block(a: BaseApp, height: bigint): Promise<Uint8Array> {
  const r = a.finalizeBlock({
    height,
    time: { seconds: TEST_TIME.seconds + height, nanos: 0 },
    proposerAddress: new Uint8Array(20),
    hash: new Uint8Array(32),
    txs: [],
    lastCommitVotes: [],
    misbehavior: [],
  })
  await a.commit()
  return r.appHash
}

/** Leaves the plan in the working state, as a passed MsgSoftwareUpgrade proposal does. */
function schedule(plan: Plan): void {
  const branch = temp!.store.branch()
  const ctx = new Context(
    {
      chainId: TEST_CHAIN_ID,
      height: temp!.store.lastCommit().version,
      time: TEST_TIME,
      proposer: new Uint8Array(),
    },
    'deliver',
    infiniteGasMeter(),
    new EventManager(),
    new BranchStores(branch, new Set(datumStoreKeys())),
  )
  new UpgradeKeeper().scheduleUpgrade(ctx, plan)
  branch.write()
}

const query = <T>(a: BaseApp, method: string, req: Uint8Array, res: { decode(b: Uint8Array): T }): T =>
  res.decode(
    a.query({ path: `/cosmos.upgrade.v1beta1.Query/${method}`, data: req, height: 0n, prove: false }).value,
  )

describe('software upgrade', () => {
  it('halts at the plan height, resumes on the new software with its migration, refuses old software after', async () => {
    temp = await openTempStore(datumStoreKeys())
    const old = app({})
    old.initChain({
      chainId: TEST_CHAIN_ID,
      time: TEST_TIME,
      initialHeight: 1n,
      consensusParams: DEFAULT_CONSENSUS_PARAMS,
      validators: [],
      appState: defaultAppState(buildModules().modules),
    })
    await block(old, 1n)
    await block(old, 2n)
    schedule({
      name: 'v2',
      height: 4n,
      info: '{"binaries":{"linux/amd64":"https://example.org/datumd-v2"}}',
      time: { seconds: 0n, nanos: 0 },
    })
    await block(old, 3n)
    expect(
      query(old, 'CurrentPlan', q.QueryCurrentPlanRequest.encode({}).finish(), q.QueryCurrentPlanResponse)
        .plan?.name,
    ).toBe('v2')
    const hash3 = old.info().lastBlockAppHash

    await expect(block(old, 4n)).rejects.toThrow(/UPGRADE "v2" NEEDED at height: 4: \{"binaries"/)
    expect(temp.store.lastCommit().version).toBe(3n)

    await temp.reopen()
    const next = app({ v2 })
    expect(next.info().lastBlockAppHash).toEqual(hash3)
    await block(next, 4n)
    expect(
      query(
        next,
        'AppliedPlan',
        q.QueryAppliedPlanRequest.encode({ name: 'v2' }).finish(),
        q.QueryAppliedPlanResponse,
      ).height,
    ).toBe(4n)
    expect(
      query(next, 'CurrentPlan', q.QueryCurrentPlanRequest.encode({}).finish(), q.QueryCurrentPlanResponse)
        .plan,
    ).toBeUndefined()
    const versions = query(
      next,
      'ModuleVersions',
      q.QueryModuleVersionsRequest.encode({ moduleName: 'gov' }).finish(),
      q.QueryModuleVersionsResponse,
    )
    expect(versions.moduleVersions).toEqual([{ name: 'gov', version: 2n }])
    expect(utf8.decode(temp.store.storeAt('gov', 4n).get(MIGRATED_KEY)!)).toBe('v2')
    await block(next, 5n)

    await temp.reopen()
    const stale = app({})
    await expect(block(stale, 6n)).rejects.toThrow(
      /upgrade handler is missing for the "v2" upgrade plan applied at height 4/,
    )
    expect(temp.store.lastCommit().version).toBe(5n)
  })
})
