// The attestation module against the real computeright keeper through the app's adapter: a bought job is
// accepted, committed, revealed, attested and finalized; the owner is paid, the usage ledger has the job and
// ε is spent. computeright mirrors the phases. A job nobody reveals expires and the buyer gets everything back.
import { describe, expect, it } from 'vitest'
import { commitmentOf } from '../../modules/attestation/index.js'
import { JOB } from '../../modules/computeright/test-env.js'
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import { auditor, buyers, executors, type JobsTestEnv, jobsTestEnv, owner } from './jobs-test-env.js'

const buyer = buyers[0]!
const execs = executors.slice(0, 2)
const DIGEST = 'ab'.repeat(32)
const salt = (i: number) => `0${i}`.repeat(16)

async function withEnv(f: (s: JobsTestEnv) => Promise<void>): Promise<void> {
  const s = await jobsTestEnv()
  try {
    await f(s)
    expect(s.brokenInvariants()).toEqual([])
  } finally {
    await s.cleanup()
  }
}

const requestJob = (s: JobsTestEnv): bigint =>
  s.run(
    'MsgPurchaseAndRequest',
    { buyer, offeringId: s.offeringId, job: JOB },
    CR.MsgPurchaseAndRequestResponse,
  ).jobId
const jobState = (s: JobsTestEnv, id: bigint) => s.cr.store.job(s.tc.ctx, id)?.state

/** Every executor commits (the job becomes COMMITTED at the first) and reveals the same digest. */
function commitAndReveal(s: JobsTestEnv, jobId: bigint): void {
  execs.forEach((x, i) => {
    s.run('MsgCommitResult', { executor: x, jobId, commitment: commitmentOf(DIGEST, salt(i)) })
    expect(jobState(s, jobId)).toBe(CR.JobState.JOB_STATE_COMMITTED)
  })
  execs.forEach((x, i) => {
    const reveal = {
      resultDigest: DIGEST,
      salt: salt(i),
      outputUri: 'http://e/r',
      epsilonSpentMicro: 30_000n,
    }
    s.run('MsgRevealResult', { executor: x, jobId, ...reveal })
  })
}

describe('attestation with the real computeright keeper', () => {
  it('request → accept → commit → reveal → attested → finalized: owner paid, ledger entry, ε spent', () =>
    withEnv(async (s) => {
      const jobId = requestJob(s)
      const ownerBefore = s.balance(owner)
      for (const x of execs) s.run('MsgAcceptJob', { executor: x, jobId })
      expect(jobState(s, jobId)).toBe(CR.JobState.JOB_STATE_ASSIGNED)
      commitAndReveal(s, jobId)
      const att = s.att.keeper.store.attestation(s.tc.ctx, jobId)
      expect(att?.state).toBe(AT.AttestationState.ATTESTATION_STATE_ATTESTED)
      expect(jobState(s, jobId)).toBe(CR.JobState.JOB_STATE_ATTESTED)
      const window = s.cr.store.params(s.tc.ctx).challengeSeconds
      while (s.tc.ctx.unixSeconds < att!.attestedAt + window) await s.nextBlock()
      s.run('MsgFinalizeJob', { sender: buyer, jobId })
      expect(jobState(s, jobId)).toBe(CR.JobState.JOB_STATE_FINALIZED)
      expect(s.balance(owner)).toBeGreaterThan(ownerBefore)
      const usage = [...s.assets.ledger.usage(s.tc.ctx, s.assetId)]
      expect(usage).toHaveLength(1)
      expect(usage[0]).toMatchObject({
        jobId: jobId.toString(),
        epsilonMicro: JOB.epsilonMicro, // fixed at request; the reveals said 30_000
        executors: execs,
        resultDigest: DIGEST,
      })
      expect(s.assets.getBudget(s.tc.ctx, s.assetId, 1).spentMicro).toBe(JOB.epsilonMicro)
    }))

  it('computeright mirrors the phases: a challenge makes the job CHALLENGED, a rejected one finalizes it', () =>
    withEnv(async (s) => {
      const jobId = requestJob(s)
      for (const x of execs) s.run('MsgAcceptJob', { executor: x, jobId })
      commitAndReveal(s, jobId)
      const bond = { denom: 'udatum', amount: '100000' }
      s.run('MsgChallenge', { challenger: owner, jobId, bond, reason: 'suspicious' })
      expect(jobState(s, jobId)).toBe(CR.JobState.JOB_STATE_CHALLENGED)
      // computeright refuses phases out of order
      expect(() => s.cr.setJobPhase(s.tc.ctx, jobId, CR.JobState.JOB_STATE_COMMITTED)).toThrowError(/phase/)
      s.run('MsgResolveChallenge', { arbiter: auditor, disputeId: 1n, uphold: false })
      expect(jobState(s, jobId)).toBe(CR.JobState.JOB_STATE_FINALIZED)
    }))

  it('no reveal by the deadline: claim refunds the buyer in full and restores ε', () =>
    withEnv(async (s) => {
      const before = s.balance(buyer)
      const jobId = requestJob(s)
      const paid = before - s.balance(buyer)
      s.run('MsgAcceptJob', { executor: execs[0], jobId })
      const job = s.cr.store.job(s.tc.ctx, jobId)!
      while (s.tc.ctx.unixSeconds <= job.deadlines!.revealBy) await s.nextBlock()
      s.run('MsgClaimExpired', { sender: buyer, jobId })
      expect(jobState(s, jobId)).toBe(CR.JobState.JOB_STATE_FAILED)
      // Executor fault restores the use: the right keeps its paid use and the whole compute fee comes back.
      expect(before - s.balance(buyer)).toBe(paid - BigInt(JOB.maxComputeFee?.amount ?? '0'))
      expect(s.cr.store.right(s.tc.ctx, job.rightIds[0]!)?.usesRemaining).toBe(1)
      expect(s.assets.getBudget(s.tc.ctx, s.assetId, 1).spentMicro).toBe(0n)
    }))
})
