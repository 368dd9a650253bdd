// initChain through module genesis (validated first, run in init-genesis order) and exportAppState
// round trip: a chain started from an export has the same state.
import { afterEach, describe, expect, it } from 'vitest'
import { AccountKeeper, AuthModule, newAnteHandler } from '../../modules/auth/index.js'
import { BankKeeper, BankModule } from '../../modules/bank/index.js'
import { coin } from '../../modules/sdk/index.js'
import { ProbeModule } from '../testing/probe-module.js'
import { openTempStore, type TempStore } from '../testing/temp-store.js'
import { makeTestApp, probeMsg, sendMsg, type TestApp } from '../testing/test-app.js'
import { TEST_CHAIN_ID, TEST_TIME } from '../testing/test-context.js'
import type { TestAccount } from '../testing/test-signer.js'
import { BaseApp } from './base-app.js'
import { DEFAULT_CONSENSUS_PARAMS } from './consensus-params.js'
import { AppError } from './errors.js'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

async function freshApp(chainId = TEST_CHAIN_ID): Promise<{ app: BaseApp; temp: TempStore }> {
  const auth = new AccountKeeper()
  const bank = new BankKeeper(auth)
  const modules = [new AuthModule(auth), new BankModule(bank), new ProbeModule()]
  const temp = await openTempStore(BaseApp.storeKeysOf(modules))
  cleanups.push(() => temp.cleanup())
  const ante = newAnteHandler({ accountKeeper: auth, bankKeeper: bank })
  return { app: new BaseApp({ chainId, store: temp.store, modules, ante }), temp }
}

const initReq = (appState: unknown, chainId = TEST_CHAIN_ID) => ({
  chainId,
  time: TEST_TIME,
  initialHeight: 1n,
  consensusParams: DEFAULT_CONSENSUS_PARAMS,
  validators: [{ pubKey: new Uint8Array(32).fill(1), power: 5n, name: 'v' }],
  appState,
})

describe('genesis', () => {
  it('exports the state, and a chain initialised from the export has the same module state', async () => {
    const t: TestApp = await makeTestApp({ probeGenesis: { g: 'genesis-value' } })
    cleanups.push(() => t.cleanup())
    const [alice, bob] = t.accounts as [TestAccount, TestAccount]
    await t.block([
      t.sign(alice, [
        sendMsg(alice.address, bob.address, [coin(42, 'udatum')]),
        probeMsg(alice.address, 'write', 'x'),
      ]),
    ])
    const exported = t.app.exportAppState() as Record<string, unknown>
    expect(Object.keys(exported)).toEqual(['auth', 'bank', 'probe'])
    expect(exported.probe).toEqual({ entries: { g: 'genesis-value', x: alice.address } })

    const { app } = await freshApp()
    const init = app.initChain(initReq(JSON.parse(JSON.stringify(exported))))
    expect(init.validators).toEqual([{ pubKey: new Uint8Array(32).fill(1), power: 5n }])
    app.finalizeBlock({
      height: 1n,
      time: TEST_TIME,
      proposerAddress: new Uint8Array(20),
      hash: new Uint8Array(32),
      txs: [],
      lastCommitVotes: [],
      misbehavior: [],
    })
    await app.commit()
    expect(app.exportAppState()).toEqual(JSON.parse(JSON.stringify(exported)))
  })

  it('refuses a wrong chain id, unknown sections and invalid sections with typed errors', async () => {
    const { app } = await freshApp()
    expect(() => app.initChain(initReq({}, 'other-1'))).toThrow(/invalid chain-id on InitChain/)
    expect(() => app.initChain(initReq({ nope: {} }))).toThrow(/unknown modules: nope/)
    try {
      app.initChain(initReq({ probe: { entries: null } }))
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(AppError)
      expect((e as AppError).code).toBe('INVALID_GENESIS')
      expect((e as AppError).message).toMatch(/invalid genesis for module probe/)
    }
    // Nothing was written by the failed attempts: a valid genesis still initialises, once.
    expect(() => app.exportAppState()).toThrow(/no block has been committed/)
    expect(app.initChain(initReq({})).appHash).toEqual(app.info().lastBlockAppHash)
    expect(() => app.initChain(initReq({}))).toThrow(/initChain called twice/)
  })

  it('checks module orders and store keys at construction', async () => {
    const { temp } = await freshApp()
    const auth = new AccountKeeper()
    const bank = new BankKeeper(auth)
    const modules = [new AuthModule(auth), new BankModule(bank), new ProbeModule()]
    const ante = newAnteHandler({ accountKeeper: auth, bankKeeper: bank })
    const make = (orders: object) => new BaseApp({ chainId: 'c', store: temp.store, modules, ante, orders })
    expect(() => make({ initGenesis: ['auth', 'bank'] })).toThrow(/missing modules: probe/)
    expect(() => make({ endBlock: ['probe', 'probe'] })).toThrow(/names probe twice/)
    expect(() => make({ beginBlock: ['nope'] })).toThrow(/unknown module nope/)
    expect(
      () => new BaseApp({ chainId: 'c', store: temp.store, modules: [...modules, new ProbeModule()], ante }),
    ).toThrow(/registered twice/)
  })
})
