// Genesis for many operators (cosmos x/genutil): add-account, gentx, collect-gentxs, and InitChain delivering
// the gentxs through the tx path so staking derives the validator set.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { MsgCreateValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { Tx } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { gentxBytes } from '../../modules/genutil/index.js'
import { runCommand } from '../cli/commands.js'
import { loadGenesis, saveGenesis } from '../config/genesis.js'
import { homePaths } from '../config/home.js'
import { loadNodeConfig } from '../config/node-config.js'
import { loadValidatorKey } from '../config/validator-key.js'
import { loadOrCreateNodeKey } from '../p2p/node-key.js'
import { openTempStore, type TempStore } from '../testing/temp-store.js'
import { createDatumApp, datumStoreKeys } from './app-wiring.js'
import { addGenesisOperator, OPERATOR_KEY_NAME, operatorKey } from './genesis-validator.js'
import { collectGentxs, createGentx, gentxDir } from './gentx.js'
import { gentxMemo, parseMemo } from './gentx-peers.js'
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
    expect(collectGentxs(shared).gentxs).toBe(3)
    const res = await initChainOf(shared)
    const keys = homes.map((h) => loadValidatorKey(homePaths(h).validatorKeyFile).pubKey)
    expect(res.validators).toHaveLength(3)
    for (const k of keys) expect(res.validators).toContainEqual({ pubKey: k, power: 10n })
  })

  it("writes the node's peer address into the gentx memo and makes the others' memos persistent peers", async () => {
    const homes = [0, 1, 2].map((i) => join(dir, `peers${i}`))
    for (const [i, home] of homes.entries())
      await initHome({
        home,
        chainId: 'datum-peers-1',
        moniker: `p${i}`,
        overwrite: true,
        configure: (c) => {
          c.p2p.laddr = `/ip4/127.0.0.1/tcp/${27_000 + i}`
        },
      })
    const shared = homes[0]!
    const gentxs = gentxDir(shared)
    for (const [i, home] of homes.entries())
      await addGenesisOperator({ home, genesisHome: shared, gentxDir: gentxs, moniker: `p${i}` })
    const ids = await Promise.all(
      homes.map(async (h) =>
        peerIdFromPrivateKey(await loadOrCreateNodeKey(homePaths(h).nodeKeyFile)).toString(),
      ),
    )
    const memos = readdirSync(gentxs).map(
      (f) => Tx.decode(gentxBytes(JSON.parse(readFileSync(join(gentxs, f), 'utf8')))).body!.memo,
    )
    expect(memos.sort()).toEqual(ids.map((id, i) => `${id}@127.0.0.1:${27_000 + i}`).sort())
    const r = collectGentxs(shared)
    const others = [1, 2].map((i) => `/ip4/127.0.0.1/tcp/${27_000 + i}/p2p/${ids[i]}`).sort()
    expect(r).toEqual({ gentxs: 3, peers: others })
    expect(loadNodeConfig(homePaths(shared).configFile).p2p.persistentPeers).toEqual(others)
    // `--ip` names another address; a memo that is not <node-id>@<ip>:<port> is refused, naming its file.
    expect(await gentxMemo(homes[1]!, '10.0.0.7')).toBe(`${ids[1]}@10.0.0.7:27001`)
    expect(parseMemo(`${ids[2]}@node2.example:26656`, 'f')).toBe(
      `/dns4/node2.example/tcp/26656/p2p/${ids[2]}`,
    )
    for (const bad of ['', 'x@1.2.3.4', `${ids[1]}@1.2.3.4:70000`, `${ids[1]}@/ip4/1.2.3.4:1`])
      expect(() => parseMemo(bad, 'gentx-x.json')).toThrow(
        /gentx-x.json: memo .* is not <node-id>@<ip>:<port>/,
      )
    await expect(gentxMemo(homes[1]!, 'not an ip')).rejects.toThrow(/is not <node-id>@<ip>:<port>/)
    // A node on an ephemeral port has no address to give: no memo (collect-gentxs skips it).
    const ephemeral = join(dir, 'peers-ephemeral')
    await initHome({
      home: ephemeral,
      chainId: 'datum-peers-1',
      overwrite: true,
      configure: (c) => {
        c.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
      },
    })
    expect(await gentxMemo(ephemeral)).toBe('')
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

  it('runs as datumd commands: init, genesis add-account, gentx with flags, collect-gentxs', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const home = join(dir, 'cmd')
    expect(await runCommand(['init'], { home, 'chain-id': 'datum-cmd-1', moniker: 'cmd' })).toBe(0)
    const key = await operatorKey(home)
    expect(await runCommand(['genesis', 'add-account', key.address, '20000000udatum'], { home })).toBe(0)
    await expect(
      runCommand(['genesis', 'gentx', OPERATOR_KEY_NAME, '10000000udatum'], { home, 'commission-rate': 'x' }),
    ).rejects.toThrow(/invalid commission rate x/)
    const flags = { home, 'commission-rate': '0.05', 'min-self-delegation': '1000000', moniker: 'op' }
    expect(await runCommand(['genesis', 'gentx', OPERATOR_KEY_NAME, '10000000udatum'], flags)).toBe(0)
    expect(await runCommand(['genesis', 'collect-gentxs'], { home })).toBe(0)
    vi.restoreAllMocks()
    const g = loadGenesis(homePaths(home).genesisFile)
    expect(g.validators).toEqual([])
    const [json] = (g.appState.genutil as { gen_txs: unknown[] }).gen_txs
    const msg = MsgCreateValidator.decode(Tx.decode(gentxBytes(json)).body!.messages[0]!.value)
    expect(msg.commission?.rate).toBe('50000000000000000')
    expect(msg.minSelfDelegation).toBe('1000000')
    expect(msg.description?.moniker).toBe('op')
    expect(
      (json as { body: { messages: { commission: unknown }[] } }).body.messages[0]!.commission,
    ).toMatchObject({
      rate: '0.050000000000000000',
    })
    const res = await initChainOf(home)
    expect(res.validators).toEqual([
      { pubKey: loadValidatorKey(homePaths(home).validatorKeyFile).pubKey, power: 10n },
    ])
  })
})
