// A local N-validator (+ M full node) Datum network on 127.0.0.1: every node a separate datumd process with
// its own home, one shared genesis. Peers as simd's testnet makes them: every home runs collect-gentxs, so its
// persistent peers are the other validators' gentx memos (`<node-id>@127.0.0.1:<p2p port>`). The same object drives the black-box
// fault tests (kill, pause, isolate) and the `npm run testnet` command.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { type GenesisDoc, loadGenesis, saveGenesis } from '../../node/config/genesis.js'
import { homePaths } from '../../node/config/home.js'
import { loadValidatorKey } from '../../node/config/validator-key.js'
import { addGenesisAccount } from '../../node/daemon/genesis-tools.js'
import { addGenesisOperator } from '../../node/daemon/genesis-validator.js'
import { collectGentxs, gentxDir } from '../../node/daemon/gentx.js'
import { initHome } from '../../node/daemon/init-home.js'
import { loadOrCreateNodeKey } from '../../node/p2p/node-key.js'
import { NodeProcess } from '../harness/node-process.js'
import { freePorts } from '../harness/ports.js'
import { waitFor } from '../harness/wait.js'

export interface TestnetOptions {
  validators?: number
  fullNodes?: number
  /** Where homes go (default a new temp dir, removed by destroy()). */
  dir?: string
  chainId?: string
  /** Idle block time (timeout_commit) in ms. */
  blockTimeMs?: number
  /** Extra environment per node index (e.g. test hooks). */
  env?: (index: number) => Record<string, string>
  /** More accounts funded in the shared genesis (load tests). */
  fund?: { address: string; coins: { denom: string; amount: bigint }[] }[]
  /** Edits the shared genesis (module params, say) after funding and before every node saves it. */
  genesis?: (g: GenesisDoc) => void
  /**
   * false: no gentxs; the validators are fixed in genesis.json at power 10 each, so staking, distribution and
   * slashing know no validator (to measure what staking costs, `BENCH_STAKING=off npm run bench:testnet`).
   */
  staking?: boolean
  /** Extra node.js arguments for every node process (a benchmark's `--cpu-prof`, say). */
  nodeArgs?: string[]
}

export interface TestnetNode {
  index: number
  name: string
  validator: boolean
  process: NodeProcess
  peerId: string
  p2pAddr: string
}

export class LocalTestnet {
  private constructor(
    readonly dir: string,
    private readonly ownsDir: boolean,
    readonly nodes: TestnetNode[],
    readonly genesis: GenesisDoc,
    readonly mnemonic: string,
    readonly address: string,
    private readonly env: (index: number) => Record<string, string>,
    private readonly nodeArgs: string[] = [],
  ) {}

  /**
   * A new network. In a given `dir`, the homes of an earlier run (validatorN/, fullN/) are removed first: new
   * keys and a new genesis over old block and state data would make a dead network (see `open` to resume).
   */
  static async create(opts: TestnetOptions = {}): Promise<LocalTestnet> {
    const nValidators = opts.validators ?? 4
    const nFull = opts.fullNodes ?? 0
    const ownsDir = opts.dir === undefined
    const dir = opts.dir ? resolve(opts.dir) : mkdtempSync(join(tmpdir(), 'datum-testnet-'))
    mkdirSync(dir, { recursive: true })
    for (const name of nodeHomes(dir)) rmSync(join(dir, name), { recursive: true, force: true })
    const total = nValidators + nFull
    const ports = await freePorts(total * 4)
    const nodes: TestnetNode[] = []
    let mnemonic = ''
    let address = ''
    for (let i = 0; i < total; i++) {
      const validator = i < nValidators
      const name = validator ? `validator${i}` : `full${i - nValidators}`
      const home = join(dir, name)
      const [rpc, rest, p2p, metrics] = ports.slice(i * 4, i * 4 + 4) as [number, number, number, number]
      const r = await initHome({
        home,
        chainId: opts.chainId ?? 'datum-testnet-1',
        moniker: name,
        devAccount: i === 0,
        // The runner gentxs every validator into node 0's genesis below.
        gentx: false,
        overwrite: true,
        configure: (c) => {
          c.rpc.laddr = `tcp://127.0.0.1:${rpc}`
          c.rest.laddr = `tcp://127.0.0.1:${rest}`
          c.p2p.laddr = `/ip4/127.0.0.1/tcp/${p2p}`
          c.metrics.laddr = `tcp://127.0.0.1:${metrics}`
          if (opts.blockTimeMs !== undefined) c.consensus.timeoutCommitMs = opts.blockTimeMs
        },
      })
      if (r.devAccount) ({ mnemonic, address } = r.devAccount)
      const key = await loadOrCreateNodeKey(r.paths.nodeKeyFile)
      const peerId = peerIdFromPrivateKey(key).toString()
      nodes.push({
        index: i,
        name,
        validator,
        process: new NodeProcess(home, { rpc, rest, p2p, metrics }),
        peerId,
        p2pAddr: `/ip4/127.0.0.1/tcp/${p2p}/p2p/${peerId}`,
      })
    }
    // One genesis for all, built as operators do (add-account, gentx, collect-gentxs): node 0's app state
    // with the funded account, then every validator's operator funded and self-bonded by its gentx, so the
    // validators are staking validators (they earn, and can be jailed and slashed).
    const shared = nodes[0]!.process.home
    const sharedPaths = homePaths(shared)
    const first = loadGenesis(sharedPaths.genesisFile)
    for (const f of opts.fund ?? []) addGenesisAccount(first.appState, f.address, f.coins)
    saveGenesis(sharedPaths.genesisFile, first)
    if (opts.staking === false) fixValidators(shared, nodes)
    else await gentxValidators(shared, nodes)
    const genesis = loadGenesis(sharedPaths.genesisFile)
    opts.genesis?.(genesis)
    for (const n of nodes) {
      saveGenesis(homePaths(n.process.home).genesisFile, genesis)
      // Without gentxs there are no memos to take peers from: every node then peers with all the others.
      if (opts.staking === false)
        n.process.patchConfig((c) => {
          c.p2p.persistentPeers = nodes.filter((m) => m !== n).map((m) => m.p2pAddr)
        })
    }
    return new LocalTestnet(
      dir,
      ownsDir,
      nodes,
      genesis,
      mnemonic,
      address,
      opts.env ?? (() => ({})),
      opts.nodeArgs,
    )
  }

  /**
   * The network an earlier `create` left in `dir`, unchanged: the same homes, keys, genesis, ports and peers,
   * so its nodes resume at their last height. Throws when `dir` holds no testnet.
   */
  static async open(dirPath: string, env?: (index: number) => Record<string, string>): Promise<LocalTestnet> {
    const dir = resolve(dirPath)
    const names = nodeHomes(dir)
    if (names.length === 0 || !names.includes('validator0'))
      throw new Error(`${dir} holds no testnet to resume`)
    const genesis = loadGenesis(homePaths(join(dir, 'validator0')).genesisFile)
    const nodes: TestnetNode[] = []
    for (const [index, name] of names.entries()) {
      const home = join(dir, name)
      const cfg = JSON.parse(readFileSync(homePaths(home).configFile, 'utf8'))
      const port = (laddr: string) => Number(/:(\d+)$/.exec(laddr)?.[1] ?? /tcp\/(\d+)/.exec(laddr)?.[1])
      const ports = {
        rpc: port(cfg.rpc.laddr),
        rest: port(cfg.rest.laddr),
        p2p: port(cfg.p2p.laddr),
        metrics: port(cfg.metrics.laddr),
      }
      const peerId = peerIdFromPrivateKey(await loadOrCreateNodeKey(homePaths(home).nodeKeyFile)).toString()
      nodes.push({
        index,
        name,
        validator: name.startsWith('validator'),
        process: new NodeProcess(home, ports),
        peerId,
        p2pAddr: `/ip4/127.0.0.1/tcp/${ports.p2p}/p2p/${peerId}`,
      })
    }
    const dev = JSON.parse(readFileSync(homePaths(join(dir, 'validator0')).devAccountFile, 'utf8'))
    return new LocalTestnet(dir, false, nodes, genesis, dev.mnemonic, dev.address, env ?? (() => ({})))
  }

  get validators(): TestnetNode[] {
    return this.nodes.filter((n) => n.validator)
  }

  /** Launches every node (or the given ones) and waits until each has block `minHeight`. */
  async start(opts: { only?: number[]; minHeight?: bigint; timeoutMs?: number } = {}): Promise<void> {
    const which = opts.only ?? this.nodes.map((n) => n.index)
    for (const i of which) this.nodes[i]!.process.launch(this.env(i), this.nodeArgs)
    await Promise.all(
      which.map((i) => this.nodes[i]!.process.waitForHeight(opts.minHeight ?? 1n, opts.timeoutMs ?? 120_000)),
    )
  }

  launch(i: number): void {
    this.nodes[i]!.process.launch(this.env(i), this.nodeArgs)
  }

  node(i: number): NodeProcess {
    return this.nodes[i]!.process
  }

  async stop(i: number): Promise<void> {
    await this.node(i).stop('SIGTERM')
  }

  async kill(i: number): Promise<void> {
    await this.node(i).stop('SIGKILL')
  }

  pause(i: number): void {
    this.node(i).pause()
  }

  resume(i: number): void {
    this.node(i).resume()
  }

  /** Needs DATUM_TEST_HOOKS=1 in the node's env (see `env` option). */
  disconnect(i: number): void {
    this.node(i).toggleIsolation()
  }

  reconnect(i: number): void {
    this.node(i).toggleIsolation()
  }

  /** Waits until every listed running node reaches `height`. */
  async waitForHeight(height: bigint, opts: { only?: number[]; timeoutMs?: number } = {}): Promise<void> {
    const which = opts.only ?? this.nodes.filter((n) => n.process.running).map((n) => n.index)
    await Promise.all(which.map((i) => this.node(i).waitForHeight(height, opts.timeoutMs ?? 120_000)))
  }

  /** Highest height every listed node has reached. */
  async minHeight(only?: number[]): Promise<bigint> {
    const which = only ?? this.nodes.filter((n) => n.process.running).map((n) => n.index)
    const hs = await Promise.all(which.map((i) => this.node(i).height()))
    return hs.reduce((a, b) => (b < a ? b : a))
  }

  /** Block hash and app hash at `height` as each listed node reports them. */
  async hashesAt(
    height: bigint,
    only?: number[],
  ): Promise<{ index: number; blockHash: string; appHash: string }[]> {
    const which = only ?? this.nodes.filter((n) => n.process.running).map((n) => n.index)
    return Promise.all(
      which.map(async (i) => {
        const r = await this.node(i).rpc<{
          block_id: { hash: string }
          block: { header: { app_hash: string } }
        }>('block', {
          height: String(height),
        })
        return { index: i, blockHash: r.block_id.hash, appHash: r.block.header.app_hash }
      }),
    )
  }

  /** Throws unless all listed nodes agree on every block from 1 to `upTo`. */
  async assertSameChain(upTo: bigint, only?: number[]): Promise<void> {
    for (let h = 1n; h <= upTo; h++) {
      const hs = await this.hashesAt(h, only)
      const first = hs[0]!
      for (const x of hs) {
        if (x.blockHash !== first.blockHash || x.appHash !== first.appHash) {
          throw new Error(
            `fork at height ${h}: node ${first.index} ${first.blockHash}/${first.appHash} vs node ${x.index} ${x.blockHash}/${x.appHash}`,
          )
        }
      }
    }
  }

  async waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
    await waitFor(what, async () => (await probe()) || undefined, { timeoutMs, intervalMs: 250 })
  }

  output(i: number): string {
    return this.node(i).output
  }

  async destroy(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.process.stop('SIGKILL')))
    if (this.ownsDir) rmSync(this.dir, { recursive: true, force: true })
  }
}

/**
 * Every validator's operator funded and self-bonded by its gentx (its memo naming the node's peer address),
 * collected into `shared`'s genesis. Then, as simd's `testnet init-files`, every home collects the same gentxs
 * into a copy of that genesis, which writes its persistent peers from the memos of the gentxs not its own (a
 * full node has none: it peers with every validator).
 */
async function gentxValidators(shared: string, nodes: TestnetNode[]): Promise<void> {
  const gentxs = gentxDir(shared)
  rmSync(gentxs, { recursive: true, force: true })
  for (const n of nodes.filter((m) => m.validator))
    await addGenesisOperator({ home: n.process.home, genesisHome: shared, gentxDir: gentxs, moniker: n.name })
  const sharedFile = homePaths(shared).genesisFile
  for (const n of nodes) {
    if (n.process.home !== shared) saveGenesis(homePaths(n.process.home).genesisFile, loadGenesis(sharedFile))
  }
  for (const n of nodes) collectGentxs(n.process.home, gentxs)
}

/** Every validator's consensus key fixed in `shared`'s genesis.json at power 10 (no staking validators). */
function fixValidators(shared: string, nodes: TestnetNode[]): void {
  const file = homePaths(shared).genesisFile
  const g = loadGenesis(file)
  g.validators = nodes
    .filter((n) => n.validator)
    .map((n) => ({
      pubKey: loadValidatorKey(homePaths(n.process.home).validatorKeyFile).pubKey,
      power: 10n,
      name: n.name,
    }))
  saveGenesis(file, g)
}

/** The node homes of a testnet dir: validators first, then full nodes, each by index. */
export function nodeHomes(dir: string): string[] {
  if (!existsSync(dir)) return []
  const homes = readdirSync(dir).filter((n) => /^(validator|full)\d+$/.test(n))
  const key = (n: string) => [n.startsWith('validator') ? 0 : 1, Number(/\d+$/.exec(n)![0])] as const
  return homes.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)]
    return ka[0] - kb[0] || ka[1] - kb[1]
  })
}

export function readMnemonic(dir: string): string {
  return JSON.parse(readFileSync(join(dir, 'validator0/config/dev_account.json'), 'utf8')).mnemonic
}
