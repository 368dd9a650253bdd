// A QueryClient extension for `datum.dataasset.v1.Query`: typed requests over abci_query.
import type { QueryClient } from '@cosmjs/stargate'
import { QUERY_SERVICE } from '../../../modules/dataasset/query-paths.js'
import * as T from '../../../proto/gen/datum/dataasset/v1/index.js'
import { queryCaller } from '../query-call.js'

export type PageRequest = NonNullable<T.QueryAssetsByOwnerRequestInput['pagination']>

export interface DataAssetExtension {
  readonly dataasset: {
    asset(id: string): Promise<T.DataAsset>
    assetsByOwner(owner: string, pagination?: PageRequest): Promise<T.QueryAssetsResponse>
    assetsByState(state: T.AssetState, pagination?: PageRequest): Promise<T.QueryAssetsResponse>
    assetsByTag(tag: string, pagination?: PageRequest): Promise<T.QueryAssetsResponse>
    assetByContentHash(contentHash: string): Promise<T.DataAsset>
    licenseTerms(id: string): Promise<T.LicenseTerms>
    /** version 0 (default) is the current version. */
    privacyBudget(assetId: string, version?: number): Promise<T.QueryPrivacyBudgetResponse>
    usageLedger(assetId: string, pagination?: PageRequest): Promise<T.QueryUsageLedgerResponse>
    params(): Promise<T.Params>
    /** Grants of an asset to named executors (the data key wrapped to each one's registered key). */
    grants(assetId: string, pagination?: PageRequest): Promise<T.QueryGrantsResponse>
    /** One grant and whether it is live (wrapped to the executor's current key); NotFound without one. */
    grant(assetId: string, executor: string): Promise<T.QueryGrantResponse>
    /** Every grant an executor holds: what its daemon reads. */
    grantsByExecutor(executor: string, pagination?: PageRequest): Promise<T.QueryGrantsResponse>
    /** The lineage of a model asset (issue 16): job, inputs, attested digest, royalty and input shares. */
    modelLineage(assetId: string): Promise<T.ModelLineage>
    /** Model assets trained on an input asset. */
    modelsByInput(assetId: string, pagination?: PageRequest): Promise<T.QueryAssetsResponse>
    /** The feature modules the asset's owner approves (issue 16), in module-hash order. */
    featureModules(assetId: string): Promise<T.QueryFeatureModulesResponse>
  }
}

export function setupDataAssetExtension(base: QueryClient): DataAssetExtension {
  const call = queryCaller(base, QUERY_SERVICE)
  return {
    dataasset: {
      asset: async (id) => (await call('Asset', T.QueryAssetRequest, T.QueryAssetResponse, { id })).asset!,
      assetsByOwner: (owner, pagination) =>
        call('AssetsByOwner', T.QueryAssetsByOwnerRequest, T.QueryAssetsResponse, { owner, pagination }),
      assetsByState: (state, pagination) =>
        call('AssetsByState', T.QueryAssetsByStateRequest, T.QueryAssetsResponse, { state, pagination }),
      assetsByTag: (tag, pagination) =>
        call('AssetsByTag', T.QueryAssetsByTagRequest, T.QueryAssetsResponse, { tag, pagination }),
      assetByContentHash: async (contentHash) =>
        (
          await call('AssetByContentHash', T.QueryAssetByContentHashRequest, T.QueryAssetResponse, {
            contentHash,
          })
        ).asset!,
      licenseTerms: async (id) =>
        (await call('LicenseTerms', T.QueryLicenseTermsRequest, T.QueryLicenseTermsResponse, { id })).terms!,
      privacyBudget: (assetId, version = 0) =>
        call('PrivacyBudget', T.QueryPrivacyBudgetRequest, T.QueryPrivacyBudgetResponse, {
          assetId,
          version,
        }),
      usageLedger: (assetId, pagination) =>
        call('UsageLedger', T.QueryUsageLedgerRequest, T.QueryUsageLedgerResponse, { assetId, pagination }),
      params: async () => (await call('Params', T.QueryParamsRequest, T.QueryParamsResponse, {})).params!,
      grants: (assetId, pagination) =>
        call('Grants', T.QueryGrantsRequest, T.QueryGrantsResponse, { assetId, pagination }),
      grant: (assetId, executor) =>
        call('Grant', T.QueryGrantRequest, T.QueryGrantResponse, { assetId, executor }),
      grantsByExecutor: (executor, pagination) =>
        call('GrantsByExecutor', T.QueryGrantsByExecutorRequest, T.QueryGrantsResponse, {
          executor,
          pagination,
        }),
      modelLineage: async (assetId) =>
        (await call('ModelLineage', T.QueryModelLineageRequest, T.QueryModelLineageResponse, { assetId }))
          .lineage!,
      modelsByInput: (assetId, pagination) =>
        call('ModelsByInput', T.QueryModelsByInputRequest, T.QueryAssetsResponse, { assetId, pagination }),
      featureModules: (assetId) =>
        call('FeatureModules', T.QueryFeatureModulesRequest, T.QueryFeatureModulesResponse, { assetId }),
    },
  }
}
