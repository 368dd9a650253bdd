import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseGenesis } from '../../modules/attestation/genesis.js'
import { initHome } from './init-home.js'

const dir = mkdtempSync(join(tmpdir(), 'datum-init-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('initHome', () => {
  it('makes the dev account the attestation auditor and arbiter of a development home', async () => {
    const dev = await initHome({ home: join(dir, 'dev'), devAccount: true })
    const att = parseGenesis(dev.genesis.appState.attestation)
    expect(att.params?.auditors).toEqual([dev.devAccount!.address])
    expect(att.params?.arbiters).toEqual([dev.devAccount!.address])
    const plain = await initHome({ home: join(dir, 'plain') })
    expect(parseGenesis(plain.genesis.appState.attestation).params?.auditors).toEqual([])
  })
})
