import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { COMMANDS } from './datum.js'
import { deadPort, runCli } from './test-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'datum-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = runCli

describe('datum CLI', () => {
  it('prints help for the tree and for every command, exit 0', async () => {
    const top = await run('--help')
    expect(top.code).toBe(0)
    for (const c of COMMANDS) {
      expect(top.out).toContain(c.path.join(' '))
      const h = await run(...c.path, '--help')
      expect(h.code, c.path.join(' ')).toBe(0)
      expect(h.out).toContain(`datum ${c.path.join(' ')}`)
      expect(h.out).toContain('--output')
    }
  })

  it('exits 2 with a clear message on bad command lines', async () => {
    expect((await run()).code).toBe(2)
    const unknown = await run('tx', 'dataasset', 'frobnicate')
    expect([unknown.code, unknown.err]).toEqual([
      2,
      expect.stringContaining('unknown command "tx dataasset frobnicate"'),
    ])
    const missing = await run('tx', 'dataasset', 'burn', 'abc')
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining('--from is required')])
    const badFlag = await run('query', 'dataasset', 'params', '--colour')
    expect(badFlag.err).toContain('unknown flag --colour')
    const noValue = await run('query', 'dataasset', 'asset', 'x', '--node')
    expect(noValue.err).toContain('--node needs a value')
    const badEps = await run(
      'tx',
      'dataasset',
      'set-privacy-policy',
      'a',
      '--from',
      'k',
      '--epsilon-total',
      '1.1234567',
    )
    expect([badEps.code, badEps.err]).toEqual([2, expect.stringContaining('at most 6 decimals')])
    const badState = await run('query', 'dataasset', 'by-state', 'sleeping')
    expect(badState.err).toContain('one of active, ordering-paused')
    expect((await run('query', 'dataasset', 'params', '--output', 'xml')).code).toBe(2)
  })

  it('manages keys in a keyring file readable only by its owner', async () => {
    const kr = join(dir, 'keyring.json')
    const added = await run('keys', 'add', 'alice', '--keyring-file', kr)
    expect(added.code, added.err).toBe(0)
    const alice = JSON.parse(added.out)
    expect(alice.address).toMatch(/^datum1/)
    expect(alice.mnemonic.split(' ')).toHaveLength(24)
    expect(statSync(kr).mode & 0o777).toBe(0o600)
    const mfile = join(dir, 'm.txt')
    writeFileSync(mfile, `${alice.mnemonic}\n`)
    const dup = await run('keys', 'add', 'alice', '--keyring-file', kr)
    expect([dup.code, dup.err]).toEqual([1, expect.stringContaining('KEY_EXISTS')])
    const bob = JSON.parse(
      (await run('keys', 'add', 'bob', '--keyring-file', kr, '--mnemonic-file', mfile)).out,
    )
    expect(bob.address).toBe(alice.address)
    const table = await run('keys', 'list', '--keyring-file', kr, '--output', 'table')
    expect(table.out).toMatch(/NAME\s+ADDRESS/)
    expect(table.out).toContain('bob')
    expect(JSON.parse((await run('keys', 'show', 'alice', '--keyring-file', kr)).out).address).toBe(
      alice.address,
    )
    expect((await run('keys', 'delete', 'bob', '--keyring-file', kr)).code).toBe(0)
    expect((await run('keys', 'show', 'bob', '--keyring-file', kr)).code).toBe(1)
    expect((await run('keys', 'add', 'x', '--keyring-file', kr, '--mnemonic-file', kr)).err).toContain(
      'INVALID_MNEMONIC',
    )
  })

  it('publishes a directory (dry run): stable content hash, decryptable only with the key', async () => {
    const data = join(dir, 'dataset')
    mkdirSync(join(data, 'sub'), { recursive: true })
    writeFileSync(join(data, 'a.csv'), 'x,y\n1,2\n')
    writeFileSync(join(data, 'sub', 'b.csv'), 'z\n3\n')
    const out = join(dir, 'store')
    const keyFile = join(dir, 'ds.key.json')
    const pub = await run('asset', 'publish', data, '--out-dir', out, '--key-file', keyFile, '--dry-run')
    expect(pub.code, pub.err).toBe(0)
    const res = JSON.parse(pub.out)
    expect(res.content_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(res.files).toBe(2)
    expect(res.storage_uri).toBe(`file://${out}/${res.content_hash}.datum.enc`)
    expect(statSync(keyFile).mode & 0o777).toBe(0o600)
    const pkg = join(out, `${res.content_hash}.datum.enc`)
    expect(readFileSync(pkg).includes(Buffer.from('x,y'))).toBe(false)

    const again = await run('asset', 'publish', data, '--out-dir', out, '--key-file', keyFile, '--dry-run')
    expect([again.code, again.err]).toEqual([1, expect.stringContaining('KEY_FILE_EXISTS')])
    const clash = await run(
      'asset',
      'publish',
      data,
      '--out-dir',
      out,
      '--key-file',
      join(dir, 'k1.json'),
      '--dry-run',
    )
    expect([clash.code, clash.err]).toEqual([1, expect.stringContaining('PACKAGE_EXISTS')])
    const out2 = join(dir, 'store2')
    const other = await run(
      'asset',
      'publish',
      data,
      '--out-dir',
      out2,
      '--key-file',
      join(dir, 'k2.json'),
      '--dry-run',
    )
    expect(JSON.parse(other.out).content_hash).toBe(res.content_hash) // same data, same hash

    const restored = join(dir, 'restored')
    const dec = await run('asset', 'decrypt', pkg, '--key-file', keyFile, '--out-dir', restored)
    expect(dec.code, dec.err).toBe(0)
    expect(readFileSync(join(restored, 'sub', 'b.csv'), 'utf8')).toBe('z\n3\n')
    const wrongKey = await run(
      'asset',
      'decrypt',
      pkg,
      '--key-file',
      join(dir, 'k2.json'),
      '--out-dir',
      join(dir, 'r2'),
    )
    expect([wrongKey.code, wrongKey.err]).toEqual([1, expect.stringContaining('DECRYPT_FAILED')])
    const bytes = readFileSync(pkg)
    bytes[bytes.length - 20]! ^= 1
    writeFileSync(pkg, bytes)
    const tampered = await run('asset', 'decrypt', pkg, '--key-file', keyFile, '--out-dir', join(dir, 'r3'))
    expect(tampered.err).toContain('DECRYPT_FAILED')
  })

  it('refuses to publish without a destination and to register without --from/--terms', async () => {
    const f = join(dir, 'one.csv')
    writeFileSync(f, 'a\n')
    expect((await run('asset', 'publish', f, '--key-file', join(dir, 'k3.json'))).err).toContain(
      'exactly one of --out-dir or --put-url',
    )
    const noFrom = await run('asset', 'publish', f, '--key-file', join(dir, 'k3.json'), '--out-dir', dir)
    expect([noFrom.code, noFrom.err]).toEqual([2, expect.stringContaining('--from and --terms are required')])
    expect(
      (
        await run(
          'asset',
          'publish',
          join(dir, 'missing'),
          '--key-file',
          join(dir, 'k4.json'),
          '--out-dir',
          dir,
          '--dry-run',
        )
      ).err,
    ).toContain('INPUT_NOT_FOUND')
  })

  it('reports an unreachable node with exit 1', async () => {
    const port = await deadPort()
    const r = await run('query', 'dataasset', 'params', '--node', `http://127.0.0.1:${port}`)
    expect([r.code, r.err]).toEqual([1, expect.stringContaining('NODE_UNREACHABLE')])
  })

  it('runs as an executable through the package.json bin launcher', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(import.meta.dirname, 'bin.mjs'), 'keys', '--help'],
      { timeout: 30_000 },
    )
    expect(stdout).toContain('datum keys <command>')
  })
})
