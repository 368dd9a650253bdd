import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decryptPackage } from './decrypt.js'
import { encryptPackage, newKey } from './encrypt.js'
import { buildManifest, canonicalManifest } from './manifest.js'
import { storeByHttpPut } from './storage.js'

const dir = mkdtempSync(join(tmpdir(), 'datum-publish-'))
const uploads = new Map<string, Buffer>()
let server: Server
let base: string

beforeAll(async () => {
  server = createServer((req, res) => {
    const parts: Buffer[] = []
    req.on('data', (c: Buffer) => parts.push(c))
    req.on('end', () => {
      if (req.method !== 'PUT' || req.url === '/refuse') {
        res.writeHead(500).end()
        return
      }
      uploads.set(req.url!, Buffer.concat(parts))
      res.writeHead(201).end()
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(async () => {
  await new Promise((r) => server.close(r))
  rmSync(dir, { recursive: true, force: true })
})

describe('publish pieces', () => {
  it('hashes a canonical manifest: same files, same hash; any byte changed, another hash', async () => {
    const f = join(dir, 'rows.csv')
    writeFileSync(f, 'a,b\n1,2\n')
    const one = await buildManifest(f)
    expect(one.manifest.files).toEqual([
      { path: 'rows.csv', size: 8, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ])
    expect(new TextDecoder().decode(canonicalManifest(one.manifest))).toBe(
      `{"version":1,"files":[{"path":"rows.csv","size":8,"sha256":"${one.manifest.files[0]!.sha256}"}]}`,
    )
    expect((await buildManifest(f)).contentHash).toBe(one.contentHash)
    writeFileSync(f, 'a,b\n1,3\n')
    expect((await buildManifest(f)).contentHash).not.toBe(one.contentHash)
  })

  it('PUTs the encrypted package over HTTP and it decrypts back; refusals are errors', async () => {
    const f = join(dir, 'data.bin')
    writeFileSync(f, Buffer.alloc(300_000, 7))
    const built = await buildManifest(f)
    const key = newKey()
    const pkg = join(dir, 'pkg')
    await encryptPackage(built, key, pkg)
    expect(await storeByHttpPut(pkg, `${base}/ds/${built.contentHash}`)).toBe(
      `${base}/ds/${built.contentHash}`,
    )
    const uploaded = join(dir, 'uploaded')
    writeFileSync(uploaded, uploads.get(`/ds/${built.contentHash}`)!)
    const out = join(dir, 'out')
    const { contentHash } = await decryptPackage(uploaded, key, out)
    expect(contentHash).toBe(built.contentHash)
    await expect(storeByHttpPut(pkg, `${base}/refuse`)).rejects.toThrow(/answered 500/)
    await expect(storeByHttpPut(pkg, 'ftp://example.org/x')).rejects.toThrow(/must be http/)
  })

  it('streams a package of several files back (an empty one too); a tampered one leaves nothing behind', async () => {
    const src = join(dir, 'several')
    mkdirSync(join(src, 'sub'), { recursive: true })
    const big = Buffer.alloc(3 * 1024 * 1024 + 17)
    for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff
    writeFileSync(join(src, 'a.csv'), 'x\n1\n')
    writeFileSync(join(src, 'empty.txt'), '')
    writeFileSync(join(src, 'sub/big.bin'), big)
    const built = await buildManifest(src)
    const key = newKey()
    const pkg = join(dir, 'several.pkg')
    await encryptPackage(built, key, pkg)
    const out = join(dir, 'several-out')
    const { contentHash, manifest } = await decryptPackage(pkg, key, out)
    expect(contentHash).toBe(built.contentHash)
    expect(manifest.files.map((f) => f.path)).toEqual(['a.csv', 'empty.txt', 'sub/big.bin'])
    expect(readFileSync(join(out, 'a.csv'), 'utf8')).toBe('x\n1\n')
    expect(readFileSync(join(out, 'empty.txt')).length).toBe(0)
    expect(readFileSync(join(out, 'sub/big.bin')).equals(big)).toBe(true)
    // one flipped bit in the middle of the big file: refused at the tag, no file and no staging dir remain
    const bytes = readFileSync(pkg)
    bytes[Math.floor(bytes.length / 2)]! ^= 1
    writeFileSync(pkg, bytes)
    const bad = join(dir, 'tampered-out')
    await expect(decryptPackage(pkg, key, bad)).rejects.toMatchObject({ code: 'DECRYPT_FAILED' })
    expect(existsSync(bad)).toBe(false)
    await expect(decryptPackage(pkg, newKey(), bad)).rejects.toMatchObject({ code: 'DECRYPT_FAILED' })
    expect(existsSync(bad)).toBe(false)
  })
})
