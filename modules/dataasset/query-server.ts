import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import {
  type Context,
  fromBech32,
  invalidArgument,
  notFound,
  PrefixStore,
  paginate,
  type QueryHandler,
} from '../sdk/index.js'
import { queryHandler as handler } from '../sdk/proto-services.js'
import { remainingMicro } from './budget.js'
import { isLiveGrant } from './grants.js'
import type { DataAssetKeeper } from './keeper.js'
import * as K from './keys.js'
import { QUERY_SERVICE } from './query-paths.js'

const SERVICE = `/${QUERY_SERVICE}`
const HEX64 = /^[0-9a-f]{64}$/

function addressArg(field: string, v: string): Uint8Array {
  try {
    return fromBech32(v)
  } catch (e) {
    throw invalidArgument(`${field}: ${(e as Error).message}`)
  }
}

function hexArg(field: string, v: string): string {
  if (!HEX64.test(v)) throw invalidArgument(`${field} must be 64 lower-case hex characters`)
  return v
}

/** Assets listed under an index prefix (keys end with the asset id), one page at a time. */
function listByIndex(
  k: DataAssetKeeper,
  ctx: Context,
  prefix: Uint8Array,
  page: T.QueryAssetsByOwnerRequest['pagination'],
) {
  const assets: T.DataAsset[] = []
  const store = new PrefixStore(k.assets.kv(ctx), prefix)
  const pagination = paginate(store, page, (pair, accumulate) => {
    if (accumulate) {
      const asset = k.getAsset(ctx, K.idFromIndexKey(pair.key))
      if (asset) assets.push(asset)
    }
    return true
  })
  return { assets, pagination }
}

export function dataAssetQueryHandlers(k: DataAssetKeeper): Record<string, QueryHandler> {
  return {
    [`${SERVICE}/Asset`]: handler(T.QueryAssetRequest, T.QueryAssetResponse, (ctx, q) => {
      const asset = k.getAsset(ctx, hexArg('id', q.id))
      if (!asset) throw notFound(`asset ${q.id} not found`)
      return { asset }
    }),
    [`${SERVICE}/ModelLineage`]: handler(
      T.QueryModelLineageRequest,
      T.QueryModelLineageResponse,
      (ctx, q) => {
        const asset = k.getAsset(ctx, hexArg('asset_id', q.assetId))
        if (!asset?.lineage) throw notFound(`model asset ${q.assetId} not found`)
        return { lineage: asset.lineage }
      },
    ),
    [`${SERVICE}/FeatureModules`]: handler(
      T.QueryFeatureModulesRequest,
      T.QueryFeatureModulesResponse,
      (ctx, q) => ({ modules: [...k.featureModules.byAsset(ctx, hexArg('asset_id', q.assetId))] }),
    ),
    [`${SERVICE}/ModelsByInput`]: handler(T.QueryModelsByInputRequest, T.QueryAssetsResponse, (ctx, q) =>
      listByIndex(k, ctx, K.modelsByInputPrefix(hexArg('asset_id', q.assetId)), q.pagination),
    ),
    [`${SERVICE}/AssetsByOwner`]: handler(T.QueryAssetsByOwnerRequest, T.QueryAssetsResponse, (ctx, q) =>
      listByIndex(k, ctx, K.ownerIndexPrefix(addressArg('owner', q.owner)), q.pagination),
    ),
    [`${SERVICE}/AssetsByState`]: handler(T.QueryAssetsByStateRequest, T.QueryAssetsResponse, (ctx, q) => {
      if (q.state === T.AssetState.ASSET_STATE_UNSPECIFIED || T.AssetState[q.state] === undefined)
        throw invalidArgument(`state ${q.state} is not a valid asset state`)
      return listByIndex(k, ctx, K.stateIndexPrefix(q.state), q.pagination)
    }),
    [`${SERVICE}/AssetsByTag`]: handler(T.QueryAssetsByTagRequest, T.QueryAssetsResponse, (ctx, q) => {
      if (q.tag.length === 0 || q.tag.length > 64) throw invalidArgument('tag must be 1..64 characters')
      return listByIndex(k, ctx, K.tagIndexPrefix(q.tag), q.pagination)
    }),
    [`${SERVICE}/AssetByContentHash`]: handler(
      T.QueryAssetByContentHashRequest,
      T.QueryAssetResponse,
      (ctx, q) => {
        const id = k.assets.idByContentHash(ctx, hexArg('content_hash', q.contentHash))
        const asset = id ? k.getAsset(ctx, id) : undefined
        if (!asset) throw notFound(`no live asset with content hash ${q.contentHash}`)
        return { asset }
      },
    ),
    [`${SERVICE}/LicenseTerms`]: handler(
      T.QueryLicenseTermsRequest,
      T.QueryLicenseTermsResponse,
      (ctx, q) => {
        const terms = k.assets.getTerms(ctx, hexArg('id', q.id))
        if (!terms) throw notFound(`licence terms ${q.id} not found`)
        return { terms }
      },
    ),
    [`${SERVICE}/PrivacyBudget`]: handler(
      T.QueryPrivacyBudgetRequest,
      T.QueryPrivacyBudgetResponse,
      (ctx, q) => {
        const asset = k.getAsset(ctx, hexArg('asset_id', q.assetId))
        if (!asset) throw notFound(`asset ${q.assetId} not found`)
        const version = q.version === 0 ? asset.version : q.version
        const budget = k.ledger.budget(ctx, asset.id, version)
        if (!budget) throw notFound(`asset ${asset.id} has no version ${version}`)
        return { budget, remainingMicro: remainingMicro(budget) }
      },
    ),
    [`${SERVICE}/UsageLedger`]: handler(T.QueryUsageLedgerRequest, T.QueryUsageLedgerResponse, (ctx, q) => {
      const store = new PrefixStore(k.assets.kv(ctx), K.usagePrefix(hexArg('asset_id', q.assetId)))
      const records: T.UsageRecord[] = []
      const pagination = paginate(store, q.pagination, (pair, accumulate) => {
        if (accumulate) records.push(T.UsageRecord.decode(pair.value))
        return true
      })
      return { records, pagination }
    }),
    [`${SERVICE}/Params`]: handler(T.QueryParamsRequest, T.QueryParamsResponse, (ctx) => ({
      params: k.assets.params(ctx),
    })),
    [`${SERVICE}/Grants`]: handler(T.QueryGrantsRequest, T.QueryGrantsResponse, (ctx, q) => {
      const store = new PrefixStore(k.grants.kv(ctx), K.grantPrefix(hexArg('asset_id', q.assetId)))
      const grants: T.ExecutorGrant[] = []
      const pagination = paginate(store, q.pagination, (pair, accumulate) => {
        if (accumulate) grants.push(T.ExecutorGrant.decode(pair.value))
        return true
      })
      return { grants, pagination }
    }),
    [`${SERVICE}/Grant`]: handler(T.QueryGrantRequest, T.QueryGrantResponse, (ctx, q) => {
      addressArg('executor', q.executor)
      const grant = k.grants.get(ctx, hexArg('asset_id', q.assetId), q.executor)
      if (!grant) throw notFound(`no grant of asset ${q.assetId} to ${q.executor}`)
      return { grant, live: isLiveGrant(k, ctx, grant) }
    }),
    [`${SERVICE}/GrantsByExecutor`]: handler(
      T.QueryGrantsByExecutorRequest,
      T.QueryGrantsResponse,
      (ctx, q) => {
        const exec = addressArg('executor', q.executor)
        const store = new PrefixStore(k.grants.kv(ctx), K.grantByExecutorPrefix(exec))
        const grants: T.ExecutorGrant[] = []
        const pagination = paginate(store, q.pagination, (pair, accumulate) => {
          if (accumulate) {
            const g = k.grants.get(ctx, K.idFromIndexKey(pair.key), q.executor)
            if (g) grants.push(g)
          }
          return true
        })
        return { grants, pagination }
      },
    ),
  }
}
