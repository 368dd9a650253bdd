// The 4-validator network a jobs flow runs on: a temp dir, a keyring file with every role's key (funded in
// genesis), short job windows, the auditor and arbiter in the attestation params, and a CLI bound to it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalTestnet } from '../runner/testnet.js'
import { applyFlowParams, DEMO_WINDOWS, type JobWindows } from './chain-params.js'
import { DatumCli } from './cli.js'
import { UDATUM_PER_DATUM } from './money.js'
import type { Narrator } from './narrator.js'

export const FUNDING = 1_000n * UDATUM_PER_DATUM

/** Networks started and not yet closed, with their dirs. */
const liveNetworks = new Map<LocalTestnet, string>()

/** Kills every network this process started and has not closed, and removes its dir (for Ctrl-C). */
export async function destroyAllNetworks(): Promise<void> {
  const all = [...liveNetworks]
  liveNetworks.clear()
  await Promise.all(all.map(([t]) => t.destroy()))
  for (const [, dir] of all) rmSync(dir, { recursive: true, force: true })
}

export interface FlowNetwork {
  dir: string
  testnet: LocalTestnet
  cli: DatumCli
  /** key name → address */
  keys: Map<string, string>
  /** CometBFT RPC of validator `i % 4`. */
  rpc(i?: number): string
  address(name: string): string
  /** Stops every node and removes the dir. */
  close(): Promise<void>
}

export interface NetworkOptions {
  narrator: Narrator
  /** Key names created in the keyring and funded with FUNDING each. */
  keyNames: string[]
  windows?: JobWindows
  blockTimeMs?: number
  validators?: number
}

export async function startNetwork(opts: NetworkOptions): Promise<FlowNetwork> {
  const dir = mkdtempSync(join(tmpdir(), 'datum-flow-'))
  const n = opts.narrator
  let testnet: LocalTestnet | undefined
  try {
    n.step(`Keys: ${opts.keyNames.join(', ')} (a test keyring in ${dir})`)
    const keyringFile = join(dir, 'keyring.json')
    const keys = new Map<string, string>()
    const offline = new DatumCli(keyringFile, '', n)
    for (const name of opts.keyNames) {
      const k = await offline.run(['keys', 'add', name], { node: false, quiet: name !== opts.keyNames[0] })
      keys.set(name, k.address)
      n.say(`${name.padEnd(12)} ${k.address}`)
    }
    const has = (k: string) => (keys.has(k) ? [keys.get(k)!] : [])
    const windows = opts.windows ?? DEMO_WINDOWS
    testnet = await LocalTestnet.create({
      validators: opts.validators ?? 4,
      dir: join(dir, 'net'),
      blockTimeMs: opts.blockTimeMs ?? 400,
      fund: [...keys.values()].map((address) => ({ address, coins: [{ denom: 'udatum', amount: FUNDING }] })),
      genesis: (g) => applyFlowParams(g, { windows, auditors: has('auditor'), arbiters: has('arbiter') }),
    })
    liveNetworks.set(testnet, dir)
    n.step(`Starting ${testnet.validators.length} validators (block time ${opts.blockTimeMs ?? 400} ms)`)
    n.say(
      `job windows: accept ${windows.acceptSeconds} s, commit ${windows.commitSeconds} s, reveal ${windows.revealSeconds} s, ` +
        `final ${windows.finalSeconds} s; challenge window ${windows.challengeSeconds} s; arbiter ${windows.arbiterSeconds} s`,
    )
    await testnet.start({ minHeight: 2n, timeoutMs: 180_000 })
    const net = testnet
    const rpc = (i = 0) => net.node(i % net.validators.length).rpcUrl
    n.say(`every validator has block 2; RPC ${rpc(0)}`)
    mkdirSync(join(dir, 'work'), { recursive: true })
    return {
      dir,
      testnet: net,
      cli: new DatumCli(keyringFile, rpc(0), n),
      keys,
      rpc,
      address: (name) => {
        const a = keys.get(name)
        if (!a) throw new Error(`no key ${name}`)
        return a
      },
      close: async () => {
        liveNetworks.delete(net)
        await net.destroy()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  } catch (e) {
    if (testnet) liveNetworks.delete(testnet)
    await testnet?.destroy()
    rmSync(dir, { recursive: true, force: true })
    throw e
  }
}
