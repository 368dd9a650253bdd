// Runs the pre-signer in a child process (scripts/bench/presign-child.ts) and reads its lanes back.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PresignJob } from './presign-child.js'

export async function presignInChild(job: Omit<PresignJob, 'out'>): Promise<Uint8Array[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'datum-presign-'))
  const out = join(dir, 'lanes.bin')
  try {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench/presign-child.ts', JSON.stringify({ ...job, out })],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    )
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 300_000)
      child.on('error', reject)
      child.on('exit', (c) => {
        clearTimeout(timer)
        resolve(c)
      })
    })
    if (code !== 0) throw new Error(`pre-signer exited with ${code}`)
    const buf = readFileSync(out)
    const lanes: Uint8Array[][] = []
    let at = 0
    while (at < buf.length) {
      const count = buf.readUInt32BE(at)
      at += 4
      const lane: Uint8Array[] = []
      for (let i = 0; i < count; i++) {
        const len = buf.readUInt32BE(at)
        lane.push(new Uint8Array(buf.subarray(at + 4, at + 4 + len)))
        at += 4 + len
      }
      lanes.push(lane)
    }
    return lanes
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
