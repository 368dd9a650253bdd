// `npm run testnet`'s peers come from the gentx memos, as simd's: each validator's gentx memo names its node
// (`<node-id>@127.0.0.1:<p2p port>`), and every home's collect-gentxs makes the other validators' memos its
// persistent peers (a full node, having no gentx, takes all of them). Homes only: no process is started.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gentxBytes } from '../../modules/genutil/index.js'
import { homePaths } from '../../node/config/home.js'
import { gentxDir } from '../../node/daemon/gentx.js'
import { parseMemo } from '../../node/daemon/gentx-peers.js'
import { LocalTestnet } from './testnet.js'

let net: LocalTestnet

beforeAll(async () => {
  net = await LocalTestnet.create({ validators: 3, fullNodes: 1 })
}, 120_000)

afterAll(async () => {
  await net?.destroy()
})

const peersOf = (home: string): string[] =>
  JSON.parse(readFileSync(homePaths(home).configFile, 'utf8')).p2p.persistentPeers

describe('testnet peers from gentx memos', () => {
  it('each memo names its node; each home peers with the memos of the other validators', () => {
    const dir = gentxDir(net.node(0).home)
    const memos = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map(
        (f) =>
          TxBody.decode(TxRaw.decode(gentxBytes(JSON.parse(readFileSync(join(dir, f), 'utf8')))).bodyBytes)
            .memo,
      )
    const validators = net.validators
    expect(memos.sort()).toEqual(
      validators.map((v) => `${v.peerId}@127.0.0.1:${/tcp\/(\d+)/.exec(v.p2pAddr)![1]}`).sort(),
    )
    const memoAddr = new Map(memos.map((m) => [m.split('@')[0]!, parseMemo(m, 'memo')]))
    for (const v of validators) {
      const others = validators.filter((o) => o !== v).map((o) => memoAddr.get(o.peerId)!)
      expect(peersOf(v.process.home), v.name).toEqual(others.sort())
      expect(peersOf(v.process.home)).not.toContain(memoAddr.get(v.peerId))
    }
    const full = net.nodes.find((n) => !n.validator)!
    expect(peersOf(full.process.home)).toEqual([...memoAddr.values()].sort())
    // the memos' multiaddrs are the addresses the nodes listen on
    for (const v of validators) expect(memoAddr.get(v.peerId)).toBe(v.p2pAddr)
  })

  it('every home holds the same genesis, with all the gentxs', () => {
    const g = (home: string) => readFileSync(homePaths(home).genesisFile, 'utf8')
    const first = g(net.node(0).home)
    expect(JSON.parse(first).app_state.genutil.gen_txs).toHaveLength(3)
    for (const n of net.nodes) expect(g(n.process.home)).toBe(first)
  })
})
