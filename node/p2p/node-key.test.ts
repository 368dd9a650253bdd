import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadOrCreateNodeKey } from './node-key.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'datum-node-key-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('node key', () => {
  it('is created with mode 0600 and loads back as the same peer id', async () => {
    const path = join(dir, 'config', 'node_key')
    const created = await loadOrCreateNodeKey(path)
    expect((await stat(path)).mode & 0o777).toBe(0o600)
    const loaded = await loadOrCreateNodeKey(path)
    expect(peerIdFromPrivateKey(loaded).toString()).toBe(peerIdFromPrivateKey(created).toString())
    expect(created.type).toBe('Ed25519')
  })

  it('refuses a corrupt key file with NODE_KEY_INVALID', async () => {
    const path = join(dir, 'node_key')
    await writeFile(path, 'not a key')
    await expect(loadOrCreateNodeKey(path)).rejects.toMatchObject({ code: 'NODE_KEY_INVALID' })
  })
})
