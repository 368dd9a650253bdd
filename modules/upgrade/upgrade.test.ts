// MsgSoftwareUpgrade / MsgCancelUpgrade rules and the begin-block decisions a node takes at, before and
// after a plan's height (the app-level halt and resume is in node/daemon/upgrade.test.ts).
import type { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTestContext, type TestContext } from '../../node/testing/test-context.js'
import { expectAbciError } from '../auth/test-env.js'
import { type Context, cacheContext, GOV_AUTHORITY, toBech32 } from '../sdk/index.js'
import { upgradeBeginBlock } from './begin-block.js'
import { UpgradeKeeper } from './keeper.js'
import { msgCancelUpgradeDefinition, msgSoftwareUpgradeDefinition } from './msg-server.js'

let tc: TestContext | undefined
afterEach(async () => {
  await tc?.cleanup()
  tc = undefined
})

const plan = (p: Partial<Plan> = {}): Plan => ({
  name: 'v2',
  height: 10n,
  info: 'datumd v2',
  time: { seconds: 0n, nanos: 0 },
  ...p,
})

const at = (height: bigint): Context => {
  const ctx = tc!.fresh()
  return ctx.with({ block: { ...ctx.block, height } })
}

function submit(k: UpgradeKeeper, p: Plan, height = 5n, authority = GOV_AUTHORITY): void {
  const def = msgSoftwareUpgradeDefinition(k)
  const msg = { authority, plan: p }
  def.validateBasic(msg)
  const branch = cacheContext(at(height))
  def.handle(branch.ctx, msg)
  branch.write()
}

describe('MsgSoftwareUpgrade / MsgCancelUpgrade', () => {
  it('refuses a non-gov authority (gov 13), an empty name, a zero height, a time, a past height (sdk 18)', async () => {
    tc = await makeTestContext({ storeKeys: ['upgrade'] })
    const k = new UpgradeKeeper()
    expectAbciError(() => submit(k, plan(), 5n, toBech32(new Uint8Array(20).fill(1))), 'gov', 13)
    expectAbciError(() => submit(k, plan({ name: '' })), 'sdk', 18, /name cannot be empty/)
    expectAbciError(() => submit(k, plan({ height: 0n })), 'sdk', 18, /greater than 0/)
    expectAbciError(
      () => submit(k, plan({ time: { seconds: 1_700_000_000n, nanos: 0 } })),
      'sdk',
      18,
      /deprecated/,
    )
    expectAbciError(() => submit(k, plan({ height: 4n })), 'sdk', 18, /in the past/)
    expect(k.getPlan(at(5n))).toBeUndefined()
    submit(k, plan())
    expect(k.getPlan(at(5n))?.name).toBe('v2')
    submit(k, plan({ name: 'v3', height: 12n }))
    expect(k.getPlan(at(5n))?.name).toBe('v3')
    msgCancelUpgradeDefinition(k).handle(at(6n), { authority: GOV_AUTHORITY })
    expect(k.getPlan(at(6n))).toBeUndefined()
  })
})

describe('upgrade begin-block', () => {
  it('halts at the height without a handler, applies with one, and refuses a handler ahead of its plan', async () => {
    tc = await makeTestContext({ storeKeys: ['upgrade'] })
    const old = new UpgradeKeeper()
    submit(old, plan())
    upgradeBeginBlock(at(9n), old)
    expect(() => upgradeBeginBlock(at(10n), old)).toThrow('UPGRADE "v2" NEEDED at height: 10: datumd v2')
    expect(old.getPlan(at(10n))?.name).toBe('v2')

    const early = new UpgradeKeeper()
    early.setUpgradeHandler('v2', (_c, _p, v) => v)
    expect(() => upgradeBeginBlock(at(9n), early)).toThrow(/BINARY UPDATED BEFORE TRIGGER! UPGRADE "v2"/)

    const next = new UpgradeKeeper()
    let ran = 0
    next.setUpgradeHandler('v2', (_c, _p, v) => {
      ran++
      return v
    })
    upgradeBeginBlock(at(10n), next)
    expect(ran).toBe(1)
    expect(next.getDoneHeight(at(11n), 'v2')).toBe(10n)
    expect(next.getPlan(at(11n))).toBeUndefined()
    expectAbciError(() => submit(next, plan({ height: 20n }), 11n), 'sdk', 18, /already been completed/)
    expect(() => upgradeBeginBlock(at(11n), new UpgradeKeeper())).toThrow(/handler is missing for the "v2"/)
  })
})
