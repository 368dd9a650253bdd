import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateAll } from '../scripts/proto/generate.js'

const CHECKED_IN = join(import.meta.dirname, 'gen')

function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...listFiles(p))
    else out.push(p)
  }
  return out
}

describe('generated proto code', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'datum-proto-check-'))
  afterAll(() => rmSync(fresh, { recursive: true, force: true }))

  it('is up to date with the .proto sources (run `npm run proto` when this fails)', () => {
    generateAll(fresh)
    const want = listFiles(fresh).map((p) => relative(fresh, p))
    const have = listFiles(CHECKED_IN).map((p) => relative(CHECKED_IN, p))
    expect(have).toEqual(want)
    for (const rel of want) {
      const same = readFileSync(join(fresh, rel), 'utf8') === readFileSync(join(CHECKED_IN, rel), 'utf8')
      expect(same, `proto/gen/${rel} is stale`).toBe(true)
    }
  }, 120_000)
})
