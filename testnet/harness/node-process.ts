// A real datumd process for black-box tests: its own home in a temp dir, free ports, stdout/stderr kept
// for failure messages, and a kill that never leaves a child behind.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePorts } from './ports.js'
import { waitFor } from './wait.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DATUMD = join(ROOT, 'node/cli/datumd.ts')

export interface NodePorts {
  rpc: number
  rest: number
  p2p: number
  metrics: number
}

export function datumdArgs(args: string[]): string[] {
  return ['--import', 'tsx', DATUMD, ...args]
}

/** Runs a datumd command to completion; resolves with its output, rejects on a non-zero exit. */
export function runDatumd(
  args: string[],
  timeoutMs = 60_000,
): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, datumdArgs(args), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolvePromise({ stdout, stderr, code: code ?? -1 })
    })
  })
}

export class NodeProcess {
  child?: ChildProcess
  output = ''
  private exited?: Promise<void>

  constructor(
    readonly home: string,
    readonly ports: NodePorts,
  ) {}

  get rpcUrl(): string {
    return `http://127.0.0.1:${this.ports.rpc}`
  }

  get restUrl(): string {
    return `http://127.0.0.1:${this.ports.rest}`
  }

  /** A new home with a dev account, on free ports. */
  static async init(
    opts: { mnemonic?: string; chainId?: string; gentx?: boolean } = {},
  ): Promise<{ node: NodeProcess; mnemonic: string; address: string }> {
    const home = mkdtempSync(join(tmpdir(), 'datum-node-'))
    const args = ['init', '--home', home, '--dev-account']
    if (opts.mnemonic) args.push('--mnemonic', opts.mnemonic)
    if (opts.chainId) args.push('--chain-id', opts.chainId)
    if (opts.gentx === false) args.push('--no-gentx')
    const r = await runDatumd(args)
    if (r.code !== 0) throw new Error(`datumd init failed: ${r.stderr}`)
    const [rpc, rest, p2p, metrics] = await freePorts(4)
    const node = new NodeProcess(home, { rpc: rpc!, rest: rest!, p2p: p2p!, metrics: metrics! })
    node.patchConfig((c) => {
      c.rpc.laddr = `tcp://127.0.0.1:${rpc}`
      c.rest.laddr = `tcp://127.0.0.1:${rest}`
      c.p2p.laddr = `/ip4/127.0.0.1/tcp/${p2p}`
      c.metrics.laddr = `tcp://127.0.0.1:${metrics}`
    })
    const dev = JSON.parse(readFileSync(join(home, 'config/dev_account.json'), 'utf8'))
    return { node, mnemonic: dev.mnemonic, address: dev.address }
  }

  // biome-ignore lint/suspicious/noExplicitAny: config.json is edited as plain JSON
  patchConfig(edit: (cfg: any) => void): void {
    const file = join(this.home, 'config/config.json')
    const cfg = JSON.parse(readFileSync(file, 'utf8'))
    edit(cfg)
    writeFileSync(file, JSON.stringify(cfg, null, 2))
  }

  /** Spawns the process without waiting (a validator of a network cannot make blocks alone). */
  launch(env: Record<string, string> = {}, nodeArgs: string[] = []): void {
    const child = spawn(process.execPath, [...nodeArgs, ...datumdArgs(['start', '--home', this.home])], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    })
    this.child = child
    child.stdout!.on('data', (d) => this.appendOutput(d))
    child.stderr!.on('data', (d) => this.appendOutput(d))
    this.exited = new Promise((r) => child.once('exit', () => r()))
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
  }

  /** Waits until the RPC answers with a height of at least `h`; fails fast if the process exits. */
  async waitForHeight(h: bigint, timeoutMs = 60_000): Promise<void> {
    try {
      await this.waitForHeightOnce(h, timeoutMs)
    } catch (e) {
      const tail = this.output.split('\n').slice(-25).join('\n')
      throw new Error(`${(e as Error).message}\n--- last output of ${this.home} ---\n${tail}`)
    }
  }

  private async waitForHeightOnce(h: bigint, timeoutMs: number): Promise<void> {
    await waitFor(
      `height ${h} on ${this.home}`,
      async () => {
        const child = this.child
        if (child && child.exitCode !== null)
          throw new Error(`datumd exited with ${child.exitCode}:\n${this.output.slice(-2000)}`)
        return (await this.height()) >= h
      },
      { timeoutMs },
    )
  }

  /** Starts the process and waits until it has produced (or synced) block 1. */
  async start({
    timeoutMs = 60_000,
    env = {},
    nodeArgs = [],
  }: {
    timeoutMs?: number
    env?: Record<string, string>
    /** Options for node itself (`--cpu-prof`, which NODE_OPTIONS does not allow). */
    nodeArgs?: string[]
  } = {}): Promise<void> {
    this.launch(env, nodeArgs)
    await this.waitForHeight(1n, timeoutMs)
  }

  /** SIGSTOP / SIGCONT: a frozen process keeps its sockets open but answers nothing. */
  pause(): void {
    this.child?.kill('SIGSTOP')
  }

  resume(): void {
    this.child?.kill('SIGCONT')
  }

  /** Test hook (DATUM_TEST_HOOKS=1): SIGUSR2 toggles the node's p2p isolation (all peers dropped and refused). */
  toggleIsolation(): void {
    this.child?.kill('SIGUSR2')
  }

  private appendOutput(d: Buffer): void {
    this.output += d.toString()
    if (this.output.length > 200_000) this.output = this.output.slice(-100_000)
  }

  async rpc<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(this.rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
      signal: AbortSignal.timeout(10_000),
    })
    const json = (await res.json()) as { result?: T; error?: { message: string; data?: string } }
    if (json.error) throw new Error(`${method}: ${json.error.message} ${json.error.data ?? ''}`)
    return json.result as T
  }

  async height(): Promise<bigint> {
    const s = await this.rpc<{ sync_info: { latest_block_height: string } }>('status')
    return BigInt(s.sync_info.latest_block_height)
  }

  /** SIGTERM (graceful) or SIGKILL; resolves when the process has exited. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM', timeoutMs = 20_000): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGCONT')
    child.kill(signal)
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    await this.exited
    clearTimeout(timer)
  }

  async destroy(): Promise<void> {
    await this.stop('SIGKILL')
    rmSync(this.home, { recursive: true, force: true })
  }
}
