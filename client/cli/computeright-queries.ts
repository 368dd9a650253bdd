// `datum query computeright …`: every query of the computeright module; list queries take the page flags
// (--limit, --page-key, --offset, --count-total, --reverse) and print `pagination.next_key` for the next page.
import { QueryClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { type ComputeRightExtension, setupComputeRightExtension } from '../sdk/computeright/queries.js'
import { type ParsedArgs, positional, str } from './args.js'
import type { Command } from './command.js'
import { withNode } from './connect.js'
import { UsageError } from './errors.js'
import { PAGE_FLAGS, pageOf } from './query-dataasset.js'

type Q = ComputeRightExtension['computeright']

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

const LISTS: Record<string, { listKey: string; columns: string[] }> = {
  rights: { listKey: 'rights', columns: ['id', 'holder', 'assetId', 'usesRemaining', 'state'] },
  offerings: { listKey: 'offerings', columns: ['id', 'owner', 'assetId', 'state'] },
  jobs: { listKey: 'jobs', columns: ['id', 'requester', 'state', 'epsilonMicro'] },
}

const query = (
  name: string,
  summary: string,
  args: string | undefined,
  f: (a: ParsedArgs) => (q: Q) => Promise<unknown>,
  list?: keyof typeof LISTS,
): Command => ({
  path: ['query', 'computeright', name],
  summary,
  args,
  kind: 'query',
  flags: list ? PAGE_FLAGS : undefined,
  ...(list ? LISTS[list] : {}),
  run: async (a) => {
    const call = f(a)
    const node = str(a, 'node')!
    const comet = await withNode(node, () => Comet38Client.connect(node))
    try {
      return await withNode(node, () =>
        call(QueryClient.withExtensions(comet, setupComputeRightExtension).computeright),
      )
    } finally {
      comet.disconnect()
    }
  },
})

const byId = (name: string, what: string, get: (q: Q, id: bigint) => Promise<unknown>) =>
  query(name, `show a${what === 'offering' ? 'n' : ''} ${what}`, `<${what}-id>`, (a) => {
    const id = idOf(`${what}-id`, positional(a, 0, `${what}-id`))
    return (q) => get(q, id)
  })

export const computeRightQueryCommands: Command[] = [
  byId('offering', 'offering', (q, id) => q.offering(id)),
  byId('right', 'right', (q, id) => q.right(id)),
  byId('job', 'job', (q, id) => q.job(id)),
  query(
    'rights-by-holder',
    'list the rights an address holds',
    '<address>',
    (a) => {
      const [holder, page] = [positional(a, 0, 'address'), pageOf(a)]
      return (q) => q.rightsByHolder(holder, page)
    },
    'rights',
  ),
  query(
    'rights-by-asset',
    'list the live rights on an asset',
    '<asset-id>',
    (a) => {
      const [id, page] = [positional(a, 0, 'asset-id'), pageOf(a)]
      return (q) => q.rightsByAsset(id, page)
    },
    'rights',
  ),
  query(
    'offerings-by-asset',
    'list the offerings on an asset',
    '<asset-id>',
    (a) => {
      const [id, page] = [positional(a, 0, 'asset-id'), pageOf(a)]
      return (q) => q.offeringsByAsset(id, page)
    },
    'offerings',
  ),
  query(
    'open-jobs-by-asset',
    'list the open jobs on an asset',
    '<asset-id>',
    (a) => {
      const [id, page] = [positional(a, 0, 'asset-id'), pageOf(a)]
      return (q) => q.openJobsByAsset(id, page)
    },
    'jobs',
  ),
  query(
    'jobs-by-requester',
    'list the jobs an address requested',
    '<address>',
    (a) => {
      const [requester, page] = [positional(a, 0, 'address'), pageOf(a)]
      return (q) => q.jobsByRequester(requester, page)
    },
    'jobs',
  ),
  query(
    'jobs-by-state',
    'list the jobs in a state',
    '<state>',
    (a) => {
      const [state, page] = [jobStateOf('state', positional(a, 0, 'state')), pageOf(a)]
      return (q) => q.jobsByState(state, page)
    },
    'jobs',
  ),
  query(
    'jobs-by-asset',
    'list every job on an asset (positional [state] filters)',
    '<asset-id> [state]',
    (a) => {
      const id = positional(a, 0, 'asset-id')
      const s = a.positionals[1]
      const state = s === undefined ? T.JobState.JOB_STATE_UNSPECIFIED : jobStateOf('state', s)
      const page = pageOf(a)
      return (q) => q.jobsByAsset(id, state, page)
    },
    'jobs',
  ),
  query('escrow', 'escrow address, balance and what it owes', undefined, () => (q) => q.escrow()),
  query('settlement-preview', 'what one use of an offering pays each party', '<offering-id>', (a) => {
    const id = idOf('offering-id', positional(a, 0, 'offering-id'))
    return (q) => q.settlementPreview(id)
  }),
  query('params', 'module params', undefined, () => (q) => q.params()),
]
