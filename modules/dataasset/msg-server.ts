// Handlers for licence terms and the asset lifecycle: register, metadata, versions, state, contributors,
// transfer, burn. Each: load and authorise, check against state and params, write, emit a typed event.
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { type Context, normalizeAddress } from '../sdk/index.js'
import { dataAssetErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import type { DataAssetKeeper } from './keeper.js'
import { withTermsId } from './license.js'
import { canTransition, isLive, stateName } from './lifecycle.js'
import { checkParamsLimits, ownedAsset } from './msg-auth.js'
import { checkContributors } from './validate.js'

const S = T.AssetState

const normalizeContributors = (list: T.Contributor[]): T.Contributor[] =>
  list.map((c) => ({ address: normalizeAddress(c.address), weightBps: c.weightBps }))

function requireFreeContentHash(k: DataAssetKeeper, ctx: Context, contentHash: string): void {
  const holder = k.assets.idByContentHash(ctx, contentHash)
  if (holder) throw E.contentHashTaken.wrap(`${contentHash} belongs to asset ${holder}`)
}

export function registerLicenseTerms(k: DataAssetKeeper, ctx: Context, msg: T.MsgRegisterLicenseTerms) {
  const terms = withTermsId(msg.terms!)
  if (k.assets.getTerms(ctx, terms.id)) return { id: terms.id, created: false }
  k.assets.putTerms(ctx, terms)
  emitEvent(ctx, T.EventLicenseTermsRegistered, { id: terms.id, creator: normalizeAddress(msg.creator) })
  return { id: terms.id, created: true }
}

export function registerAsset(k: DataAssetKeeper, ctx: Context, msg: T.MsgRegisterAsset) {
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

export function publishVersion(k: DataAssetKeeper, ctx: Context, msg: T.MsgPublishVersion) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner)
  if (msg.contentHash === asset.contentHash)
    throw E.invalidField.wrap('content_hash is the same as the current version')
  requireFreeContentHash(k, ctx, msg.contentHash)
  const version = asset.version + 1
  const privacyPolicy = msg.privacyPolicy ?? asset.privacyPolicy
  const next = { ...asset, version, contentHash: msg.contentHash, storage: msg.storage, privacyPolicy }
  k.assets.put(ctx, { ...next, updatedAt: ctx.unixSeconds }, asset)
  const totalMicro = privacyPolicy?.epsilonTotalMicro ?? 0n
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
  emitEvent(ctx, T.EventAssetBurned, { id: asset.id, owner: asset.owner })
  return {}
}
