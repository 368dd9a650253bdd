// Each module README's Errors table against the errors the module registers: every row names a registered
// error (codespace, code, name and message as registered), and every error a module registers in its own
// codespace in errors.ts has a row. Modules without codes of their own (mint, upgrade) list the shared ones they answer
// with, checked the same way. The table format is in modules/README.md.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { attestationErrors } from './attestation/errors.js'
import { authErrors } from './auth/errors.js'
import { bankErrors } from './bank/errors.js'
import { computeRightErrors } from './computeright/errors.js'
import { dataAssetErrors } from './dataasset/errors.js'
import { distributionErrors } from './distribution/errors.js'
import { govErrors } from './gov/errors.js'
import { type ErrorDef, invalidAuthority, sdkErrors } from './sdk/index.js'
import { slashingErrors } from './slashing/errors.js'
import { stakingErrors } from './staking/errors.js'

const MODULES_DIR = import.meta.dirname

/** The errors each module registers in its errors.ts (a module folder with an errors.ts must be listed here). */
const OWN: Record<string, Record<string, ErrorDef>> = {
  attestation: attestationErrors,
  auth: authErrors,
  bank: bankErrors,
  computeright: computeRightErrors,
  dataasset: dataAssetErrors,
  distribution: distributionErrors,
  gov: govErrors,
  slashing: slashingErrors,
  staking: stakingErrors,
}

/** Every registered error by codespace, code and the names it is exported under. */
function knownErrors(): Map<string, { def: ErrorDef; names: Set<string> }> {
  const known = new Map<string, { def: ErrorDef; names: Set<string> }>()
  const add = (name: string, def: ErrorDef) => {
    const id = `${def.codespace}/${def.code}`
    const entry = known.get(id) ?? { def, names: new Set<string>() }
    entry.names.add(name)
    known.set(id, entry)
  }
  for (const errors of [...Object.values(OWN), sdkErrors])
    for (const [name, def] of Object.entries(errors)) add(name, def)
  add('invalidAuthority', invalidAuthority)
  return known
}

interface ErrorRow {
  codespace: string
  code: number
  name: string
  message: string
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim().replace(/^`|`$/g, ''))

/** The rows of the table under `## Errors` (up to the next `## ` heading); undefined without such a section. */
function errorsTable(readme: string): ErrorRow[] | undefined {
  const lines = readme.split('\n')
  const start = lines.findIndex((l) => /^## Errors\b/.test(l))
  if (start < 0) return undefined
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l))
  const section = lines.slice(start + 1, end < 0 ? undefined : end)
  const headerAt = section.findIndex((l) => l.trim().startsWith('|'))
  if (headerAt < 0) return []
  const header = cells(section[headerAt]!)
  const col = (h: string) => {
    const i = header.indexOf(h)
    if (i < 0) throw new Error(`Errors table needs a "${h}" column; has ${header.join(', ')}`)
    return i
  }
  const [cs, code, name, message] = [col('codespace'), col('code'), col('name'), col('message')]
  const rows: ErrorRow[] = []
  for (const line of section.slice(headerAt + 2)) {
    if (!line.trim().startsWith('|')) break
    const c = cells(line)
    rows.push({ codespace: c[cs]!, code: Number(c[code]), name: c[name]!, message: c[message]! })
  }
  return rows
}

const moduleDirs = readdirSync(MODULES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'sdk')
  .map((d) => d.name)
  .filter((m) => {
    try {
      readFileSync(join(MODULES_DIR, m, 'README.md'))
      return true
    } catch {
      return false
    }
  })
  .sort()

const known = knownErrors()

/** What is wrong with a module's table: rows naming no registered error, and own errors it leaves out. */
function problems(m: string, rows: ErrorRow[]): string[] {
  const out: string[] = []
  for (const r of rows) {
    const where = `row ${r.codespace} ${r.code} ${r.name}`
    const k = known.get(`${r.codespace}/${r.code}`)
    if (!k) out.push(`${where}: no such registered error`)
    else {
      if (!k.names.has(r.name)) out.push(`${where}: name is not one of ${[...k.names].join(', ')}`)
      if (r.message !== k.def.description) out.push(`${where}: message is not "${k.def.description}"`)
    }
  }
  const listed = new Set(rows.map((r) => `${r.codespace}/${r.code}`))
  // auth re-exports the shared sdk errors; a module must list those in its own codespace.
  for (const [n, d] of Object.entries(OWN[m] ?? {}))
    if (d.codespace === m && !listed.has(`${d.codespace}/${d.code}`))
      out.push(`missing ${d.codespace} ${d.code} ${n}`)
  return out
}

describe('module READMEs: the Errors table is the registered errors', () => {
  it('every module folder with an errors.ts is checked for completeness', () => {
    const withErrors = moduleDirs.filter((m) => readdirSync(join(MODULES_DIR, m)).includes('errors.ts'))
    expect(withErrors).toEqual(Object.keys(OWN).sort())
  })

  it('catches a wrong message, a wrong name, an unknown code and a missing error', () => {
    const table = errorsTable(
      [
        '## Errors',
        '',
        '| codespace | code | name | message | when |',
        '| --- | --- | --- | --- | --- |',
        '| `bank` | 2 | `noInputs` | no inputs to send |  |',
        '| `bank` | 3 | `noInput` | no outputs to send transaction |  |',
        '| `bank` | 99 | `noSuch` | nothing |  |',
        '',
        '## Genesis',
      ].join('\n'),
    )!
    expect(table).toHaveLength(3)
    const found = problems('bank', table)
    expect(found.some((p) => p.startsWith('row bank 2 noInputs: message'))).toBe(true)
    expect(found.some((p) => p.startsWith('row bank 3 noInput: name'))).toBe(true)
    expect(found).toContain('row bank 99 noSuch: no such registered error')
    expect(found).toContain('missing bank 4 inputOutputMismatch')
  })

  for (const m of moduleDirs) {
    it(`${m}/README.md`, () => {
      const rows = errorsTable(readFileSync(join(MODULES_DIR, m, 'README.md'), 'utf8'))
      expect(rows, `${m}/README.md has no "## Errors" section`).toBeDefined()
      expect(problems(m, rows!), `${m}/README.md Errors table`).toEqual([])
    })
  }
})
