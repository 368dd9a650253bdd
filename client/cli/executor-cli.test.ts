import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Keyring } from './keyring.js'
import { deadPort, runCli } from './test-cli.js'

const run = runCli

describe('datum executor', () => {
  const dir = mkdtempSync(join(tmpdir(), 'datum-exec-cli-'))
  const keyring = join(dir, 'keyring.json')

  it('prints the address and compressed public key to register', async () => {
    const key = await new Keyring(keyring).add('exec')
    const r = await run('executor', 'pubkey', '--key', 'exec', '--keyring-file', keyring)
    expect(r.code).toBe(0)
    const out = JSON.parse(r.out)
    expect(out.address).toBe(key.address)
    expect(out.pubKey).toMatch(/^0[23][0-9a-f]{64}$/)
  })

  it('refuses bad flags before touching the node, and reports an unreachable node', async () => {
    const base = [
      'executor',
      'start',
      '--from',
      'exec',
      '--keyring-file',
      keyring,
      '--data-dir',
      join(dir, 'd'),
    ]
    expect((await run(...base, '--listen', 'nope')).code).toBe(2)
    expect((await run(...base, '--poll-ms', '5')).code).toBe(2)
    expect((await run(...base, '--wait-for-executors', '0')).code).toBe(2)
    expect((await run('executor', 'start', '--from', 'exec')).code).toBe(2) // --data-dir is required
    expect((await run('executor', 'start', '--data-dir', dir)).code).toBe(2) // --key is required
    expect((await run('executor', 'start', '--key', 'a', '--from', 'b', '--data-dir', dir)).code).toBe(2)
    const missing = await run(
      ...base.slice(0, 4),
      '--keyring-file',
      join(dir, 'none.json'),
      '--data-dir',
      dir,
    )
    expect(missing.err).toMatch(/KEY_NOT_FOUND/)
    const down = await run(...base, '--node', `http://127.0.0.1:${await deadPort()}`)
    expect(down.code).toBe(1)
    expect(down.err).toMatch(/NODE_UNREACHABLE/)
  })
})
