// The daemon's grants come from the chain: it opens the data key wrapped to its own registered key, ignores a
// grant wrapped to another key, and when a grant or the asset's consent is revoked it deletes the cached
// package and logs it once.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { describe, expect, it } from 'vitest'
import { AssetState, type ExecutorGrant } from '../../../proto/gen/datum/dataasset/v1/index.js'
import { encryptTo } from '../ecies.js'
import { DatasetSource } from './dataset-source.js'
import { type GrantChain, Grants } from './grants.js'

const sk = secp256k1.utils.randomSecretKey()
const pub = secp256k1.getPublicKey(sk, true)
const pubHex = Buffer.from(pub).toString('hex')
const assetId = 'ab'.repeat(32)
const contentHash = 'cd'.repeat(32)
const dataKey = new Uint8Array(32).fill(9)

function world() {
  const grant = (over: Partial<ExecutorGrant> = {}): ExecutorGrant => ({
    assetId,
    executor: 'me',
    encryptionKey: pubHex,
    wrappedKey: encryptTo(pub, dataKey),
    grantedAt: 1n,
    grantedHeight: 1n,
    ...over,
  })
  const state = { grants: [grant()], asset: AssetState.ASSET_STATE_ACTIVE as AssetState }
  const chain: GrantChain = {
    grantsByExecutor: async () => state.grants,
    asset: async () => ({ state: state.asset, contentHash }),
  }
  const dir = mkdtempSync(join(tmpdir(), 'datum-grants-'))
  mkdirSync(join(dir, 'packages'))
  const pkg = join(dir, 'packages', `${contentHash}.datum.enc`)
  writeFileSync(pkg, 'cached')
  const logs: { event: string; fields?: Record<string, unknown> }[] = []
  const grants = new Grants(chain, 'me', pubHex, sk, new DatasetSource(dir), (event, fields) =>
    logs.push({ event, fields }),
  )
  return { state, grant, grants, pkg, logs }
}

describe('Grants (from the chain)', () => {
  it('opens the data key wrapped to its registered key, and nothing else', async () => {
    const w = world()
    expect(w.grants.has(assetId)).toBe(false)
    await w.grants.refresh()
    expect(w.grants.has(assetId)).toBe(true)
    expect([...w.grants.dataKey(assetId)]).toEqual([...dataKey])
    expect(w.grants.has('ef'.repeat(32))).toBe(false)
    expect(() => w.grants.dataKey('ef'.repeat(32))).toThrow(expect.objectContaining({ code: 'NO_GRANT' }))
    const other = secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true)
    w.state.grants = [w.grant({ wrappedKey: encryptTo(other, dataKey) })]
    await w.grants.refresh()
    expect(() => w.grants.dataKey(assetId)).toThrow(expect.objectContaining({ code: 'BAD_GRANT' }))
    // A grant wrapped to a key this executor no longer registers is not live.
    w.state.grants = [w.grant({ encryptionKey: `03${'11'.repeat(32)}` })]
    await w.grants.refresh()
    expect(w.grants.has(assetId)).toBe(false)
  })

  it('a revoked grant deletes the cached package and logs it once', async () => {
    const w = world()
    await w.grants.refresh()
    w.state.grants = []
    await w.grants.refresh()
    await w.grants.refresh()
    expect(existsSync(w.pkg)).toBe(false)
    expect(w.logs).toEqual([{ event: 'grant-revoked', fields: { assetId, deletedPackages: [contentHash] } }])
    expect(w.grants.has(assetId)).toBe(false)
  })

  it('a revoked asset (consent withdrawn) deletes the cached package and logs it once', async () => {
    const w = world()
    await w.grants.refresh()
    w.state.asset = AssetState.ASSET_STATE_REVOKED
    await w.grants.refresh()
    await w.grants.refresh()
    expect(existsSync(w.pkg)).toBe(false)
    expect(w.logs.map((l) => l.event)).toEqual(['consent-revoked'])
    expect(w.grants.has(assetId)).toBe(false)
  })
})
