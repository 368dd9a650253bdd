import { afterEach, describe, expect, it } from 'vitest'
import { makeTestContext } from '../../node/testing/test-context.js'
import { GenesisState } from '../../proto/gen/datum/dataasset/v1/index.js'
import { dataAssetErrors as E } from './errors.js'
import { DataAssetKeeper } from './keeper.js'
import { STORE_KEY } from './keys.js'
import { DataAssetModule } from './module.js'
import { type Harness, harness, hash, other, seed, third } from './test-env.js'

let h: Harness | undefined
afterEach(async () => {
  await h?.cleanup()
  h = undefined
})

async function populated(): Promise<unknown> {
  h = await harness()
  const { assetId } = seed(h)
  seed(h, { contentHash: hash(2) })
  h.keeper.reserveEpsilon(h.ctx(), assetId, 1, 100n)
  h.run('MsgPublishVersion', {
    owner: h.keeper.requireAsset(h.ctx(), assetId).owner,
    assetId,
    contentHash: hash(3),
    storage: { uri: 'u2', encryptionScheme: 'aes-256-gcm' },
  })
  h.keeper.appendUsage(h.ctx(), {
    assetId,
    jobId: 'j1',
    requester: other,
    codeHash: hash(10),
    executors: [third],
    feePaid: [{ denom: 'udatum', amount: '5' }],
  })
  return new DataAssetModule(h.keeper).exportGenesis(h.ctx())
}

describe('dataasset genesis', () => {
  it('round-trips: export(init(g)) == g, through JSON, indexes included', async () => {
    const g = JSON.parse(JSON.stringify(await populated()))
    const tc = await makeTestContext({ storeKeys: [STORE_KEY] })
    try {
      const module = new DataAssetModule(new DataAssetKeeper())
      module.validateGenesis(g)
      module.initGenesis(tc.ctx, g)
      expect(module.exportGenesis(tc.ctx)).toEqual(g)
      expect(module.keeper.assets.idByContentHash(tc.ctx, hash(3))).toBeDefined()
      for (const inv of module.invariants()) expect(inv.check(tc.ctx)).toBeUndefined()
      expect((g as { assets: { state: string }[] }).assets[0]!.state).toBe('ASSET_STATE_ACTIVE')
    } finally {
      await tc.cleanup()
    }
  })

  it('default genesis is valid', () => {
    const m = new DataAssetModule()
    m.validateGenesis(m.defaultGenesis())
    expect(GenesisState.fromJson(m.defaultGenesis()).params!.maxTags).toBe(16)
  })

  it('rejects inconsistent documents with invalid-genesis errors', async () => {
    const g = (await populated()) as Record<string, unknown[]> & { asset_sequence: string }
    const m = new DataAssetModule()
    const bad = (mut: (x: typeof g) => void) => {
      const copy = JSON.parse(JSON.stringify(g))
      mut(copy)
      try {
        m.validateGenesis(copy)
      } catch (e) {
        expect(E.invalidGenesis.is(e)).toBe(true)
        return (e as Error).message
      }
      throw new Error('accepted a bad genesis')
    }
    expect(
      bad((x) => ((x.license_terms![0] as { legal_text_uri: string }).legal_text_uri = 'changed')),
    ).toMatch(/do not hash/)
    expect(bad((x) => x.assets!.push(x.assets![0]))).toMatch(/listed twice/)
    expect(
      bad(
        (x) =>
          ((x.assets![1] as { content_hash: string }).content_hash = (
            x.assets![0] as { content_hash: string }
          ).content_hash),
      ),
    ).toMatch(/two live assets/)
    expect(bad((x) => ((x.budgets![0] as { spent_micro: string }).spent_micro = '99999999999'))).toMatch(
      /exceeds total/,
    )
    expect(bad((x) => ((x.usage_records![0] as { sequence: string }).sequence = '2'))).toMatch(/expected 1/)
    expect(bad((x) => (x.asset_sequence = '1'))).toMatch(/asset_sequence/)
    expect(bad((x) => (x.budgets = []))).toMatch(/no budget/)
    expect(bad((x) => ((x.assets![0] as { owner: string }).owner = 'bad'))).toMatch(/owner/)
    expect(bad((x) => ((x as unknown as { params: unknown }).params = { max_contributors: 0 }))).toMatch(
      /max_contributors/,
    )
    // Model assets (issue 16): a lineage with shares summing to 10^6, on MODEL assets only.
    const lineage = {
      job_id: '7',
      input_asset_ids: [hash(40), hash(41)],
      model_digest: hash(42),
      model_family: 2,
      royalty_bps: 1000,
      input_weights_ppm: [500_000, 500_000],
    }
    const asModel = (x: typeof g, l: object) =>
      Object.assign(x.assets![0] as object, { kind: 'ASSET_KIND_MODEL', lineage: l })
    const good = JSON.parse(JSON.stringify(g))
    asModel(good, lineage)
    m.validateGenesis(good)
    expect(bad((x) => asModel(x, { ...lineage, input_weights_ppm: [500_000, 499_999] }))).toMatch(/summing/)
    expect(bad((x) => asModel(x, { ...lineage, input_asset_ids: [hash(40), hash(40)] }))).toMatch(/distinct/)
    expect(bad((x) => Object.assign(x.assets![0] as object, { kind: 'ASSET_KIND_MODEL' }))).toMatch(/needs/)
    expect(bad((x) => Object.assign(x.assets![0] as object, { lineage }))).toMatch(/no lineage/)
  })
})
