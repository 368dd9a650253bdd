// Genesis for many operators (cosmos x/genutil): add-account, gentx, collect-gentxs, and InitChain delivering
// the gentxs through the tx path so staking derives the validator set.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { loadGenesis, saveGenesis } from '../config/genesis.js'
import { homePaths } from '../config/home.js'
import { loadValidatorKey } from '../config/validator-key.js'
import { openTempStore, type TempStore } from '../testing/temp-store.js'
import { createDatumApp, datumStoreKeys } from './app-wiring.js'
import { addGenesisOperator, OPERATOR_KEY_NAME, operatorKey } from './genesis-validator.js'
import { collectGentxs, createGentx, gentxDir } from './gentx.js'
import { initHome } from './init-home.js'

const dir = mkdtempSync(join(tmpdir(), 'datum-gentx-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let temp: TempStore | undefined
afterEach(async () => {
  await temp?.cleanup()
  temp = undefined
})

async function initChainOf(home: string) {
  const g = loadGenesis(homePaths(home).genesisFile)
  temp = await openTempStore(datumStoreKeys())
  const app = createDatumApp({ chainId: g.chainId, store: temp.store, minGasPrices: '0udatum' })
  return app.initChain({
    chainId: g.chainId,
    time: g.genesisTime,
    initialHeight: 1n,
    consensusParams: g.consensusParams,
    validators: g.validators,
    appState: g.appState,
  })
}

describe('gentx and collect-gentxs', () => {
  it('makes the dev home a staking validator: no fixed genesis validators, one gentx, power 10 from staking', async () => {
    const home = join(dir, 'dev')
    const r = await initHome({ home, devAccount: true })
    expect(r.genesis.validators).toEqual([])
    expect((r.genesis.appState.genutil as { gen_txs: unknown[] }).gen_txs).toHaveLength(1)
    const res = await initChainOf(home)
    const key = loadValidatorKey(homePaths(home).validatorKeyFile)
    expect(res.validators).toEqual([{ pubKey: key.pubKey, power: 10n }])
  })

  it('builds a 3-operator genesis as simd does, and InitChain returns each operator at its self-bond', async () => {
    const homes = [0, 1, 2].map((i) => join(dir, `net${i}`))
    for (const [i, home] of homes.entries())
      await initHome({ home, chainId: 'datum-multi-1', moniker: `v${i}`, overwrite: true })
    const shared = homes[0]!
    const gentxs = gentxDir(shared)
    for (const [i, home] of homes.entries())
      await addGenesisOperator({ home, genesisHome: shared, gentxDir: gentxs, moniker: `v${i}` })
    expect(readdirSync(gentxs)).toHaveLength(3)
    expect(collectGentxs(shared)).toBe(3)
    const res = await initChainOf(shared)
    const keys = homes.map((h) => loadValidatorKey(homePaths(h).validatorKeyFile).pubKey)
    expect(res.validators).toHaveLength(3)
    for (const k of keys) expect(res.validators).toContainEqual({ pubKey: k, power: 10n })
  })

  it('refuses a gentx for an account genesis does not fund, and InitChain fails on a tampered gentx', async () => {
    const home = join(dir, 'bad')
    await initHome({ home, chainId: 'datum-bad-1' })
    await operatorKey(home)
    await expect(
      createGentx({ home, keyName: OPERATOR_KEY_NAME, amount: { denom: 'udatum', amount: 10_000_000n } }),
    ).rejects.toThrow(/has 0udatum in genesis/)
    await addGenesisOperator({ home, genesisHome: home, gentxDir: gentxDir(home) })
    // Signed for another chain: the signature no longer verifies.
    const g = loadGenesis(homePaths(home).genesisFile)
    g.chainId = 'datum-other-1'
    saveGenesis(homePaths(home).genesisFile, g)
    collectGentxs(home)
    await expect(initChainOf(home)).rejects.toThrow(
      /gen_txs\[0\] failed: code 4 \(sdk\).*signature verification failed/,
    )
  })
})
