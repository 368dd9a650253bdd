// `datum query computeright …`: every query of the computeright module; list queries take the page flags
// (--limit, --page-key, --offset, --count-total, --reverse) and print `pagination.next_key` for the next page.
import { QUERY_SERVICE } from '../../modules/computeright/query-paths.js'
import type { Codec } from '../../proto/codec.js'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { type ParsedArgs, positional } from './args.js'
import type { Command } from './command.js'
import { UsageError } from './errors.js'
import { datumQuery, queryCommand } from './query-command.js'
import { PAGE_FLAGS, pageOf } from './query-dataasset.js'

export function idOf(what: string, v: string): bigint {
  if (!/^[1-9][0-9]{0,19}$/.test(v)) throw new UsageError(`${what} must be a positive integer`)
  return BigInt(v)
}

const JOB_STATES = [
  'requested',
  'assigned',
  'committed',
  'attested',
  'challenged',
  'finalized',
  'failed',
  'expired',
  'cancelled',
]

/** `requested` → JOB_STATE_REQUESTED. */
export function jobStateOf(flag: string, v: string): T.JobState {
  const n = T.JobState[`JOB_STATE_${v.toUpperCase()}` as keyof typeof T.JobState]
  if (!JOB_STATES.includes(v) || n === undefined)
    throw new UsageError(`${flag} must be one of ${JOB_STATES.join(', ')}`)
  return n
}

const LISTS = {
  rights: { listKey: 'rights', columns: ['id', 'holder', 'asset_id', 'uses_remaining', 'state'] },
  offerings: { listKey: 'offerings', columns: ['id', 'owner', 'asset_id', 'state'] },
  jobs: { listKey: 'jobs', columns: ['id', 'requester', 'state', 'epsilon_micro'] },
}

const query = <Q, R>(
  name: string,
  summary: string,
  args: string | undefined,
  method: string,
  req: Codec<unknown, Q>,
  res: Codec<R, unknown>,
  build: (a: ParsedArgs) => Q,
  list?: keyof typeof LISTS,
): Command =>
  queryCommand({
    path: ['query', 'computeright', name],
    summary,
    args,
    flags: list ? PAGE_FLAGS : undefined,
    ...(list ? LISTS[list] : {}),
    ...datumQuery(QUERY_SERVICE, method, req, res, build),
  })

const idArg = (what: string) => (a: ParsedArgs) => ({
  id: idOf(`${what}-id`, positional(a, 0, `${what}-id`)),
})

export const computeRightQueryCommands: Command[] = [
  query(
    'offering',
    'show an offering',
    '<offering-id>',
    'Offering',
    T.QueryOfferingRequest,
    T.QueryOfferingResponse,
    idArg('offering'),
  ),
  query(
    'right',
    'show a right',
    '<right-id>',
    'Right',
    T.QueryRightRequest,
    T.QueryRightResponse,
    idArg('right'),
  ),
  query('job', 'show a job', '<job-id>', 'Job', T.QueryJobRequest, T.QueryJobResponse, idArg('job')),
  query(
    'rights-by-holder',
    'list the rights an address holds',
    '<address>',
    'RightsByHolder',
    T.QueryRightsByHolderRequest,
    T.QueryRightsResponse,
    (a) => ({ holder: positional(a, 0, 'address'), pagination: pageOf(a) }),
    'rights',
  ),
  query(
    'rights-by-asset',
    'list the live rights on an asset',
    '<asset-id>',
    'RightsByAsset',
    T.QueryByAssetRequest,
    T.QueryRightsResponse,
    (a) => ({ assetId: positional(a, 0, 'asset-id'), pagination: pageOf(a) }),
    'rights',
  ),
  query(
    'offerings-by-asset',
    'list the offerings on an asset',
    '<asset-id>',
    'OfferingsByAsset',
    T.QueryByAssetRequest,
    T.QueryOfferingsResponse,
    (a) => ({ assetId: positional(a, 0, 'asset-id'), pagination: pageOf(a) }),
    'offerings',
  ),
  query(
    'open-jobs-by-asset',
    'list the open jobs on an asset',
    '<asset-id>',
    'OpenJobsByAsset',
    T.QueryByAssetRequest,
    T.QueryJobsResponse,
    (a) => ({ assetId: positional(a, 0, 'asset-id'), pagination: pageOf(a) }),
    'jobs',
  ),
  query(
    'jobs-by-requester',
    'list the jobs an address requested',
    '<address>',
    'JobsByRequester',
    T.QueryJobsByRequesterRequest,
    T.QueryJobsResponse,
    (a) => ({ requester: positional(a, 0, 'address'), pagination: pageOf(a) }),
    'jobs',
  ),
  query(
    'jobs-by-state',
    'list the jobs in a state',
    '<state>',
    'JobsByState',
    T.QueryJobsByStateRequest,
    T.QueryJobsResponse,
    (a) => ({ state: jobStateOf('state', positional(a, 0, 'state')), pagination: pageOf(a) }),
    'jobs',
  ),
  query(
    'jobs-by-asset',
    'list every job on an asset (positional [state] filters)',
    '<asset-id> [state]',
    'JobsByAsset',
    T.QueryJobsByAssetRequest,
    T.QueryJobsResponse,
    (a) => {
      const assetId = positional(a, 0, 'asset-id')
      const s = a.positionals[1]
      const state = s === undefined ? T.JobState.JOB_STATE_UNSPECIFIED : jobStateOf('state', s)
      return { assetId, state, pagination: pageOf(a) }
    },
    'jobs',
  ),
  query(
    'escrow',
    'escrow address, balance and what it owes',
    undefined,
    'Escrow',
    T.QueryEscrowRequest,
    T.QueryEscrowResponse,
    () => ({}),
  ),
  query(
    'settlement-preview',
    'what one use of an offering pays each party',
    '<offering-id>',
    'SettlementPreview',
    T.QuerySettlementPreviewRequest,
    T.QuerySettlementPreviewResponse,
    (a) => ({ offeringId: idOf('offering-id', positional(a, 0, 'offering-id')) }),
  ),
  query(
    'params',
    'module params',
    undefined,
    'Params',
    T.QueryParamsRequest,
    T.QueryParamsResponse,
    () => ({}),
  ),
]
