// Owner-approved feature modules (issue 16): only the owner approves and revokes; bounds and limits are
// validated (lower ≤ upper, caps, one bound per feature); the approval survives genesis export/import.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { dataAssetErrors as E } from './errors.js'
import { parseGenesis } from './genesis.js'
import { dataAssetInvariants } from './invariants.js'
import { LIMITS } from './limits.js'
import { type Harness, harness, hash, other, owner, seed } from './test-env.js'

let h: Harness
let assetId: string
beforeEach(async () => {
  h = await harness()
  assetId = seed(h).assetId
})
afterEach(async () => {
  for (const inv of dataAssetInvariants(h.keeper)) expect(inv.check(h.ctx()), inv.name).toBeUndefined()
  await h.cleanup()
})

const moduleHash = hash(77)
const approve = (over: Partial<T.MsgApproveFeatureModuleInput> = {}): T.MsgApproveFeatureModuleInput => ({
  owner,
  assetId,
  moduleHash,
  featureCount: 2,
  bounds: [
    { lowerMicro: 0n, upperMicro: 1_000_000n },
    { lowerMicro: -5_000_000n, upperMicro: 5_000_000n },
  ],
  fuelPerRow: 100_000n,
  maxMemoryPages: 16,
  ...over,
})

describe('feature module approval', () => {
  it('the owner approves, the query lists it, the keeper reads it, revoke removes it', async () => {
    h.run('MsgApproveFeatureModule', approve())
    const m = h.keeper.featureModule(h.ctx(), assetId, moduleHash)!
    expect(m.featureCount).toBe(2)
    expect(m.bounds[1]).toEqual({ lowerMicro: -5_000_000n, upperMicro: 5_000_000n })
    expect(m.fuelPerRow).toBe(100_000n)
    expect(
      h
        .ctx()
        .events.events()
        .map((e) => e.type),
    ).toContain('datum.dataasset.v1.EventFeatureModuleApproved')
    h.run('MsgRevokeFeatureModule', { owner, assetId, moduleHash })
    expect(h.keeper.featureModule(h.ctx(), assetId, moduleHash)).toBeUndefined()
    expect(E.featureModuleNotFound.is(h.fail('MsgRevokeFeatureModule', { owner, assetId, moduleHash }))).toBe(
      true,
    )
  })

  it('only the owner may approve or revoke', () => {
    expect(E.unauthorized.is(h.fail('MsgApproveFeatureModule', approve({ owner: other })))).toBe(true)
    h.run('MsgApproveFeatureModule', approve())
    expect(E.unauthorized.is(h.fail('MsgRevokeFeatureModule', { owner: other, assetId, moduleHash }))).toBe(
      true,
    )
  })

  it('refuses bad bounds and limits with invalidFeatureModule, a bad hash with invalidHash', () => {
    const bad: Partial<T.MsgApproveFeatureModuleInput>[] = [
      { featureCount: 3 },
      { featureCount: 0, bounds: [] },
      {
        bounds: [
          { lowerMicro: 2n, upperMicro: 1n },
          { lowerMicro: 0n, upperMicro: 0n },
        ],
      },
      {
        bounds: [
          { lowerMicro: 0n, upperMicro: LIMITS.featureBoundMaxMicro + 1n },
          { lowerMicro: 0n, upperMicro: 0n },
        ],
      },
      { fuelPerRow: 0n },
      { fuelPerRow: LIMITS.featureFuelPerRowMax + 1n },
      { maxMemoryPages: 0 },
      { maxMemoryPages: LIMITS.featureMemoryPagesMax + 1 },
    ]
    for (const over of bad)
      expect(
        E.invalidFeatureModule.is(h.fail('MsgApproveFeatureModule', approve(over))),
        JSON.stringify(over, (_, v) => (typeof v === 'bigint' ? v.toString() : v)),
      ).toBe(true)
    expect(E.invalidHash.is(h.fail('MsgApproveFeatureModule', approve({ moduleHash: 'ab' })))).toBe(true)
  })

  it('caps approvals per asset by max_allowlist_entries', () => {
    h.keeper.assets.setParams(h.ctx(), { ...h.keeper.assets.params(h.ctx()), maxAllowlistEntries: 1 })
    h.run('MsgApproveFeatureModule', approve())
    h.run('MsgApproveFeatureModule', approve({ fuelPerRow: 5n })) // re-approving the same hash replaces it
    expect(E.limitExceeded.is(h.fail('MsgApproveFeatureModule', approve({ moduleHash: hash(78) })))).toBe(
      true,
    )
  })

  it('a burn removes the asset approvals (invariant D4 checks after every test)', () => {
    h.run('MsgApproveFeatureModule', approve())
    h.run('MsgBurnAsset', { owner, assetId })
    expect([...h.keeper.featureModules.all(h.ctx())]).toEqual([])
  })

  it('genesis exports and re-imports approvals and refuses invalid ones', () => {
    h.run('MsgApproveFeatureModule', approve())
    const json = JSON.parse(h.state())
    expect(json.feature_modules).toHaveLength(1)
    expect(parseGenesis(json).featureModules[0]!.moduleHash).toBe(moduleHash)
    const broken = structuredClone(json)
    broken.feature_modules[0].bounds[0].lower_micro = '5000000'
    expect(E.invalidGenesis.is(catchErr(() => parseGenesis(broken)))).toBe(true)
    const orphan = structuredClone(json)
    orphan.feature_modules[0].asset_id = hash(99)
    expect(E.invalidGenesis.is(catchErr(() => parseGenesis(orphan)))).toBe(true)
  })
})

function catchErr(f: () => unknown): unknown {
  try {
    f()
  } catch (e) {
    return e
  }
  return undefined
}
