// modules/README.md gives one role per file name. This test reads the names its table allows and fails on any
// .ts file in a module folder (sub-folders included) that is neither one of them nor a topic listed below, so
// a handler file called `msg-server-v1beta1.ts`, a second test kit `test-support.ts` or stateless checks in a
// `msgs.ts` that is not a route table cannot slip in unnoticed: a new file gets a role name or a topic entry.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const MODULES = dirname(fileURLToPath(import.meta.url))

/** `sdk` is the shared library every module builds on (no store key, codespace or README): not a module. */
const NOT_MODULES = new Set(['sdk'])

/**
 * Topic files (README: "Other names are topics … one concept each, named for it"), per module, as paths
 * inside the module folder. Each names one concept; none may use a role's name or a reserved prefix.
 */
const TOPICS: Record<string, string[]> = {
  attestation: [
    'commitment.ts',
    'eligibility.ts',
    'fault-digest.ts',
    'quorum.ts',
    'slashing.ts',
    'tee-evidence.ts',
  ],
  auth: [
    'account.ts',
    // the ante chain: one decorator or helper per file, `ante/index.ts` its public surface
    'ante/basic.ts',
    'ante/coins.ts',
    'ante/fee.ts',
    'ante/gas-price.ts',
    'ante/handler.ts',
    'ante/options.ts',
    'ante/pubkeys.ts',
    'ante/run.ts',
    'ante/secp256k1.ts',
    'ante/sig-cache.ts',
    'ante/sig-claims.ts',
    'ante/sign-bytes.ts',
    'ante/signature-data.ts',
    'ante/signer-key.ts',
    'ante/verify.ts',
  ],
  bank: ['send-restriction.ts', 'view-keeper.ts'],
  computeright: [
    'acquirer.ts',
    'attestation-view.ts',
    'feature-approval.ts',
    'fixed-point.ts',
    'job-close.ts',
    'job-phase.ts',
    'keeper-parts.ts',
    'model-view.ts',
    'money.ts',
    'owed.ts',
    'query-pages.ts',
    'query-paths.ts',
    'rdp-accountant.ts',
    'rights.ts',
    'royalty.ts',
    'settle.ts',
    'timeline.ts',
    'training.ts',
  ],
  consensus: [],
  dataasset: [
    'asset-access.ts',
    'budget.ts',
    'grants.ts',
    'licence-use.ts',
    'license.ts',
    'lifecycle.ts',
    'limits.ts',
    'lineage.ts',
    'query-paths.ts',
    'regions.ts',
  ],
  distribution: ['hooks.ts'],
  genutil: ['gentx-json.ts'],
  gov: ['dec.ts', 'end-block.ts', 'legacy-content.ts', 'proposals.ts', 'tally.ts', 'votes.ts'],
  mint: ['minter.ts'],
  slashing: ['hooks.ts'],
  staking: [
    'delegation.ts',
    'genesis-json.ts',
    'historical-info.ts',
    'jail.ts',
    'queues.ts',
    'records.ts',
    'shares.ts',
    'slash.ts',
    'validator-set.ts',
  ],
  upgrade: ['begin-block.ts', 'plan.ts'],
}

/** Prefixes that belong to roles: Msg handling goes in `msgs.ts` / `*-server.ts`, test support in `test-env.ts`. */
const RESERVED_PREFIXES = ['msg-', 'msgs-', 'test-']

/** The first column of the README's role table, as regular expressions over a file's base name. */
function roleNames(): RegExp[] {
  const readme = readFileSync(join(MODULES, 'README.md'), 'utf8')
  const section = readme.slice(
    readme.indexOf('## One role per file name'),
    readme.indexOf('## README sections'),
  )
  const names = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!)
  return names.map((n) => {
    // a topic is a dashed word; `*` (test files) may also hold dots (`escrow.property.test.ts`)
    const topic = '[a-z0-9]+(?:-[a-z0-9]+)*'
    const any = '[a-z0-9]+(?:[-.][a-z0-9]+)*'
    const pattern = n
      .split(/(<topic>|\*)/)
      .map((part) => (part === '<topic>' ? topic : part === '*' ? any : part.replace(/[.]/g, '\\.')))
      .join('')
    return new RegExp(`^${pattern}$`)
  })
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return tsFiles(path)
    return e.name.endsWith('.ts') ? [path] : []
  })
}

const moduleFolders = readdirSync(MODULES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !NOT_MODULES.has(e.name))
  .map((e) => e.name)
  .sort()

describe('module file names follow modules/README.md', () => {
  const roles = roleNames()
  const isRole = (path: string) => roles.some((r) => r.test(path.split('/').pop()!))

  it('the README table yields the roles (a parse that found nothing would pass everything)', () => {
    for (const name of [
      'keeper.ts',
      'msgs.ts',
      'validate.ts',
      'test-env.ts',
      'job-server.ts',
      'x.property.test.ts',
    ])
      expect(isRole(name), name).toBe(true)
    for (const name of ['test-support.ts', 'msg-server-v1beta1.ts', 'types.ts', 'index-invariant.ts'])
      expect(isRole(name), name).toBe(false)
  })

  it('every module folder has a topic list, and the list has no stale or role-like entries', () => {
    expect(moduleFolders).toEqual(Object.keys(TOPICS).sort())
    for (const [module, topics] of Object.entries(TOPICS)) {
      const files = new Set(tsFiles(join(MODULES, module)).map((f) => relative(join(MODULES, module), f)))
      for (const t of topics) {
        expect(files.has(t), `${module}/${t} is listed as a topic but does not exist`).toBe(true)
        expect(isRole(t), `${module}/${t} is a role name, not a topic`).toBe(false)
        const base = t.split('/').pop()!
        expect(
          RESERVED_PREFIXES.some((p) => base.startsWith(p)),
          `${module}/${t} uses a role's prefix`,
        ).toBe(false)
      }
    }
  })

  it.each(moduleFolders)('%s: each .ts file has a role name or is a listed topic', (module) => {
    const dir = join(MODULES, module)
    const topics = new Set(TOPICS[module] ?? [])
    const stray = tsFiles(dir)
      .map((f) => relative(dir, f))
      .filter((f) => !isRole(f) && !topics.has(f))
    expect(stray, `not a role in modules/README.md nor a listed topic of ${module}`).toEqual([])
  })
})
