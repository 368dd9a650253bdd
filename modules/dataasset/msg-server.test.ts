import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { dataAssetErrors as E } from './errors.js'
import { dataAssetInvariants } from './invariants.js'
import {
  digest,
  type Harness,
  harness,
  hash,
  other,
  owner,
  registerAssetMsg,
  seed,
  TERMS,
  third,
} from './test-env.js'

const S = T.AssetState
let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  for (const inv of dataAssetInvariants(h.keeper)) expect(inv.check(h.ctx()), inv.name).toBeUndefined()
  await h.cleanup()
})

const asset = (id: string) => h.keeper.requireAsset(h.ctx(), id)
const eventTypes = () =>
  h
    .ctx()
    .events.events()
    .map((e) => e.type)

describe('MsgRegisterLicenseTerms', () => {
  it('is content-addressed: the same terms in any order return the same id, created once', () => {
    const a = h.run(
      'MsgRegisterLicenseTerms',
      { creator: owner, terms: TERMS },
      T.MsgRegisterLicenseTermsResponse,
    )
    const reordered = { ...TERMS, purposes: [...TERMS.purposes!].reverse(), jurisdictions: ['FR', 'DE'] }
    const b = h.run(
      'MsgRegisterLicenseTerms',
      { creator: other, terms: reordered },
      T.MsgRegisterLicenseTermsResponse,
    )
    expect(a).toEqual({ id: b.id, created: true })
    expect(b.created).toBe(false)
    expect(a.id).toMatch(/^[0-9a-f]{64}$/)
    expect(eventTypes().filter((t) => t === 'datum.dataasset.v1.EventLicenseTermsRegistered')).toHaveLength(1)
  })

  it('rejects empty purposes, a preset id, unknown ownership and bad jurisdictions', () => {
    expect(
      h.fail('MsgRegisterLicenseTerms', { creator: owner, terms: { ...TERMS, purposes: [] } }).code,
    ).toBe(8)
    expect(h.fail('MsgRegisterLicenseTerms', { creator: owner, terms: { ...TERMS, id: hash(5) } }).code).toBe(
      8,
    )
    expect(
      h.fail('MsgRegisterLicenseTerms', { creator: owner, terms: { ...TERMS, outputOwnership: 0 } }).code,
    ).toBe(8)
    const dup = { ...TERMS, purposes: [1, 1] }
    expect(h.fail('MsgRegisterLicenseTerms', { creator: owner, terms: dup }).message).toMatch(/listed twice/)
    const bad = h.fail('MsgRegisterLicenseTerms', {
      creator: owner,
      terms: { ...TERMS, jurisdictions: ['XX'] },
    })
    expect(E.invalidRegion.is(bad)).toBe(true)
    expect(h.fail('MsgRegisterLicenseTerms', { creator: 'cosmos1xyz', terms: TERMS }).code).toBe(5)
  })
})

describe('MsgRegisterAsset', () => {
  it('stores an ACTIVE version-1 asset with a deterministic id, budget and event', () => {
    const { assetId, termsId } = seed(h)
    const a = asset(assetId)
    expect(a).toMatchObject({
      owner,
      version: 1,
      state: S.ASSET_STATE_ACTIVE,
      contentHash: hash(1),
      licenseTermsId: termsId,
    })
    expect(a.createdHeight).toBe(1n)
    expect(a.createdAt).toBe(1_700_000_000n)
    expect(h.keeper.getBudget(h.ctx(), assetId, 1)).toMatchObject({
      totalMicro: 10_000_000n,
      reservedMicro: 0n,
    })
    const ev = h
      .ctx()
      .events.events()
      .find((e) => e.type === 'datum.dataasset.v1.EventAssetRegistered')!
    expect(ev.attributes.find((x) => x.key === 'id')!.value).toBe(JSON.stringify(assetId))
    expect(ev.attributes.find((x) => x.key === 'tags')!.value).toBe('["health","counts"]')
  })

  it('rejects a content hash a live asset already holds, unknown terms, and bad hashes', () => {
    const { termsId } = seed(h)
    expect(E.contentHashTaken.is(h.fail('MsgRegisterAsset', registerAssetMsg(termsId)))).toBe(true)
    expect(
      E.licenseTermsNotFound.is(
        h.fail('MsgRegisterAsset', registerAssetMsg(hash(77), { contentHash: hash(2) })),
      ),
    ).toBe(true)
    expect(
      E.invalidHash.is(h.fail('MsgRegisterAsset', registerAssetMsg(termsId, { contentHash: 'ABC' }))),
    ).toBe(true)
  })

  it('rejects contributor weights that do not sum to 10000, duplicates and zero weights', () => {
    const { termsId } = seed(h)
    const msg = (contributors: T.ContributorInput[]) =>
      registerAssetMsg(termsId, { contentHash: hash(2), contributors })
    expect(h.fail('MsgRegisterAsset', msg([{ address: owner, weightBps: 9999 }])).message).toMatch(
      /sum to 9999/,
    )
    const dup = [
      { address: owner, weightBps: 5000 },
      { address: owner, weightBps: 5000 },
    ]
    expect(h.fail('MsgRegisterAsset', msg(dup)).message).toMatch(/duplicate contributor/)
    const zero = [
      { address: owner, weightBps: 10000 },
      { address: other, weightBps: 0 },
    ]
    expect(E.invalidContributors.is(h.fail('MsgRegisterAsset', msg(zero)))).toBe(true)
    // an empty list means the owner takes everything
    h.run('MsgRegisterAsset', msg([]))
  })

  it('enforces string and list limits, regions and the privacy policy shape', () => {
    const { termsId } = seed(h)
    const m = (over: Partial<T.MsgRegisterAssetInput>) =>
      registerAssetMsg(termsId, { contentHash: hash(2), ...over })
    const meta = registerAssetMsg(termsId).metadata!
    expect(h.fail('MsgRegisterAsset', m({ metadata: { ...meta, name: '' } })).message).toMatch(
      /metadata.name is empty/,
    )
    const long = 'x'.repeat(2049)
    expect(h.fail('MsgRegisterAsset', m({ metadata: { ...meta, description: long } })).code).toBe(5)
    const tags = Array.from({ length: 17 }, (_, i) => `t${i}`)
    expect(E.limitExceeded.is(h.fail('MsgRegisterAsset', m({ metadata: { ...meta, tags } })))).toBe(true)
    expect(h.fail('MsgRegisterAsset', m({ metadata: { ...meta, tags: ['a', 'a'] } })).message).toMatch(
      /twice/,
    )
    expect(h.fail('MsgRegisterAsset', m({ storage: undefined })).message).toMatch(/storage is required/)
    const regions = { allowedRegions: ['DE', 'XX'], requireAuditedRegion: false }
    expect(E.invalidRegion.is(h.fail('MsgRegisterAsset', m({ residencyPolicy: regions })))).toBe(true)
    const privacy = { epsilonTotalMicro: 5n, epsilonPerJobMaxMicro: 6n, deltaNano: 0n }
    expect(E.invalidEpsilon.is(h.fail('MsgRegisterAsset', m({ privacyPolicy: privacy })))).toBe(true)
    // a negative number wraps to a huge uint64 on the wire and is refused as overflowing
    const negative = { epsilonTotalMicro: -1n, epsilonPerJobMaxMicro: 0n, deltaNano: 0n }
    expect(E.invalidEpsilon.is(h.fail('MsgRegisterAsset', m({ privacyPolicy: negative })))).toBe(true)
    const policy = registerAssetMsg(termsId).computePolicy!
    expect(h.fail('MsgRegisterAsset', m({ computePolicy: { ...policy, minExecutors: 0 } })).code).toBe(5)
    const badAlgo = { ...policy, algorithmAllowlist: [{ codeHash: hash(1), imageDigest: 'latest' }] }
    expect(E.invalidHash.is(h.fail('MsgRegisterAsset', m({ computePolicy: badAlgo })))).toBe(true)
  })
})

describe('asset lifecycle messages', () => {
  it('MsgUpdateMetadata replaces metadata and moves tag indexes', () => {
    const { assetId } = seed(h)
    const metadata = { name: 'renamed', tags: ['fresh'], uri: 'ipfs://meta', hash: hash(9) }
    h.run('MsgUpdateMetadata', { owner, assetId, metadata })
    expect(asset(assetId).metadata).toMatchObject(metadata)
    expect(eventTypes()).toContain('datum.dataasset.v1.EventAssetMetadataUpdated')
    expect(E.assetNotFound.is(h.fail('MsgUpdateMetadata', { owner, assetId: hash(404), metadata }))).toBe(
      true,
    )
  })

  it('MsgPublishVersion carries the remaining budget (lower, never higher) and never frees an old content hash', () => {
    const { assetId, termsId } = seed(h)
    h.keeper.reserveEpsilon(h.ctx(), assetId, 1, 400n)
    h.keeper.spendEpsilon(h.ctx(), assetId, 1, 400n, 300n)
    h.keeper.reserveEpsilon(h.ctx(), assetId, 1, 500n)
    const storage = { uri: 'https://store.example/v2.enc', encryptionScheme: 'aes-256-gcm' }
    const policy = asset(assetId).privacyPolicy!
    // 10_000_000 total − 300 spent − 500 reserved = 9_999_200 left: asking for one more is refused
    const raise = {
      owner,
      assetId,
      contentHash: hash(2),
      storage,
      privacyPolicy: { ...policy, epsilonTotalMicro: 9_999_201n },
    }
    const before = h.state()
    expect(E.privacyBudgetIncrease.is(h.fail('MsgPublishVersion', raise))).toBe(true)
    expect(h.state()).toBe(before)
    const r = h.run(
      'MsgPublishVersion',
      { owner, assetId, contentHash: hash(2), storage },
      T.MsgPublishVersionResponse,
    )
    expect(r.version).toBe(2)
    expect(asset(assetId)).toMatchObject({ version: 2, contentHash: hash(2), storage })
    expect(h.keeper.getBudget(h.ctx(), assetId, 2).totalMicro).toBe(9_999_200n)
    expect(asset(assetId).privacyPolicy!.epsilonTotalMicro).toBe(9_999_200n)
    // v1 keeps only what its rights hold: spent + reserved, nothing left to sell twice
    expect(h.keeper.getBudget(h.ctx(), assetId, 1)).toMatchObject({
      totalMicro: 800n,
      reservedMicro: 500n,
      spentMicro: 300n,
    })
    // the owner may lower it
    const lower = {
      owner,
      assetId,
      contentHash: hash(3),
      storage,
      privacyPolicy: { ...policy, epsilonTotalMicro: 5_000_000n },
    }
    h.run('MsgPublishVersion', lower)
    expect(h.keeper.getBudget(h.ctx(), assetId, 3).totalMicro).toBe(5_000_000n)
    const same = { owner, assetId, contentHash: hash(3), storage }
    expect(h.fail('MsgPublishVersion', same).message).toMatch(/same as the current/)
    // an earlier version's content never comes back with a fresh budget, in this asset or a new one
    expect(E.contentHashUsed.is(h.fail('MsgPublishVersion', { ...same, contentHash: hash(1) }))).toBe(true)
    expect(
      E.contentHashUsed.is(h.fail('MsgRegisterAsset', registerAssetMsg(termsId, { contentHash: hash(1) }))),
    ).toBe(true)
  })

  it('revoked or burned content cannot be registered again for a fresh budget', () => {
    const { assetId, termsId } = seed(h)
    h.run('MsgSetAssetState', { owner, assetId, state: S.ASSET_STATE_REVOKED })
    const again = registerAssetMsg(termsId, { contentHash: asset(assetId).contentHash })
    const before = h.state()
    expect(E.contentHashUsed.is(h.fail('MsgRegisterAsset', again))).toBe(true)
    expect(h.state()).toBe(before)
    h.run('MsgBurnAsset', { owner, assetId })
    expect(E.contentHashUsed.is(h.fail('MsgRegisterAsset', again))).toBe(true)
  })

  it('MsgSetAssetState follows the state machine and needs a live successor to deprecate', () => {
    const { assetId, termsId } = seed(h)
    const set = (state: number, extra = {}) => ({ owner, assetId, state, ...extra })
    h.run('MsgSetAssetState', set(S.ASSET_STATE_ORDERING_PAUSED, { reason: 'maintenance' }))
    h.run('MsgSetAssetState', set(S.ASSET_STATE_ACTIVE))
    h.run('MsgSetAssetState', set(S.ASSET_STATE_UNLISTED))
    expect(h.fail('MsgSetAssetState', set(S.ASSET_STATE_END_OF_LIFE)).message).toMatch(
      /UNLISTED -> ASSET_STATE_END/,
    )
    h.run('MsgSetAssetState', set(S.ASSET_STATE_ACTIVE))
    h.run('MsgSetAssetState', set(S.ASSET_STATE_END_OF_LIFE))
    expect(E.invalidStateTransition.is(h.fail('MsgSetAssetState', set(S.ASSET_STATE_ACTIVE)))).toBe(true)
    expect(h.fail('MsgSetAssetState', set(S.ASSET_STATE_DEPRECATED)).code).toBe(2) // successor required
    expect(h.fail('MsgSetAssetState', set(S.ASSET_STATE_DEPRECATED, { supersededBy: assetId })).code).toBe(5)
    expect(h.fail('MsgSetAssetState', set(S.ASSET_STATE_REVOKED, { supersededBy: assetId })).code).toBe(5)
    const { id: next } = h.run(
      'MsgRegisterAsset',
      registerAssetMsg(termsId, { contentHash: hash(2) }),
      T.MsgRegisterAssetResponse,
    )
    h.run('MsgSetAssetState', set(S.ASSET_STATE_DEPRECATED, { supersededBy: next }))
    expect(asset(assetId).supersededBy).toBe(next)
    h.run('MsgSetAssetState', set(S.ASSET_STATE_REVOKED, { reason: 'consent withdrawn' }))
    expect(h.keeper.assets.idByContentHash(h.ctx(), hash(1))).toBeUndefined()
    expect(E.assetRevoked.is(h.fail('MsgUpdateMetadata', { owner, assetId, metadata: { name: 'x' } }))).toBe(
      true,
    )
    expect(h.fail('MsgSetAssetState', set(0)).code).toBe(5)
    const ev = h
      .ctx()
      .events.events()
      .filter((e) => e.type === 'datum.dataasset.v1.EventAssetStateChanged')
      .pop()!
    expect(ev.attributes.find((a) => a.key === 'to')!.value).toBe('"ASSET_STATE_REVOKED"')
  })

  it('calls state hooks, so computeright can refund on revocation', () => {
    const { assetId } = seed(h)
    const seen: string[] = []
    h.keeper.addHooks({ afterAssetStateChanged: (_ctx, a, from) => seen.push(`${from}->${a.state}`) })
    h.run('MsgSetAssetState', { owner, assetId, state: S.ASSET_STATE_REVOKED })
    expect(seen).toEqual(['1->6'])
  })

  it('MsgSetContributors replaces contributors under the same rules', () => {
    const { assetId } = seed(h)
    const contributors = [{ address: third, weightBps: 10000 }]
    h.run('MsgSetContributors', { owner, assetId, contributors })
    expect(asset(assetId).contributors).toEqual(contributors)
    const bad = { owner, assetId, contributors: [{ address: third, weightBps: 10001 }] }
    expect(E.invalidContributors.is(h.fail('MsgSetContributors', bad))).toBe(true)
  })

  it('MsgTransferAsset moves ownership only when transferable', () => {
    const { assetId, termsId } = seed(h)
    h.run('MsgTransferAsset', { owner, assetId, recipient: other })
    expect(asset(assetId).owner).toBe(other)
    expect(E.unauthorized.is(h.fail('MsgTransferAsset', { owner, assetId, recipient: third }))).toBe(true)
    expect(h.fail('MsgTransferAsset', { owner: other, assetId, recipient: other }).message).toMatch(
      /already owns/,
    )
    const locked = registerAssetMsg(termsId, { contentHash: hash(2), transferable: false })
    const { id } = h.run('MsgRegisterAsset', locked, T.MsgRegisterAssetResponse)
    expect(E.notTransferable.is(h.fail('MsgTransferAsset', { owner, assetId: id, recipient: other }))).toBe(
      true,
    )
  })

  it('MsgBurnAsset removes the asset unless a hook reports live rights or jobs', () => {
    const { assetId } = seed(h)
    let live = true
    h.keeper.addHooks({ hasLiveRightsOrJobs: (_ctx, id) => live && id === assetId })
    expect(E.liveRightsOrJobs.is(h.fail('MsgBurnAsset', { owner, assetId }))).toBe(true)
    live = false
    h.run('MsgBurnAsset', { owner, assetId })
    expect(h.keeper.getAsset(h.ctx(), assetId)).toBeUndefined()
    expect(h.keeper.assets.idByContentHash(h.ctx(), hash(1))).toBeUndefined()
    expect([...h.keeper.ledger.budgets(h.ctx(), assetId)]).toEqual([])
    expect(eventTypes()).toContain('datum.dataasset.v1.EventAssetBurned')
  })

  it('refuses every owner-only Msg from another signer, with no state change', () => {
    const { assetId } = seed(h)
    const storage = { uri: 'u', encryptionScheme: 'aes-256-gcm' }
    const msgs: [string, object][] = [
      ['MsgUpdateMetadata', { metadata: { name: 'x' } }],
      ['MsgPublishVersion', { contentHash: hash(3), storage }],
      ['MsgSetAssetState', { state: S.ASSET_STATE_UNLISTED }],
      ['MsgSetContributors', { contributors: [] }],
      ['MsgSetComputePolicy', { computePolicy: { minExecutors: 1 } }],
      ['MsgSetPrivacyPolicy', { privacyPolicy: { epsilonTotalMicro: 1n } }],
      ['MsgSetResidencyPolicy', { residencyPolicy: { allowedRegions: ['DE'] } }],
      ['MsgTransferAsset', { recipient: third }],
      ['MsgBurnAsset', {}],
    ]
    for (const [name, body] of msgs) {
      const e = h.fail(name, { owner: other, assetId, ...body })
      expect(E.unauthorized.is(e), `${name}: ${e.message}`).toBe(true)
    }
    for (const name of ['MsgAllowAlgorithm', 'MsgDisallowAlgorithm']) {
      const body = {
        sender: other,
        assetId,
        algorithm: { codeHash: hash(5), imageDigest: digest(6) },
        codeHash: hash(10),
        imageDigest: digest(11),
      }
      expect(E.unauthorized.is(h.fail(name, body))).toBe(true)
    }
  })
})
