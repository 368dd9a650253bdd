// Test and benchmark support: one participant child process (participant-process.ts, or a benchmark's own
// entry), its JSON lines, and waits on them.
import { type ChildProcess, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ParticipantSpec } from '../participant-process.js'

export type Line = { event: string } & Record<string, unknown>

export interface SpawnedParticipant {
  readonly child: ChildProcess
  readonly lines: Line[]
  /** The first line matching `pred`, within `ms`. */
  when(pred: (l: Line) => boolean, ms?: number): Promise<Line>
  /** The `done` or `error` line; an `error` line of its own if the process ends without one. */
  result(ms?: number): Promise<Line>
}

export interface SpawnOptions {
  /** The script to run; it reads the spec from the path in its argv. */
  readonly entry: string
  /** Node flags before the loader, e.g. `--max-old-space-size=1024`. */
  readonly nodeArgs?: readonly string[]
  /** Called with every line as it arrives (progress output). */
  readonly onLine?: (l: Line) => void
}

const HERE = fileURLToPath(new URL('.', import.meta.url))
const ENTRY = join(HERE, '..', 'participant-process.ts')
const REPO = join(HERE, '../../../..')

/** A participant-process.ts child. */
export function spawnParticipant(spec: ParticipantSpec, dir: string, name: string): SpawnedParticipant {
  return spawnSpecProcess(spec, dir, name, { entry: ENTRY })
}

/** A child running `opts.entry` with `spec` written as JSON to `<dir>/<name>.json`, its path in argv. */
export function spawnSpecProcess(
  spec: object,
  dir: string,
  name: string,
  opts: SpawnOptions,
): SpawnedParticipant {
  const path = join(dir, `${name}.json`)
  writeFileSync(path, JSON.stringify(spec))
  // node with tsx's loader, not the tsx CLI: the CLI runs the script in a grandchild that a kill of the
  // child would leave running
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', opts.entry, path], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const lines: Line[] = []
  const listeners: ((l: Line) => void)[] = []
  if (opts.onLine) listeners.push(opts.onLine)
  let buf = ''
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString()
    const parts = buf.split('\n')
    buf = parts.pop()!
    for (const p of parts) {
      const l = JSON.parse(p) as Line
      lines.push(l)
      for (const f of listeners) f(l)
    }
  })
  // 'close' comes after stdout has ended, so every line the process wrote has been seen by then
  const closed = new Promise<Line>((resolve) =>
    child.on('close', (code, signal) =>
      resolve({ event: 'error', message: `${name} exited ${code ?? signal} without a result` }),
    ),
  )
  const wait = (pred: (l: Line) => boolean, ms: number, orClose: boolean) =>
    new Promise<Line>((resolve, reject) => {
      const hit = lines.find(pred)
      if (hit) return resolve(hit)
      const t = setTimeout(
        () =>
          reject(
            new Error(`${name}: no matching line in ${ms} ms; last: ${JSON.stringify(lines.slice(-3))}`),
          ),
        ms,
      )
      listeners.push((l) => {
        if (pred(l)) {
          clearTimeout(t)
          resolve(l)
        }
      })
      if (orClose)
        void closed.then((l) => {
          clearTimeout(t)
          resolve(l)
        })
    })
  return {
    child,
    lines,
    when: (pred, ms = 90_000) => wait(pred, ms, false),
    result: (ms = 90_000) => wait((l) => l.event === 'done' || l.event === 'error', ms, true),
  }
}
