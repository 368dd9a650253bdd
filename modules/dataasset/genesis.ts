// Genesis in proto JSON (`app_state.dataasset`, proto field names). Validation is pure; import writes every
// record through the stores (indexes included); export rebuilds the same document, so export(init(g)) == g.
import { AssetState, GenesisState, type Params } from '../../proto/gen/datum/dataasset/v1/index.js'
import type { Context } from '../sdk/index.js'
import { checkParamsLimits } from './asset-access.js'
import { DEFAULT_PARAMS } from './asset-store.js'
import { budgetProblem } from './budget.js'
import { dataAssetErrors as E } from './errors.js'
import { checkEncryptionKey, checkWrappedKey } from './grants.js'
import type { DataAssetKeeper } from './keeper.js'
import { withTermsId } from './license.js'
import { isLive } from './lifecycle.js'
import { LIMITS } from './limits.js'
import { lineageProblem } from './lineage.js'
import * as V from './validate.js'

export const defaultGenesis = (): GenesisState => GenesisState.fromPartial({ params: DEFAULT_PARAMS })

export function parseGenesis(json: unknown): GenesisState {
  let g: GenesisState
  try {
    g = GenesisState.fromJson(json ?? {})
  } catch (e) {
    throw E.invalidGenesis.wrap((e as Error).message)
  }
  try {
    validateGenesis(g)
  } catch (e) {
    throw E.invalidGenesis.wrap((e as Error).message)
  }
  return g
}

/** The params rules (list caps in 1..LIMITS); genesis and MsgUpdateParams both apply them. */
export function validateParams(p: Params): void {
  const caps: [string, number, number][] = [
    ['max_contributors', p.maxContributors, LIMITS.contributors],
    ['max_allowlist_entries', p.maxAllowlistEntries, LIMITS.allowlistEntries],
    ['max_regions', p.maxRegions, LIMITS.regions],
    ['max_tags', p.maxTags, LIMITS.tags],
  ]
  for (const [name, v, cap] of caps)
    if (v < 1 || v > cap) throw new Error(`params.${name} ${v} is not in 1..${cap}`)
  if (p.minModelRoyaltyBps > 10_000)
    throw new Error(`params.min_model_royalty_bps ${p.minModelRoyaltyBps} is not in 0..10000`)
}

export function validateGenesis(g: GenesisState): void {
  validateParams(g.params ?? DEFAULT_PARAMS)
  const terms = new Set<string>()
  for (const t of g.licenseTerms) {
    const id = withTermsId({ ...t, id: '' }).id
    if (t.id !== id) throw new Error(`licence terms ${t.id} do not hash to their id (${id})`)
    terms.add(t.id)
  }
  const versions = new Map<string, number>()
  const liveHashes = new Set<string>()
  for (const a of g.assets) {
    V.checkHash('asset.id', a.id)
    if (versions.has(a.id)) throw new Error(`asset ${a.id} listed twice`)
    V.checkAddress('asset.owner', a.owner)
    if (a.state === AssetState.ASSET_STATE_UNSPECIFIED || AssetState[a.state] === undefined)
      throw new Error(`asset ${a.id} has invalid state ${a.state}`)
    if (a.version < 1) throw new Error(`asset ${a.id} version must be at least 1`)
    V.checkHash('asset.content_hash', a.contentHash)
    if (isLive(a.state)) {
      if (liveHashes.has(a.contentHash))
        throw new Error(`content hash ${a.contentHash} used by two live assets`)
      liveHashes.add(a.contentHash)
    }
    V.checkStorage(a.storage)
    V.checkMetadata(a.metadata)
    if (!terms.has(a.licenseTermsId)) throw new Error(`asset ${a.id} names unknown licence terms`)
    V.checkComputePolicy(a.computePolicy)
    V.checkPrivacyPolicy(a.privacyPolicy)
    V.checkResidencyPolicy(a.residencyPolicy)
    checkParamsLimits(g.params ?? DEFAULT_PARAMS, a)
    const lineage = lineageProblem(a)
    if (lineage) throw new Error(`asset ${a.id}: ${lineage}`)
    versions.set(a.id, a.version)
  }
  const budgets = new Set<string>()
  for (const b of g.budgets) {
    const v = versions.get(b.assetId)
    if (v === undefined) throw new Error(`budget for unknown asset ${b.assetId}`)
    if (b.version < 1 || b.version > v)
      throw new Error(`budget of asset ${b.assetId} has version ${b.version}`)
    const problem = budgetProblem(b)
    if (problem) throw new Error(`budget of asset ${b.assetId} v${b.version}: ${problem}`)
    budgets.add(`${b.assetId}/${b.version}`)
  }
  for (const [id, v] of versions)
    if (!budgets.has(`${id}/${v}`)) throw new Error(`asset ${id} has no budget for v${v}`)
  const lastSeq = new Map<string, bigint>()
  for (const r of g.usageRecords) {
    const want = (lastSeq.get(r.assetId) ?? 0n) + 1n
    if (r.sequence !== want)
      throw new Error(`usage ledger of ${r.assetId}: sequence ${r.sequence}, expected ${want}`)
    lastSeq.set(r.assetId, r.sequence)
  }
  const granted = new Set<string>()
  for (const gr of g.grants) {
    if (!versions.has(gr.assetId)) throw new Error(`grant for unknown asset ${gr.assetId}`)
    V.checkAddress('grant.executor', gr.executor)
    checkEncryptionKey('grant.encryption_key', gr.encryptionKey)
    checkWrappedKey('grant.wrapped_key', gr.wrappedKey)
    const key = `${gr.assetId}/${gr.executor}`
    if (granted.has(key)) throw new Error(`grant of ${gr.assetId} to ${gr.executor} listed twice`)
    granted.add(key)
  }
  const used = new Set<string>()
  for (const h of g.usedContentHashes) {
    V.checkHash('used_content_hashes[]', h)
    if (used.has(h)) throw new Error(`used content hash ${h} listed twice`)
    used.add(h)
  }
  const approvals = new Set<string>()
  for (const m of g.featureModules) {
    if (!versions.has(m.assetId)) throw new Error(`feature module for unknown asset ${m.assetId}`)
    V.checkFeatureModule(m)
    const key = `${m.assetId}/${m.moduleHash}`
    if (approvals.has(key)) throw new Error(`feature module ${m.moduleHash} of ${m.assetId} listed twice`)
    approvals.add(key)
  }
  if (g.assetSequence < BigInt(g.assets.length))
    throw new Error(`asset_sequence ${g.assetSequence} is below the number of assets ${g.assets.length}`)
}

export function initGenesis(ctx: Context, k: DataAssetKeeper, g: GenesisState): void {
  k.assets.setParams(ctx, g.params ?? DEFAULT_PARAMS)
  for (const t of g.licenseTerms) k.assets.putTerms(ctx, t)
  for (const h of g.usedContentHashes) k.assets.markContentHashUsed(ctx, h)
  for (const a of g.assets) k.assets.put(ctx, a)
  for (const b of g.budgets) k.ledger.putBudget(ctx, b)
  for (const r of g.usageRecords) k.ledger.putUsage(ctx, r)
  k.assets.setSequence(ctx, g.assetSequence)
  for (const gr of g.grants) k.grants.put(ctx, gr)
  for (const m of g.featureModules) k.featureModules.put(ctx, m)
}

export function exportGenesis(ctx: Context, k: DataAssetKeeper): GenesisState {
  return {
    params: k.assets.params(ctx),
    licenseTerms: [...k.assets.allTerms(ctx)],
    assets: [...k.assets.all(ctx)],
    budgets: [...k.ledger.budgets(ctx)],
    usageRecords: [...k.ledger.usage(ctx)],
    assetSequence: k.assets.sequence(ctx),
    grants: [...k.grants.all(ctx)],
    usedContentHashes: [...k.assets.usedContentHashes(ctx)],
    featureModules: [...k.featureModules.all(ctx)],
  }
}
