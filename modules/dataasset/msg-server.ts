// Handlers for licence terms and the asset lifecycle: register, metadata, versions, state, contributors,
// transfer, burn. Each: load and authorise, check against state and params, write, emit a typed event.
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { type Context, normalizeAddress } from '../sdk/index.js'
import { checkParamsLimits, ownedAsset } from './asset-access.js'
import { remainingMicro } from './budget.js'
import { dataAssetErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import type { DataAssetKeeper } from './keeper.js'
import { withTermsId } from './license.js'
import { canTransition, isLive, stateName } from './lifecycle.js'
import { checkContributors } from './validate.js'

const S = T.AssetState

const normalizeContributors = (list: T.Contributor[]): T.Contributor[] =>
  list.map((c) => ({ address: normalizeAddress(c.address), weightBps: c.weightBps }))

/**
 * A content hash serves one asset once: taken by a live asset (`contentHashTaken`), or ever registered before
 * — an earlier version, a revoked or a burned asset (`contentHashUsed`) — so identical content never comes
 * back with a fresh privacy budget.
 */
function requireFreeContentHash(k: DataAssetKeeper, ctx: Context, contentHash: string): void {
  const holder = k.assets.idByContentHash(ctx, contentHash)
  if (holder) throw E.contentHashTaken.wrap(`${contentHash} belongs to asset ${holder}`)
  if (k.assets.contentHashUsed(ctx, contentHash))
    throw E.contentHashUsed.wrap(`${contentHash} was registered before; publish new content`)
}

export function registerLicenseTerms(k: DataAssetKeeper, ctx: Context, msg: T.MsgRegisterLicenseTerms) {
  const terms = withTermsId(msg.terms!)
  if (k.assets.getTerms(ctx, terms.id)) return { id: terms.id, created: false }
  k.assets.putTerms(ctx, terms)
  emitEvent(ctx, T.EventLicenseTermsRegistered, { id: terms.id, creator: normalizeAddress(msg.creator) })
  return { id: terms.id, created: true }
}

/** A data asset, or (with `lineage`, from MsgRegisterModel after its own checks) a MODEL asset. */
export function registerAsset(
  k: DataAssetKeeper,
  ctx: Context,
  msg: T.MsgRegisterAsset,
  lineage?: T.ModelLineage,
) {
  const owner = normalizeAddress(msg.owner)
  checkParamsLimits(k.assets.params(ctx), msg)
  if (!k.assets.getTerms(ctx, msg.licenseTermsId)) throw E.licenseTermsNotFound.wrap(msg.licenseTermsId)
  requireFreeContentHash(k, ctx, msg.contentHash)
  const id = k.assets.nextId(ctx, owner, msg.contentHash)
  const asset: T.DataAsset = T.DataAsset.fromPartial({
    ...msg,
    id,
    owner,
    version: 1,
    state: S.ASSET_STATE_ACTIVE,
    contributors: normalizeContributors(msg.contributors),
    createdHeight: ctx.height,
    createdAt: ctx.unixSeconds,
    updatedAt: ctx.unixSeconds,
    kind: lineage ? T.AssetKind.ASSET_KIND_MODEL : T.AssetKind.ASSET_KIND_DATA,
    lineage,
  })
  k.assets.put(ctx, asset)
  k.ledger.putBudget(ctx, {
    assetId: id,
    version: 1,
    totalMicro: msg.privacyPolicy?.epsilonTotalMicro ?? 0n,
    reservedMicro: 0n,
    spentMicro: 0n,
  })
  emitEvent(ctx, T.EventAssetRegistered, {
    id,
    owner,
    contentHash: asset.contentHash,
    storageUri: asset.storage?.uri,
    metadataUri: asset.metadata?.uri,
    metadataHash: asset.metadata?.hash,
    licenseTermsId: asset.licenseTermsId,
    tags: asset.metadata?.tags,
  })
  return { id }
}

export function updateMetadata(k: DataAssetKeeper, ctx: Context, msg: T.MsgUpdateMetadata) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner)
  checkParamsLimits(k.assets.params(ctx), msg)
  k.assets.put(ctx, { ...asset, metadata: msg.metadata, updatedAt: ctx.unixSeconds }, asset)
  const m = msg.metadata!
  emitEvent(ctx, T.EventAssetMetadataUpdated, {
    id: asset.id,
    metadataUri: m.uri,
    metadataHash: m.hash,
    tags: m.tags,
  })
  return {}
}

/**
 * A new version carries the asset's remaining budget: its total is what the current version has left
 * (total − reserved − spent) unless the message asks for less (asking for more is `privacyBudgetIncrease`).
 * The current version keeps only what its rights already hold (total := spent + reserved), so the asset's
 * unspent budget summed over versions never rises. A new content hash also clears a DATA-fault mark.
 */
export function publishVersion(k: DataAssetKeeper, ctx: Context, msg: T.MsgPublishVersion) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner)
  if (msg.contentHash === asset.contentHash)
    throw E.invalidField.wrap('content_hash is the same as the current version')
  requireFreeContentHash(k, ctx, msg.contentHash)
  const old = k.getBudget(ctx, asset.id, asset.version)
  const remaining = remainingMicro(old)
  const asked = msg.privacyPolicy?.epsilonTotalMicro
  if (asked !== undefined && asked > remaining)
    throw E.privacyBudgetIncrease.wrap(
      `epsilon total ${asked} is above the ${remaining} micro-ε the asset has left; a version cannot raise it`,
    )
  const totalMicro = asked ?? remaining
  const version = asset.version + 1
  const base = msg.privacyPolicy ?? asset.privacyPolicy
  const perJob = base?.epsilonPerJobMaxMicro ?? 0n
  const privacyPolicy = T.PrivacyPolicy.fromPartial({
    ...base,
    epsilonTotalMicro: totalMicro,
    // a carried total below the per-job cap lowers the cap with it (the policy stays consistent)
    epsilonPerJobMaxMicro: perJob > totalMicro ? totalMicro : perJob,
  })
  const { dataFault: _cleared, ...unmarked } = asset
  const next = T.DataAsset.fromPartial({
    ...unmarked,
    version,
    contentHash: msg.contentHash,
    storage: msg.storage,
    privacyPolicy,
  })
  k.assets.put(ctx, { ...next, updatedAt: ctx.unixSeconds }, asset)
  k.ledger.putBudget(ctx, { ...old, totalMicro: old.spentMicro + old.reservedMicro })
  k.ledger.putBudget(ctx, { assetId: asset.id, version, totalMicro, reservedMicro: 0n, spentMicro: 0n })
  emitEvent(ctx, T.EventAssetVersionPublished, {
    id: asset.id,
    version,
    oldContentHash: asset.contentHash,
    newContentHash: msg.contentHash,
    storageUri: msg.storage?.uri,
  })
  return { version }
}

export function setAssetState(k: DataAssetKeeper, ctx: Context, msg: T.MsgSetAssetState) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner)
  if (!canTransition(asset.state, msg.state))
    throw E.invalidStateTransition.wrap(`${stateName(asset.state)} -> ${stateName(msg.state)}`)
  if (msg.state === S.ASSET_STATE_DEPRECATED) {
    if (msg.supersededBy === asset.id) throw E.invalidField.wrap('an asset cannot supersede itself')
    const successor = k.requireAsset(ctx, msg.supersededBy)
    if (!isLive(successor.state)) throw E.assetRevoked.wrap(`successor ${successor.id}`)
  } else if (msg.supersededBy !== '') {
    throw E.invalidField.wrap('superseded_by is only allowed with ASSET_STATE_DEPRECATED')
  }
  const next = { ...asset, state: msg.state, supersededBy: msg.supersededBy, updatedAt: ctx.unixSeconds }
  k.assets.put(ctx, next, asset)
  emitEvent(ctx, T.EventAssetStateChanged, {
    id: asset.id,
    from: asset.state,
    to: msg.state,
    supersededBy: msg.supersededBy,
    reason: msg.reason,
  })
  k.notifyStateChanged(ctx, next, asset.state)
  return {}
}

export function setContributors(k: DataAssetKeeper, ctx: Context, msg: T.MsgSetContributors) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner)
  checkContributors(msg.contributors, k.assets.params(ctx).maxContributors)
  const contributors = normalizeContributors(msg.contributors)
  k.assets.put(ctx, { ...asset, contributors, updatedAt: ctx.unixSeconds }, asset)
  emitEvent(ctx, T.EventContributorsSet, { id: asset.id, contributors })
  return {}
}

export function transferAsset(k: DataAssetKeeper, ctx: Context, msg: T.MsgTransferAsset) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner)
  if (!asset.transferable) throw E.notTransferable.wrap(`asset ${asset.id}`)
  const recipient = normalizeAddress(msg.recipient)
  if (recipient === asset.owner) throw E.invalidField.wrap('recipient already owns the asset')
  k.assets.put(ctx, { ...asset, owner: recipient, updatedAt: ctx.unixSeconds }, asset)
  emitEvent(ctx, T.EventAssetTransferred, { id: asset.id, from: asset.owner, to: recipient })
  return {}
}

/** Removes the asset, its indexes, budgets and grants; the usage ledger stays as history. */
export function burnAsset(k: DataAssetKeeper, ctx: Context, msg: T.MsgBurnAsset) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner, { allowRevoked: true })
  if (k.hasLiveRightsOrJobs(ctx, asset.id)) throw E.liveRightsOrJobs.wrap(`asset ${asset.id}`)
  k.assets.remove(ctx, asset)
  k.ledger.deleteBudgets(ctx, asset.id)
  k.grants.removeAll(ctx, asset.id)
  for (const m of [...k.featureModules.byAsset(ctx, asset.id)])
    k.featureModules.remove(ctx, asset.id, m.moduleHash)
  emitEvent(ctx, T.EventAssetBurned, { id: asset.id, owner: asset.owner })
  return {}
}
