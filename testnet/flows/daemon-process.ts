// One `datum executor start` daemon as a separate process: its JSON-line events kept and awaitable, its
// output kept for failure messages, and a stop that never leaves it behind (SIGTERM, then SIGKILL).
import { type ChildProcess, spawn } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { waitFor } from '../harness/wait.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DATUM = join(ROOT, 'client/cli/datum.ts')

export interface DaemonEvent {
  event: 'ready' | 'accepted' | 'committed' | 'revealed' | 'skipped' | 'error' | string
  jobId?: string
  address?: string
  url?: string
  digest?: string
  reason?: string
  message?: string
  /** `grant-revoked` / `consent-revoked`: the asset and the cached packages deleted. */
  assetId?: string
  deletedPackages?: string[]
}

export interface DaemonOptions {
  name: string
  keyringFile: string
  node: string
  dataDir: string
  listen: string
  pollMs?: number
  /** Test hook: report true result + 1. */
  lie?: boolean
  /** `--wait-for-executors`: reveal only once this many executors committed. */
  waitForExecutors?: number
}

const live = new Set<ExecutorDaemon>()

/** Every daemon still running (for a cleanup that must not miss one). */
export const runningDaemons = (): ExecutorDaemon[] => [...live]

export class ExecutorDaemon {
  readonly events: DaemonEvent[] = []
  output = ''
  private child?: ChildProcess
  private exited?: Promise<void>

  constructor(readonly opts: DaemonOptions) {}

  get name(): string {
    return this.opts.name
  }

  start(): void {
    const o = this.opts
    const args = [
      '--import',
      'tsx',
      DATUM,
      'executor',
      'start',
      '--key',
      o.name,
      '--keyring-file',
      o.keyringFile,
    ]
    args.push('--node', o.node, '--data-dir', o.dataDir, '--listen', o.listen)
    if (o.pollMs !== undefined) args.push('--poll-ms', String(o.pollMs))
    if (o.waitForExecutors !== undefined) args.push('--wait-for-executors', String(o.waitForExecutors))
    const env: NodeJS.ProcessEnv = { ...process.env }
    if (o.lie) env.DATUM_EXECUTOR_TEST_LIE = '1'
    else delete env.DATUM_EXECUTOR_TEST_LIE
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    this.child = child
    live.add(this)
    let partial = ''
    child.stdout!.on('data', (d: Buffer) => {
      this.keep(d)
      partial += d.toString()
      const lines = partial.split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) this.parse(line)
    })
    child.stderr!.on('data', (d: Buffer) => this.keep(d))
    this.exited = new Promise((r) =>
      child.once('exit', () => {
        live.delete(this)
        r()
      }),
    )
  }

  private keep(d: Buffer): void {
    this.output += d.toString()
    if (this.output.length > 100_000) this.output = this.output.slice(-50_000)
  }

  private parse(line: string): void {
    const t = line.trim()
    if (!t.startsWith('{')) return
    try {
      const e = JSON.parse(t) as DaemonEvent
      if (typeof e.event === 'string') this.events.push(e)
    } catch {
      // a log line that merely starts with a brace
    }
  }

  get running(): boolean {
    const c = this.child
    return c !== undefined && c.exitCode === null && c.signalCode === null
  }

  /** Waits for the first event matching `match`; fails fast if the process exits. */
  async waitForEvent(
    what: string,
    match: (e: DaemonEvent) => boolean,
    timeoutMs = 60_000,
  ): Promise<DaemonEvent> {
    try {
      return await waitFor(
        `${this.name}: ${what}`,
        () => {
          const e = this.events.find(match)
          if (e) return e
          if (!this.running) throw new Error(`${this.name} exited`)
          return undefined
        },
        { timeoutMs, intervalMs: 100 },
      )
    } catch (e) {
      throw new Error(
        `${(e as Error).message}\n--- last output of ${this.name} ---\n${this.output.slice(-3000)}`,
      )
    }
  }

  eventsFor(jobId: bigint): DaemonEvent[] {
    return this.events.filter((e) => e.jobId === jobId.toString())
  }

  async stop(timeoutMs = 10_000): Promise<void> {
    const c = this.child
    if (!c || !this.running) return
    c.kill('SIGTERM')
    const timer = setTimeout(() => c.kill('SIGKILL'), timeoutMs)
    await this.exited
    clearTimeout(timer)
  }
}

/** Stops every daemon this process started (SIGTERM, then SIGKILL after 5 s). */
export async function stopAllDaemons(): Promise<void> {
  await Promise.all(runningDaemons().map((d) => d.stop(5_000)))
}
