// Test and benchmark support: one participant-process.ts child, its JSON lines, and waits on them.
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
  /** The `done` or `error` line. */
  result(ms?: number): Promise<Line>
}

const HERE = fileURLToPath(new URL('.', import.meta.url))
const ENTRY = join(HERE, '..', 'participant-process.ts')
const REPO = join(HERE, '../../../..')

export function spawnParticipant(spec: ParticipantSpec, dir: string, name: string): SpawnedParticipant {
  const path = join(dir, `${name}.json`)
  writeFileSync(path, JSON.stringify(spec))
  // node with tsx's loader, not the tsx CLI: the CLI runs the script in a grandchild that a kill of the
  // child would leave running
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, path], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const lines: Line[] = []
  const listeners: ((l: Line) => void)[] = []
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
  const when = (pred: (l: Line) => boolean, ms = 90_000) =>
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
    })
  return {
    child,
    lines,
    when,
    result: (ms?: number) => when((l) => l.event === 'done' || l.event === 'error', ms),
  }
}
