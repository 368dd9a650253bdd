// MsgApproveFeatureModule / MsgRevokeFeatureModule (issue 16): the asset's owner (only the owner: the code
// reads raw rows) allowlists a content-addressed feature module with its bounds and sandbox limits.
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import type { Context } from '../sdk/index.js'
import { ownedAsset } from './asset-access.js'
import { dataAssetErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import type { DataAssetKeeper } from './keeper.js'

export function approveFeatureModule(k: DataAssetKeeper, ctx: Context, msg: T.MsgApproveFeatureModule) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner)
  const { moduleHash, featureCount, bounds, fuelPerRow, maxMemoryPages } = msg
  // Approvals per asset are capped like the algorithm allowlist (the query lists them all).
  const cap = k.assets.params(ctx).maxAllowlistEntries
  if (
    !k.featureModules.get(ctx, asset.id, moduleHash) &&
    [...k.featureModules.byAsset(ctx, asset.id)].length >= cap
  )
    throw E.limitExceeded.wrap(`asset ${asset.id} already approves ${cap} feature modules`)
  k.featureModules.put(ctx, {
    assetId: asset.id,
    moduleHash,
    featureCount,
    bounds,
    fuelPerRow,
    maxMemoryPages,
    approvedAt: ctx.unixSeconds,
  })
  emitEvent(ctx, T.EventFeatureModuleApproved, {
    id: asset.id,
    moduleHash,
    featureCount,
    fuelPerRow,
    maxMemoryPages,
  })
  return {}
}

export function revokeFeatureModule(k: DataAssetKeeper, ctx: Context, msg: T.MsgRevokeFeatureModule) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner, { allowRevoked: true })
  if (!k.featureModules.get(ctx, asset.id, msg.moduleHash))
    throw E.featureModuleNotFound.wrap(`module ${msg.moduleHash} on asset ${asset.id}`)
  k.featureModules.remove(ctx, asset.id, msg.moduleHash)
  emitEvent(ctx, T.EventFeatureModuleRevoked, { id: asset.id, moduleHash: msg.moduleHash })
  return {}
}
