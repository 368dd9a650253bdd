import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { QueryError } from '../sdk/index.js'
import { exportGenesis, initGenesis, parseGenesis } from './genesis.js'
import { jobIndexMismatch } from './invariants.js'
import { jobAssetIndexKey, jobStateIndexKey } from './keys.js'
import { QUERY_SERVICE } from './query-paths.js'
import { computeRightQueryHandlers } from './query-server.js'
import { markAssigned } from './settle.js'
import { askQuery, buyer, createOffering, type Env, makeEnv, purchase, requestJob } from './test-env.js'

let env: Env
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.cleanup())

const ask = <R>(
  method: string,
  req: { encode(v: never): Uint8Array },
  value: unknown,
  res: { decode(b: Uint8Array): R },
) => askQuery(env, method, req, value, res)

const S = T.JobState
const byState = (state: T.JobState, pagination?: object) =>
  ask('JobsByState', T.QueryJobsByStateRequest, { state, pagination }, T.QueryJobsResponse)
const byAsset = (assetId: string, state = S.JOB_STATE_UNSPECIFIED, pagination?: object) =>
  ask('JobsByAsset', T.QueryJobsByAssetRequest, { assetId, state, pagination }, T.QueryJobsResponse)
const ids = (r: { jobs: T.Job[] }) => r.jobs.map((j) => j.id)

/** Five jobs on one right each: 1..5; job 2 assigned, job 4 cancelled. */
function fiveJobs(): bigint[] {
  const offeringId = createOffering(env, { usesPerRight: 1 })
  const jobs = [1, 2, 3, 4, 5].map(() => requestJob(env, [purchase(env, offeringId)]))
  markAssigned(env.keeper, env.ctx(), jobs[1]!)
  env.run('MsgCancelJob', { requester: buyer, jobId: jobs[3]! })
  return jobs
}

describe('JobsByState and JobsByAsset', () => {
  it('list jobs under their current state, moved on every transition', () => {
    fiveJobs()
    expect(ids(byState(S.JOB_STATE_REQUESTED))).toEqual([1n, 3n, 5n])
    expect(ids(byState(S.JOB_STATE_ASSIGNED))).toEqual([2n])
    expect(ids(byState(S.JOB_STATE_CANCELLED))).toEqual([4n])
    expect(ids(byState(S.JOB_STATE_FINALIZED))).toEqual([])
    expect(ids(byAsset(env.assetId))).toEqual([1n, 2n, 3n, 4n, 5n])
    expect(ids(byAsset(env.assetId, S.JOB_STATE_REQUESTED))).toEqual([1n, 3n, 5n])
    expect(ids(byAsset(env.assetId, S.JOB_STATE_CANCELLED))).toEqual([4n])
    expect(ids(byAsset('ab'.repeat(32)))).toEqual([])
  })

  it('refuses an unspecified or unknown state and a malformed asset id', () => {
    expect(() => byState(S.JOB_STATE_UNSPECIFIED)).toThrowError(QueryError)
    expect(() => byState(99 as T.JobState)).toThrowError(QueryError)
    expect(() => byAsset(env.assetId, 99 as T.JobState)).toThrowError(QueryError)
    expect(() => byAsset('x')).toThrowError(QueryError)
  })
})

describe('pagination', () => {
  it('limit returns next_key; the key resumes where the page stopped', () => {
    fiveJobs()
    const first = byAsset(env.assetId, S.JOB_STATE_UNSPECIFIED, { limit: 2n, countTotal: true })
    expect(ids(first)).toEqual([1n, 2n])
    expect(first.pagination!.total).toBe(5n)
    expect(first.pagination!.nextKey.length).toBeGreaterThan(0)
    const second = byAsset(env.assetId, S.JOB_STATE_UNSPECIFIED, {
      key: first.pagination!.nextKey,
      limit: 2n,
    })
    expect(ids(second)).toEqual([3n, 4n])
    const last = byAsset(env.assetId, S.JOB_STATE_UNSPECIFIED, { key: second.pagination!.nextKey, limit: 2n })
    expect(ids(last)).toEqual([5n])
    expect(last.pagination!.nextKey).toEqual(new Uint8Array())
  })

  it('a state filter counts only matching jobs toward limit and total', () => {
    fiveJobs()
    const page = byAsset(env.assetId, S.JOB_STATE_REQUESTED, { limit: 2n, countTotal: true })
    expect(ids(page)).toEqual([1n, 3n])
    expect(page.pagination!.total).toBe(3n)
    const rest = byAsset(env.assetId, S.JOB_STATE_REQUESTED, { key: page.pagination!.nextKey })
    expect(ids(rest)).toEqual([5n])
  })

  it('reverse, offset, and key with offset refused', () => {
    fiveJobs()
    const rev = byState(S.JOB_STATE_REQUESTED, { reverse: true, limit: 2n })
    expect(ids(rev)).toEqual([5n, 3n])
    expect(ids(byState(S.JOB_STATE_REQUESTED, { key: rev.pagination!.nextKey, reverse: true }))).toEqual([1n])
    expect(ids(byState(S.JOB_STATE_REQUESTED, { offset: 1n }))).toEqual([3n, 5n])
    expect(() => byState(S.JOB_STATE_REQUESTED, { key: Uint8Array.of(1), offset: 1n })).toThrowError(
      QueryError,
    )
  })

  it('every list query pages, with a default limit of 100 and next_key beyond it', () => {
    const offeringId = createOffering(env, { usesPerRight: 1, epsilonPerUseMicro: 1000n })
    for (let i = 0; i < 101; i++) purchase(env, offeringId)
    const held = ask('RightsByHolder', T.QueryRightsByHolderRequest, { holder: buyer }, T.QueryRightsResponse)
    expect(held.rights).toHaveLength(100)
    expect(held.pagination!.nextKey.length).toBeGreaterThan(0)
    const rest = ask(
      'RightsByAsset',
      T.QueryByAssetRequest,
      { assetId: env.assetId, pagination: { offset: 100n, countTotal: true } },
      T.QueryRightsResponse,
    )
    expect(rest.rights.map((r) => r.id)).toEqual([101n])
    expect(rest.pagination!.total).toBe(101n)
    const offers = ask(
      'OfferingsByAsset',
      T.QueryByAssetRequest,
      { assetId: env.assetId, pagination: { limit: 1n } },
      T.QueryOfferingsResponse,
    )
    expect(offers.offerings.map((o) => o.id)).toEqual([offeringId])
    expect(offers.pagination!.nextKey).toEqual(new Uint8Array())
    requestJob(env, [1n], buyer, { epsilonMicro: 1000n })
    requestJob(env, [2n], buyer, { epsilonMicro: 1000n })
    const open = ask(
      'OpenJobsByAsset',
      T.QueryByAssetRequest,
      { assetId: env.assetId, pagination: { limit: 1n } },
      T.QueryJobsResponse,
    )
    expect(ids(open)).toEqual([1n])
    const mine = ask(
      'JobsByRequester',
      T.QueryJobsByRequesterRequest,
      { requester: buyer, pagination: { key: open.pagination!.nextKey } },
      T.QueryJobsResponse,
    )
    expect(ids(mine)).toEqual([2n])
  })
})

describe('job indexes at genesis', () => {
  it('init rebuilds both job indexes from the exported jobs; bad job states are refused', async () => {
    const jobs = fiveJobs()
    const json = T.GenesisState.toJson(exportGenesis(env.ctx(), env.keeper)) as Record<string, unknown>
    const other = await makeEnv()
    try {
      initGenesis(other.ctx(), other.keeper, parseGenesis(json))
      expect(jobIndexMismatch(other.keeper, other.ctx())).toBeUndefined()
      const h = computeRightQueryHandlers(other.keeper)[`/${QUERY_SERVICE}/JobsByState`]!
      const req = T.QueryJobsByStateRequest.encode({ state: S.JOB_STATE_REQUESTED })
      expect(ids(T.QueryJobsResponse.decode(h(other.ctx(), req)))).toEqual([jobs[0], jobs[2], jobs[4]])
    } finally {
      await other.cleanup()
    }
    const withJobs = (f: (j: Record<string, unknown>[]) => unknown[]) => ({
      ...json,
      jobs: f(json.jobs as Record<string, unknown>[]),
    })
    expect(() => parseGenesis(withJobs((j) => [{ ...j[0], state: 'JOB_STATE_UNSPECIFIED' }]))).toThrowError(
      /no valid state/,
    )
    expect(() => parseGenesis(withJobs((j) => [j[0], j[0]]))).toThrowError(/appears twice/)
  })

  it('the invariant catches a stale or missing index entry', () => {
    const [first] = fiveJobs()
    const kv = env.keeper.store.kv(env.ctx())
    expect(jobIndexMismatch(env.keeper, env.ctx())).toBeUndefined()
    kv.set(jobStateIndexKey(S.JOB_STATE_FAILED, first!), Uint8Array.of(1))
    expect(jobIndexMismatch(env.keeper, env.ctx())).toMatch(/state index/)
    kv.delete(jobStateIndexKey(S.JOB_STATE_FAILED, first!))
    kv.delete(jobAssetIndexKey(env.assetId, first!))
    expect(jobIndexMismatch(env.keeper, env.ctx())).toMatch(/asset index/)
  })
})
