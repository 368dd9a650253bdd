import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { AbciError } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import { computeRightInvariants } from './invariants.js'
import { jobStateIndexKey } from './keys.js'
import { settleJob } from './settle.js'
import { advance, createOffering, type Env, makeEnv, purchase, requestJob, third } from './test-env.js'

let env: Env
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.cleanup())

const S = T.JobState
const stateOf = (id: bigint) => env.keeper.store.job(env.ctx(), id)!.state
const indexed = (state: T.JobState, id: bigint) =>
  env.keeper.store.kv(env.ctx()).get(jobStateIndexKey(state, id)) !== undefined
const phase = (id: bigint, s: T.JobState) => env.keeper.setJobPhase(env.ctx(), id, s)

function refused(f: () => void, def = E.invalidJobPhase): void {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(AbciError)
    expect(def.is(e), (e as Error).message).toBe(true)
    return
  }
  throw new Error('expected a refusal')
}

function openJob(): bigint {
  return requestJob(env, [purchase(env, createOffering(env))])
}

describe('setJobPhase', () => {
  it('walks ASSIGNED → COMMITTED → ATTESTED ⇄ CHALLENGED, the state index following each step', () => {
    const id = openJob()
    const path = [S.JOB_STATE_ASSIGNED, S.JOB_STATE_COMMITTED, S.JOB_STATE_ATTESTED, S.JOB_STATE_CHALLENGED]
    let prev = S.JOB_STATE_REQUESTED
    for (const s of [...path, S.JOB_STATE_ATTESTED, S.JOB_STATE_CHALLENGED]) {
      phase(id, s)
      expect(stateOf(id)).toBe(s)
      expect([indexed(s, id), indexed(prev, id)]).toEqual([true, false])
      prev = s
    }
    for (const inv of computeRightInvariants(env.keeper))
      expect(inv.check(env.ctx()), inv.name).toBeUndefined()
  })

  it('refuses skipped, backward and end-state transitions without changing the job', () => {
    const id = openJob()
    refused(() => phase(id, S.JOB_STATE_COMMITTED))
    refused(() => phase(id, S.JOB_STATE_ATTESTED))
    refused(() => phase(id, S.JOB_STATE_CHALLENGED))
    for (const end of [S.JOB_STATE_FINALIZED, S.JOB_STATE_FAILED, S.JOB_STATE_EXPIRED, S.JOB_STATE_CANCELLED])
      refused(() => phase(id, end))
    refused(() => phase(id, S.JOB_STATE_REQUESTED))
    expect(stateOf(id)).toBe(S.JOB_STATE_REQUESTED)
    phase(id, S.JOB_STATE_ASSIGNED)
    refused(() => phase(id, S.JOB_STATE_ASSIGNED))
    refused(() => phase(id, S.JOB_STATE_REQUESTED))
    expect(stateOf(id)).toBe(S.JOB_STATE_ASSIGNED)
    refused(() => phase(999n, S.JOB_STATE_ASSIGNED), E.jobNotFound)
  })

  it('ASSIGNED only before the accept deadline; settled jobs take no phase', () => {
    const late = openJob()
    advance(env, env.keeper.store.params(env.ctx()).acceptSeconds + 1n)
    refused(() => phase(late, S.JOB_STATE_ASSIGNED), E.invalidJobState)
    const id = openJob()
    phase(id, S.JOB_STATE_ASSIGNED)
    phase(id, S.JOB_STATE_COMMITTED)
    phase(id, S.JOB_STATE_ATTESTED)
    phase(id, S.JOB_STATE_CHALLENGED)
    settleJob(env.keeper, env.ctx(), id, {
      fault: T.FaultClass.FAULT_CLASS_EXECUTOR,
      executors: [],
      computeCharged: 0n,
    })
    expect(stateOf(id)).toBe(S.JOB_STATE_FAILED)
    expect([indexed(S.JOB_STATE_FAILED, id), indexed(S.JOB_STATE_CHALLENGED, id)]).toEqual([true, false])
    refused(() => phase(id, S.JOB_STATE_ATTESTED))
  })

  it('an attested or challenged job past its final deadline cannot be claimed (jobAttested, nothing moves)', () => {
    for (const last of [S.JOB_STATE_ATTESTED, S.JOB_STATE_CHALLENGED]) {
      const id = openJob()
      for (const s of [S.JOB_STATE_ASSIGNED, S.JOB_STATE_COMMITTED, S.JOB_STATE_ATTESTED]) phase(id, s)
      if (last === S.JOB_STATE_CHALLENGED) phase(id, last)
      const job = env.keeper.store.job(env.ctx(), id)!
      advance(env, BigInt(job.deadlines!.finalBy) - env.ctx().unixSeconds + 1n)
      const before = env.state()
      const escrow = env.keeper.escrowBalance(env.ctx())
      expect(env.fail('MsgClaimExpiredJob', { claimer: third, jobId: id }).is(E.jobAttested)).toBe(true)
      expect(env.state()).toBe(before)
      expect(env.keeper.escrowBalance(env.ctx())).toEqual(escrow)
      expect(stateOf(id)).toBe(last)
    }
  })
})
