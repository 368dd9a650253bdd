// `datum query dataasset …`: every query of the dataasset module.
import { QUERY_SERVICE } from '../../modules/dataasset/query-paths.js'
import type { Codec } from '../../proto/codec.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import type { FlagSpecs, ParsedArgs } from './args.js'
import { bool, positional, str } from './args.js'
import type { Command } from './command.js'
import { UsageError } from './errors.js'
import { stateOf, uint } from './parse-dataasset.js'
import { datumQuery, queryCommand } from './query-command.js'

export const PAGE_FLAGS: FlagSpecs = {
  limit: { type: 'string', description: 'page size (max 1000)', default: '100', value: '<n>' },
  'page-key': { type: 'string', description: 'next_key of the previous page (base64)', value: '<key>' },
  offset: { type: 'string', description: 'items to skip (instead of --page-key)', value: '<n>' },
  'count-total': { type: 'boolean', description: 'also return the total count' },
  reverse: { type: 'boolean', description: 'newest keys first' },
}

export function pageOf(a: ParsedArgs) {
  const key = str(a, 'page-key')
  if (key !== undefined && !/^[A-Za-z0-9+/]*={0,2}$/.test(key))
    throw new UsageError('--page-key must be base64')
  return {
    key: key ? new Uint8Array(Buffer.from(key, 'base64')) : undefined,
    offset: BigInt(uint('offset', str(a, 'offset')) ?? 0),
    // simd's --limit defaults to 100: the node then counts a total only on --count-total
    limit: BigInt(uint('limit', str(a, 'limit') ?? '100', 1000) ?? 100),
    countTotal: bool(a, 'count-total'),
    reverse: bool(a, 'reverse'),
  }
}

const ASSET_COLUMNS = ['id', 'owner', 'version', 'state', 'content_hash']

const query = <Q, R>(
  name: string,
  summary: string,
  args: string | undefined,
  method: string,
  req: Codec<unknown, Q>,
  res: Codec<R, unknown>,
  build: (a: ParsedArgs) => Q,
  listKey?: 'assets' | 'records' | 'grants',
): Command =>
  queryCommand({
    path: ['query', 'dataasset', name],
    summary,
    args,
    flags: listKey ? PAGE_FLAGS : undefined,
    listKey,
    columns: listKey === 'assets' ? ASSET_COLUMNS : undefined,
    ...datumQuery(QUERY_SERVICE, method, req, res, build),
  })

export const dataAssetQueryCommands: Command[] = [
  query('asset', 'show an asset', '<asset-id>', 'Asset', T.QueryAssetRequest, T.QueryAssetResponse, (a) => ({
    id: positional(a, 0, 'asset-id'),
  })),
  query(
    'by-owner',
    'list assets of an owner',
    '<address>',
    'AssetsByOwner',
    T.QueryAssetsByOwnerRequest,
    T.QueryAssetsResponse,
    (a) => ({ owner: positional(a, 0, 'address'), pagination: pageOf(a) }),
    'assets',
  ),
  query(
    'by-state',
    'list assets in a state',
    '<state>',
    'AssetsByState',
    T.QueryAssetsByStateRequest,
    T.QueryAssetsResponse,
    (a) => ({ state: stateOf(positional(a, 0, 'state')), pagination: pageOf(a) }),
    'assets',
  ),
  query(
    'by-tag',
    'list assets with a tag',
    '<tag>',
    'AssetsByTag',
    T.QueryAssetsByTagRequest,
    T.QueryAssetsResponse,
    (a) => ({ tag: positional(a, 0, 'tag'), pagination: pageOf(a) }),
    'assets',
  ),
  query(
    'model-lineage',
    'lineage of a model asset: training job, input assets, attested digest, royalty, input shares',
    '<asset-id>',
    'ModelLineage',
    T.QueryModelLineageRequest,
    T.QueryModelLineageResponse,
    (a) => ({ assetId: positional(a, 0, 'asset-id') }),
  ),
  query(
    'feature-modules',
    'list the feature modules the asset owner approves (hash, bounds in millionths, fuel, memory pages)',
    '<asset-id>',
    'FeatureModules',
    T.QueryFeatureModulesRequest,
    T.QueryFeatureModulesResponse,
    (a) => ({ assetId: positional(a, 0, 'asset-id') }),
  ),
  query(
    'models-by-input',
    'list model assets trained on an asset',
    '<asset-id>',
    'ModelsByInput',
    T.QueryModelsByInputRequest,
    T.QueryAssetsResponse,
    (a) => ({ assetId: positional(a, 0, 'asset-id'), pagination: pageOf(a) }),
    'assets',
  ),
  query(
    'by-content-hash',
    'find the live asset with a content hash',
    '<hex>',
    'AssetByContentHash',
    T.QueryAssetByContentHashRequest,
    T.QueryAssetResponse,
    (a) => ({ contentHash: positional(a, 0, 'hex') }),
  ),
  query(
    'terms',
    'show licence terms',
    '<terms-id>',
    'LicenseTerms',
    T.QueryLicenseTermsRequest,
    T.QueryLicenseTermsResponse,
    (a) => ({ id: positional(a, 0, 'terms-id') }),
  ),
  query(
    'budget',
    'privacy budget of a version (current by default): total, reserved, spent, remaining',
    '<asset-id> [version]',
    'PrivacyBudget',
    T.QueryPrivacyBudgetRequest,
    T.QueryPrivacyBudgetResponse,
    (a) => ({
      assetId: positional(a, 0, 'asset-id'),
      version: uint('version', a.positionals[1], 2 ** 32 - 1) ?? 0,
    }),
  ),
  query(
    'usage',
    'the usage ledger of an asset',
    '<asset-id>',
    'UsageLedger',
    T.QueryUsageLedgerRequest,
    T.QueryUsageLedgerResponse,
    (a) => ({ assetId: positional(a, 0, 'asset-id'), pagination: pageOf(a) }),
    'records',
  ),
  query(
    'params',
    'module parameters',
    undefined,
    'Params',
    T.QueryParamsRequest,
    T.QueryParamsResponse,
    () => ({}),
  ),
  query(
    'grants',
    'executors the owner granted an asset to (data keys wrapped to their keys; ciphertext only)',
    '<asset-id>',
    'Grants',
    T.QueryGrantsRequest,
    T.QueryGrantsResponse,
    (a) => ({ assetId: positional(a, 0, 'asset-id'), pagination: pageOf(a) }),
    'grants',
  ),
  query(
    'grant',
    'one grant, and whether it is live',
    '<asset-id> <executor>',
    'Grant',
    T.QueryGrantRequest,
    T.QueryGrantResponse,
    (a) => ({ assetId: positional(a, 0, 'asset-id'), executor: positional(a, 1, 'executor') }),
  ),
  query(
    'grants-by-executor',
    'every asset granted to an executor',
    '<executor>',
    'GrantsByExecutor',
    T.QueryGrantsByExecutorRequest,
    T.QueryGrantsResponse,
    (a) => ({ executor: positional(a, 0, 'executor'), pagination: pageOf(a) }),
    'grants',
  ),
]
