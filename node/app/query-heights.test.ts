// Query heights against a pruned store, and before anything is committed.
import { afterEach, describe, expect, it } from 'vitest'
import { AccountKeeper, AuthModule, newAnteHandler } from '../../modules/auth/index.js'
import { BankKeeper, BankModule } from '../../modules/bank/index.js'
import { utf8 } from '../../modules/sdk/index.js'
import { PROBE_GET_PATH, ProbeModule } from '../testing/probe-module.js'
import { openTempStore } from '../testing/temp-store.js'
import { makeTestApp, probeMsg, type TestApp } from '../testing/test-app.js'
import type { TestAccount } from '../testing/test-signer.js'
import { BaseApp } from './base-app.js'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

describe('query heights', () => {
  it('refuses a pruned height with 38 and still answers retained ones', async () => {
    const t: TestApp = await makeTestApp({ pruning: { keepRecent: 2, keepEvery: 0 } })
    cleanups.push(() => t.cleanup())
    const [alice] = t.accounts as [TestAccount]
    for (let i = 0; i < 4; i++) await t.block([t.sign(alice, [probeMsg(alice.address, 'write', `k${i}`)])])
    const latest = t.app.info().lastBlockHeight
    const at = (height: bigint) =>
      t.app.query({ path: PROBE_GET_PATH, data: utf8.encode('k0'), height, prove: false })
    const pruned = at(1n)
    expect(pruned.code).toBe(38)
    expect(pruned.log).toMatch(/^failed to load state at height 1; .*\(latest height: 5\): not found$/)
    expect(at(latest).code).toBe(0)
    expect(
      t.app.query({ path: '/store/probe/key', data: utf8.encode('k0'), height: 1n, prove: true }).code,
    ).toBe(38)
  })

  it('answers nothing before the first commit, with 18', async () => {
    const auth = new AccountKeeper()
    const bank = new BankKeeper(auth)
    const modules = [new AuthModule(auth), new BankModule(bank), new ProbeModule()]
    const temp = await openTempStore(BaseApp.storeKeysOf(modules))
    cleanups.push(() => temp.cleanup())
    const app = new BaseApp({
      chainId: 'c',
      store: temp.store,
      modules,
      ante: newAnteHandler({ accountKeeper: auth, bankKeeper: bank }),
    })
    const r = app.query({ path: PROBE_GET_PATH, data: utf8.encode('k'), height: 0n, prove: false })
    expect([r.code, r.log]).toEqual([
      18,
      'no committed state to query yet; the chain has no blocks: invalid request',
    ])
  })
})
