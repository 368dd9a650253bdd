import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { AbciError } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import { computeRightInvariants } from './invariants.js'
import { ComputeRightModule } from './module.js'
import { markAssigned, settleJob } from './settle.js'
import {
  advance,
  buyer,
  createOffering,
  type Env,
  makeEnv,
  other,
  owner,
  purchase,
  requestJob,
  third,
} from './test-env.js'

let env: Env
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.cleanup())

const invariantsHold = () => {
  for (const inv of computeRightInvariants(env.keeper)) expect(inv.check(env.ctx()), inv.name).toBeUndefined()
}
const feeCollector = () => env.balance(env.accounts.getModuleAddress('fee_collector')!)
const executors = [
  { address: third, weightBps: 6000 },
  { address: other, weightBps: 4000 },
]

function openJob(): { rightId: bigint; jobId: bigint } {
  const rightId = purchase(env, createOffering(env))
  return { rightId, jobId: requestJob(env, [rightId]) }
}

describe('settlement', () => {
  it('success pays protocol fee, contributors by weight (dust to owner), executors; refunds the rest', () => {
    const { rightId, jobId } = openJob()
    const [o, x, t, b] = [owner, other, third, buyer].map((a) => env.balance(a))
    markAssigned(env.keeper, env.ctx(), jobId)
    settleJob(env.keeper, env.ctx(), jobId, {
      fault: T.FaultClass.FAULT_CLASS_NONE,
      executors,
      computeCharged: 701n,
    })
    // price 1001: fee 2% = 20; 981 split 70/30 -> owner 686 (+1 dust), other 294; compute 701 -> 420 / 280 (+1)
    expect(feeCollector()).toBe(20n)
    expect(env.balance(owner) - o).toBe(687n)
    expect(env.balance(other) - x).toBe(294n + 280n)
    expect(env.balance(third) - t).toBe(421n)
    expect(env.balance(buyer) - b).toBe(777n - 701n)
    const budget = env.assets.getBudget(env.ctx(), env.assetId, 1)
    // The debit is the job's ε fixed at request (50_000), the rest of the use's 100_000 released.
    expect([budget.reservedMicro, budget.spentMicro]).toEqual([200_000n, 50_000n])
    const r = env.keeper.store.right(env.ctx(), rightId)!
    expect([r.usesRemaining, r.usesInJobs]).toEqual([2, 0])
    expect(env.keeper.store.job(env.ctx(), jobId)!.state).toBe(T.JobState.JOB_STATE_FINALIZED)
    invariantsHold()
  })

  it('settles exactly once', () => {
    const { jobId } = openJob()
    const s = {
      fault: T.FaultClass.FAULT_CLASS_EXECUTOR,
      executors: [],
      computeCharged: 0n,
    }
    settleJob(env.keeper, env.ctx(), jobId, s)
    const before = env.state()
    expect(() => settleJob(env.keeper, env.ctx(), jobId, s)).toThrowError(AbciError)
    try {
      settleJob(env.keeper, env.ctx(), jobId, s)
    } catch (e) {
      expect((e as AbciError).code).toBe(E.alreadySettled.code)
    }
    expect(env.state()).toBe(before)
  })

  it('executor fault restores the use and refunds all; data fault refunds the data fee too', () => {
    const { rightId, jobId } = openJob()
    const b = env.balance(buyer)
    settleJob(env.keeper, env.ctx(), jobId, {
      fault: T.FaultClass.FAULT_CLASS_EXECUTOR,
      executors: [],
      computeCharged: 0n,
    })
    expect(env.balance(buyer) - b).toBe(777n)
    expect(env.keeper.store.right(env.ctx(), rightId)!.usesRemaining).toBe(3)
    const job2 = requestJob(env, [rightId])
    const b2 = env.balance(buyer)
    settleJob(env.keeper, env.ctx(), job2, {
      fault: T.FaultClass.FAULT_CLASS_DATA,
      executors: [],
      computeCharged: 0n,
    })
    expect(env.balance(buyer) - b2).toBe(777n + 1001n)
    expect(env.assets.getBudget(env.ctx(), env.assetId, 1).reservedMicro).toBe(200_000n)
    invariantsHold()
  })

  it('algorithm fault bills metered compute and restores the data use', () => {
    const { rightId, jobId } = openJob()
    const b = env.balance(buyer)
    settleJob(env.keeper, env.ctx(), jobId, {
      fault: T.FaultClass.FAULT_CLASS_ALGORITHM,
      executors,
      computeCharged: 100n,
    })
    expect(env.balance(buyer) - b).toBe(677n)
    expect(env.keeper.store.right(env.ctx(), rightId)!.usesRemaining).toBe(3)
    invariantsHold()
  })

  it('rejects charges above the max, bad weights, and cancel after assignment', () => {
    const { jobId } = openJob()
    const bad = (s: Partial<Parameters<typeof settleJob>[3]>) => () =>
      settleJob(env.keeper, env.ctx(), jobId, {
        fault: 0,
        executors,
        computeCharged: 1n,
        ...s,
      })
    expect(bad({ computeCharged: 778n })).toThrowError(/compute charge/)
    expect(bad({ executors: [{ address: third, weightBps: 5000 }] })).toThrowError(/sum to 5000/)
    markAssigned(env.keeper, env.ctx(), jobId)
    expect(env.fail('MsgCancelJob', { requester: buyer, jobId }).is(E.invalidJobState)).toBe(true)
  })
})

describe('revocation and expiry', () => {
  it('revocation fails open jobs with full refund and refunds unused prepaid uses', () => {
    const { rightId } = openJob()
    const b = env.balance(buyer)
    env.fail('MsgBurnAsset', { owner, assetId: env.assetId })
    env.run('MsgSetAssetState', { owner, assetId: env.assetId, state: 6, reason: 'consent withdrawn' })
    // job: 1001 + 777; two unused uses: 2002
    expect(env.balance(buyer) - b).toBe(1001n + 777n + 2002n)
    expect(env.keeper.store.right(env.ctx(), rightId)!.state).toBe(T.RightState.RIGHT_STATE_REVOKED)
    expect(env.balance(env.keeper.escrowAddress())).toBe(0n)
    expect(env.assets.getBudget(env.ctx(), env.assetId, 1).reservedMicro).toBe(0n)
    invariantsHold()
  })

  it('end-block expires due rights, at most max_expiries_per_block per block, refunding the unused uses', () => {
    const offeringId = createOffering(env)
    const module = new ComputeRightModule(env.keeper)
    env.keeper.store.setParams(env.ctx(), { ...env.keeper.store.params(env.ctx()), maxExpiriesPerBlock: 2 })
    const ids = [purchase(env, offeringId), purchase(env, offeringId), purchase(env, offeringId)]
    requestJob(env, [ids[0]!])
    const b = env.balance(buyer)
    advance(env, 999n)
    module.endBlock(env.ctx())
    expect(ids.map((id) => env.keeper.store.right(env.ctx(), id)!.state)).toEqual([1, 1, 1])
    advance(env, 1n)
    module.endBlock(env.ctx())
    expect(ids.map((id) => env.keeper.store.right(env.ctx(), id)!.state)).toEqual([3, 3, 1])
    module.endBlock(env.ctx())
    expect(ids.map((id) => env.keeper.store.right(env.ctx(), id)!.state)).toEqual([3, 3, 3])
    expect(env.balance(buyer) - b).toBe(2n * 1001n + 2n * 3003n)
    invariantsHold()
  })
})
