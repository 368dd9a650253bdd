// The package store behind the publish page: only well-named encrypted packages are accepted, a stored one is
// never replaced, and what is stored is served back byte for byte where the CLI's --out-dir would keep it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify from 'fastify'
import { afterAll, describe, expect, it } from 'vitest'
import { packagePath } from '../cli/publish/decrypt.js'
import { servePackages } from './packages.js'
import { encryptCsv } from './src/crypto/package.js'

const dir = mkdtempSync(join(tmpdir(), 'datum-web-packages-'))
const app = Fastify({ bodyLimit: 1024 })
servePackages(app, dir)
afterAll(async () => {
  await app.close()
  rmSync(dir, { recursive: true, force: true })
})
const put = (name: string, body: Uint8Array) =>
  app.inject({
    method: 'PUT',
    url: `/packages/${name}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: Buffer.from(body),
  })

describe('the web package store', () => {
  it('stores an encrypted package under its content hash, serves it back and never replaces it', async () => {
    // larger than the API's 1 kB body limit: the route has its own
    const pkg = await encryptCsv('big.csv', new TextEncoder().encode(`v\n${'1\n'.repeat(4000)}`))
    const name = `${pkg.contentHash}.datum.enc`
    expect((await put(name, pkg.bytes)).statusCode).toBe(201)
    expect(readFileSync(packagePath(dir, pkg.contentHash))).toEqual(Buffer.from(pkg.bytes))
    const got = await app.inject({ method: 'GET', url: `/packages/${name}` })
    expect([got.statusCode, Buffer.compare(got.rawPayload, Buffer.from(pkg.bytes))]).toEqual([200, 0])
    const again = await encryptCsv('big.csv', new TextEncoder().encode(`v\n${'1\n'.repeat(4000)}`))
    expect(again.contentHash).toBe(pkg.contentHash)
    expect((await put(name, again.bytes)).statusCode).toBe(409)
    expect(readFileSync(packagePath(dir, pkg.contentHash))).toEqual(Buffer.from(pkg.bytes))
  })

  it('refuses plaintext, bad names and unknown packages', async () => {
    const plain = new TextEncoder().encode('id,age\n1,2\n'.repeat(10))
    const name = `${'ab'.repeat(32)}.datum.enc`
    expect((await put(name, plain)).statusCode).toBe(400)
    expect(existsSync(packagePath(dir, 'ab'.repeat(32)))).toBe(false)
    const pkg = await encryptCsv('x.csv', plain)
    expect((await put('../escape.datum.enc', pkg.bytes)).statusCode).toBe(404)
    expect((await put('x.datum.enc', pkg.bytes)).statusCode).toBe(400)
    expect(
      (await app.inject({ method: 'GET', url: `/packages/${'cd'.repeat(32)}.datum.enc` })).statusCode,
    ).toBe(404)
  })
})
