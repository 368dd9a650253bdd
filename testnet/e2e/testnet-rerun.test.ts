// `npm run testnet` run again in the same --dir: without --keep it starts a new, live network (the old homes
// are removed, the printed mnemonic is funded); with --keep it resumes the same network above its last
// height. And `datumd` prints the dev mnemonic once, at init; later starts name the file that holds it.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { main as datum } from '../../client/cli/datum.js'
import { NodeProcess, runDatumd } from '../harness/node-process.js'
import { waitFor } from '../harness/wait.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const dir = mkdtempSync(join(tmpdir(), 'datum-testnet-rerun-'))
const children: ChildProcess[] = []

afterAll(() => {
  for (const c of children)
    if (c.exitCode === null && c.signalCode === null) {
      try {
        process.kill(-c.pid!, 'SIGKILL') // the runner and the datumd processes it started
      } catch {}
    }
  rmSync(dir, { recursive: true, force: true })
})

interface Run {
  child: ChildProcess
  out(): string
  mnemonic(): string
  address(): string
  rpc(): string
  /** The highest `height N` line printed so far. */
  height(): number
  stop(): Promise<void>
}

/** Starts `npm run testnet` (the runner itself, in its own process group) with `args`. */
function runTestnet(...args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'testnet/runner/cli.ts', '--dir', dir, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  children.push(child)
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  const line = (re: RegExp) => re.exec(out)?.[1] ?? ''
  return {
    child,
    out: () => out,
    mnemonic: () => line(/^mnemonic: (.+)$/m),
    address: () => line(/^funded account: (\S+)$/m),
    rpc: () => line(/validator0\s+RPC (\S+)/),
    height: () => Math.max(0, ...[...out.matchAll(/^height (\d+) /gm)].map((m) => Number(m[1]))),
    stop: async () => {
      child.kill('SIGTERM')
      await waitFor(
        'the testnet runner to stop',
        () => child.exitCode !== null || child.signalCode !== null,
        {
          timeoutMs: 30_000,
        },
      )
    },
  }
}

async function balance(rpc: string, address: string): Promise<string> {
  let out = ''
  const code = await datum(['query', 'bank', 'balances', address, '--denom', 'udatum', '--node', rpc], {
    out: (t) => (out += t),
    err: () => {},
  })
  if (code !== 0) throw new Error(`balance query failed (${code})`)
  return JSON.parse(out).balance.amount
}

const until = (run: Run, height: number) =>
  waitFor(`height ${height} (output so far:\n${run.out().slice(-1500)})`, () => run.height() >= height, {
    timeoutMs: 120_000,
    intervalMs: 200,
  })

describe('npm run testnet, twice in one --dir', { timeout: 400_000 }, () => {
  it('without --keep starts a new live network; with --keep resumes the same one', async () => {
    const first = runTestnet('--validators', '2', '--block-time-ms', '200')
    await until(first, 3)
    const firstMnemonic = first.mnemonic()
    await first.stop()

    const second = runTestnet('--validators', '2', '--block-time-ms', '200')
    await until(second, 3)
    expect(second.mnemonic()).not.toBe(firstMnemonic)
    expect(Number(await balance(second.rpc(), second.address()))).toBeGreaterThan(0)
    const reached = second.height()
    await second.stop()

    const third = runTestnet('--keep')
    await waitFor('the resumed network to print heights', () => third.height() > 0, { timeoutMs: 120_000 })
    expect(third.out()).toContain('resuming the testnet')
    expect(third.mnemonic()).toBe(second.mnemonic())
    await until(third, reached + 2)
    expect(Number(await balance(third.rpc(), third.address()))).toBeGreaterThan(0)
    await third.stop()

    const bad = runTestnet('--keep', '--validators', '3')
    await waitFor('the runner to refuse', () => bad.child.exitCode !== null, { timeoutMs: 30_000 })
    expect(bad.child.exitCode).toBe(1)
    expect(bad.out()).toContain('cannot change a kept network')
  })
})

describe('datumd and the dev mnemonic', { timeout: 120_000 }, () => {
  it('prints it once, at init, and later starts name the file', async () => {
    const home = join(dir, 'single')
    const init = await runDatumd(['init', '--home', home, '--dev-account'])
    const mnemonic = /^dev mnemonic: (.+)$/m.exec(init.stdout)?.[1]
    expect(mnemonic?.split(' ')).toHaveLength(24)
    expect(init.stdout).toContain(join(home, 'config/dev_account.json'))
    const node = new NodeProcess(home, { rpc: 0, rest: 0, p2p: 0, metrics: 0 })
    node.patchConfig((c) => {
      c.rpc.laddr = 'tcp://127.0.0.1:0'
      c.rest.enabled = false
      c.metrics.enabled = false
      c.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
    })
    node.launch()
    try {
      await waitFor('the start banner', () => /RPC http/.test(node.output), { timeoutMs: 60_000 })
      expect(node.output).toContain(`its mnemonic is in ${join(home, 'config/dev_account.json')}`)
      expect(node.output).not.toContain(mnemonic!)
    } finally {
      await node.destroy()
    }
  })
})
