// Who may change an asset, and the params-bound list limits checked at execution time.
import type * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { AssetState } from '../../proto/gen/datum/dataasset/v1/index.js'
import { type Context, normalizeAddress } from '../sdk/index.js'
import { dataAssetErrors as E } from './errors.js'
import type { DataAssetKeeper } from './keeper.js'
import { checkContributors, checkCount } from './validate.js'

/** The asset, when `signer` owns it and it is not revoked (revoked assets may only be burned). */
export function ownedAsset(
  k: DataAssetKeeper,
  ctx: Context,
  assetId: string,
  signer: string,
  opts: { allowRevoked?: boolean } = {},
): T.DataAsset {
  const asset = k.requireAsset(ctx, assetId)
  if (normalizeAddress(signer) !== asset.owner)
    throw E.unauthorized.wrap(`${signer} is not the owner of asset ${asset.id}`)
  if (!opts.allowRevoked && asset.state === AssetState.ASSET_STATE_REVOKED)
    throw E.assetRevoked.wrap(`asset ${asset.id} can no longer change`)
  return asset
}

/** The owner or one of the asset's trusted algorithm publishers. */
export function publisherAsset(
  k: DataAssetKeeper,
  ctx: Context,
  assetId: string,
  signer: string,
): T.DataAsset {
  const asset = k.requireAsset(ctx, assetId)
  const who = normalizeAddress(signer)
  const trusted = asset.computePolicy?.trustedPublishers.some((p) => normalizeAddress(p) === who) ?? false
  if (who !== asset.owner && !trusted)
    throw E.unauthorized.wrap(`${signer} is neither the owner nor a trusted publisher of asset ${asset.id}`)
  if (asset.state === AssetState.ASSET_STATE_REVOKED)
    throw E.assetRevoked.wrap(`asset ${asset.id} can no longer change`)
  return asset
}

interface Limited {
  metadata?: T.Metadata
  contributors?: T.Contributor[]
  computePolicy?: T.ComputePolicy
  residencyPolicy?: T.ResidencyPolicy
}

export function checkParamsLimits(params: T.Params, msg: Limited): void {
  if (msg.metadata) checkCount('metadata.tags', msg.metadata.tags, params.maxTags)
  if (msg.contributors) checkContributors(msg.contributors, params.maxContributors)
  if (msg.computePolicy)
    checkCount(
      'compute_policy.algorithm_allowlist',
      msg.computePolicy.algorithmAllowlist,
      params.maxAllowlistEntries,
    )
  if (msg.residencyPolicy)
    checkCount('residency_policy.allowed_regions', msg.residencyPolicy.allowedRegions, params.maxRegions)
}
