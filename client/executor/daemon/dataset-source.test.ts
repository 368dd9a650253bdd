import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encryptPackage, newKey } from '../../cli/publish/encrypt.js'
import { buildManifest } from '../../cli/publish/manifest.js'
import { storeInDirectory } from '../../cli/publish/storage.js'
import { JobFault } from '../faults.js'
import { DatasetSource } from './dataset-source.js'

let dir: string
let uri: string
let contentHash: string
const key = newKey()
const server = Fastify()

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'datum-ds-'))
  mkdirSync(join(dir, 'src'))
  writeFileSync(join(dir, 'src/visits.csv'), 'age\n30\n40\n')
  writeFileSync(join(dir, 'src/readme.txt'), 'not data')
  const built = await buildManifest(join(dir, 'src'))
  contentHash = built.contentHash
  await encryptPackage(built, key, join(dir, 'pkg.tmp'))
  uri = await storeInDirectory(join(dir, 'pkg.tmp'), join(dir, 'store'), contentHash)
  server.get('/pkg', async (_q, reply) => reply.send(readFileSync(fileURLToPath(uri))))
  await server.listen({ host: '127.0.0.1', port: 0 })
})

afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

const port = () => (server.server.address() as { port: number }).port
const fresh = () => new DatasetSource(mkdtempSync(join(dir, 'data-')))

describe('DatasetSource', () => {
  it('opens a file:// package with the granted key and returns the only CSV', async () => {
    expect(await fresh().csv({ contentHash, storageUri: uri }, key)).toBe('age\n30\n40\n')
  })

  it('downloads over http, caches by content hash, and reads a named file', async () => {
    const src = fresh()
    const ref = { contentHash, storageUri: `http://127.0.0.1:${port()}/pkg` }
    expect(await src.csv(ref, key, 'visits.csv')).toContain('age')
    await server.close()
    expect(await src.csv(ref, key)).toContain('30') // from the cache: the server is gone
  })

  it('refuses a wrong key, a content hash the chain does not name, a missing file or uri scheme', async () => {
    const src = fresh()
    await expect(src.csv({ contentHash, storageUri: uri }, newKey())).rejects.toThrow(/cannot decrypt/)
    const other = 'ab'.repeat(32)
    // the package opens but is not the asset's content: the owner's fault, reported on chain as DATA
    const mismatch = await src.csv({ contentHash: other, storageUri: uri }, key).catch((e) => e)
    expect(mismatch).toBeInstanceOf(JobFault)
    expect(mismatch).toMatchObject({ faultClass: 'DATA' })
    expect(mismatch.reason).toContain(contentHash)
    await expect(src.csv({ contentHash, storageUri: uri }, key, 'nope.csv')).rejects.toMatchObject({
      code: 'NO_CSV',
    })
    await expect(src.csv({ contentHash: other, storageUri: 'ftp://x/y' }, key)).rejects.toMatchObject({
      code: 'UNSUPPORTED_URI',
    })
    await expect(
      src.csv({ contentHash: 'cd'.repeat(32), storageUri: 'http://127.0.0.1:1/none' }, key),
    ).rejects.toMatchObject({ code: 'FETCH_FAILED' })
  })

  it('drops a cached package that fails to open, so a fixed upload is fetched again', async () => {
    const data = mkdtempSync(join(dir, 'data-'))
    const src = new DatasetSource(data)
    await expect(src.csv({ contentHash, storageUri: uri }, newKey())).rejects.toThrow()
    expect(existsSync(join(data, 'packages', `${contentHash}.datum.enc`))).toBe(false)
    expect(await src.csv({ contentHash, storageUri: uri }, key)).toContain('40')
  })
})
