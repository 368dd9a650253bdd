// Issue 11's money rules through the real keepers (DEFAULT timeline scaled by one factor): an attested job
// cannot be claimed as expired and is finalized by anyone after the challenge window; a quorum of ALGORITHM
// fault reports pays the compute fee and gives the use back; a quorum of DATA fault reports refunds
// everything, slashes nobody, marks the asset and pauses its offerings until a version with new content.
import { describe, expect, it } from 'vitest'
import { commitmentOf, faultDigest } from '../../modules/attestation/index.js'
import { computeRightErrors as CE } from '../../modules/computeright/errors.js'
import { JOB } from '../../modules/computeright/test-env.js'
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import { buyers, contributor, executors, type JobsTestEnv, jobsTestEnv, owner } from './jobs-test-env.js'

const buyer = buyers[0]!
const execs = executors.slice(0, 2)
const DIGEST = 'ab'.repeat(32)
const salt = (i: number) => `0${i}`.repeat(16)
const PRICE = 1001n
const COMPUTE = BigInt(JOB.maxComputeFee!.amount as string)

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
const job = (s: JobsTestEnv, id: bigint) => s.cr.store.job(s.tc.ctx, id)!
const bonds = (s: JobsTestEnv) => execs.map((x) => s.att.keeper.store.executor(s.tc.ctx, x)!.bond!.amount)

/** Both executors accept, commit `digest` and reveal it (with `fault` for a fault report). */
function work(
  s: JobsTestEnv,
  jobId: bigint,
  digest: string,
  fault = AT.ReportedFault.REPORTED_FAULT_UNSPECIFIED,
) {
  for (const x of execs) s.run('MsgAcceptJob', { executor: x, jobId })
  execs.forEach((x, i) => {
    s.run('MsgCommitResult', { executor: x, jobId, commitment: commitmentOf(digest, salt(i)) })
  })
  const isFault = fault !== AT.ReportedFault.REPORTED_FAULT_UNSPECIFIED
  execs.forEach((x, i) => {
    s.run('MsgRevealResult', {
      executor: x,
      jobId,
      resultDigest: digest,
      salt: salt(i),
      outputUri: isFault ? '' : 'http://e/r',
      epsilonSpentMicro: 1n,
      fault,
      faultReason: isFault ? 'reported by the daemon' : '',
    })
  })
}

describe('attested jobs are paid, never refunded as expired', () => {
  it('a claim past final_by is refused (jobAttested, no coins move); a third party finalizes, the owner is paid', () =>
    withEnv(async (s) => {
      const jobId = requestJob(s)
      work(s, jobId, DIGEST)
      expect(job(s, jobId).state).toBe(CR.JobState.JOB_STATE_ATTESTED)
      while (s.tc.ctx.unixSeconds <= job(s, jobId).deadlines!.finalBy) await s.nextBlock()
      const before = s.snapshot()
      const r = s.attempt('MsgClaimExpiredJob', { claimer: contributor, jobId })
      expect(!r.ok && CE.jobAttested.is(r.error)).toBe(true)
      expect(s.snapshot()).toBe(before)
      const a = s.att.keeper.store.attestation(s.tc.ctx, jobId)!
      const windowEnd = a.attestedAt + s.cr.store.params(s.tc.ctx).challengeSeconds
      while (s.tc.ctx.unixSeconds < windowEnd) await s.nextBlock()
      const [o, c, b, x0, x1] = [owner, contributor, buyer, ...execs].map((w) => s.balance(w!))
      s.run('MsgFinalizeJob', { sender: contributor, jobId })
      expect(job(s, jobId).state).toBe(CR.JobState.JOB_STATE_FINALIZED)
      // 1001: protocol fee 2% = 20; 981 by weight 70/30 -> owner 686 + 1 dust, contributor 294
      expect(s.balance(owner) - o).toBe(687n)
      expect(s.balance(contributor) - c).toBe(294n)
      expect(s.balance(buyer) - b).toBe(0n)
      // compute fee 777 in equal shares, dust to the first
      expect([s.balance(execs[0]!) - x0, s.balance(execs[1]!) - x1]).toEqual([389n, 388n])
      // ε debited is the job's (50_000), not the reveals' figure (1)
      expect(s.assets.getBudget(s.tc.ctx, s.assetId, 1).spentMicro).toBe(JOB.epsilonMicro)
      expect([...s.assets.ledger.usage(s.tc.ctx, s.assetId)][0]!.epsilonMicro).toBe(JOB.epsilonMicro)
    }))
})

describe('fault classes reported by a quorum', () => {
  it('ALGORITHM: executors keep the compute fee, the use and ε go back to the right, nobody is slashed', () =>
    withEnv(async (s) => {
      const b0 = s.balance(buyer)
      const jobId = requestJob(s)
      expect(b0 - s.balance(buyer)).toBe(PRICE + COMPUTE)
      const [o, b, x0, x1] = [owner, buyer, ...execs].map((w) => s.balance(w!))
      const bondsBefore = bonds(s)
      const reserved = s.assets.getBudget(s.tc.ctx, s.assetId, 1).reservedMicro
      work(s, jobId, faultDigest('ALGORITHM'), AT.ReportedFault.REPORTED_FAULT_ALGORITHM)
      const j = job(s, jobId)
      expect([j.state, j.fault]).toEqual([CR.JobState.JOB_STATE_FAILED, CR.FaultClass.FAULT_CLASS_ALGORITHM])
      expect([s.balance(execs[0]!) - x0, s.balance(execs[1]!) - x1]).toEqual([389n, 388n])
      expect(s.balance(owner) - o).toBe(0n)
      // the data fee comes back as the prepaid use, usable again (or refunded when the right ends)
      expect(s.balance(buyer) - b).toBe(0n)
      expect(s.cr.store.right(s.tc.ctx, j.rightIds[0]!)!.usesRemaining).toBe(1)
      expect(s.assets.getBudget(s.tc.ctx, s.assetId, 1)).toMatchObject({
        reservedMicro: reserved,
        spentMicro: 0n,
      })
      expect(bonds(s)).toEqual(bondsBefore)
      expect(s.att.keeper.store.attestation(s.tc.ctx, jobId)!.fault).toBe(
        AT.ReportedFault.REPORTED_FAULT_ALGORITHM,
      )
      expect([...s.assets.ledger.usage(s.tc.ctx, s.assetId)]).toHaveLength(0)
    }))

  it('DATA: full refund, nobody slashed, the asset marked and its offerings paused until new content', () =>
    withEnv(async (s) => {
      const b0 = s.balance(buyer)
      const jobId = requestJob(s)
      const [o, x0, x1] = [owner, ...execs].map((w) => s.balance(w!))
      const bondsBefore = bonds(s)
      const v1Hash = s.assets.requireAsset(s.tc.ctx, s.assetId).contentHash
      work(s, jobId, faultDigest('DATA', s.assetId), AT.ReportedFault.REPORTED_FAULT_DATA)
      const j = job(s, jobId)
      expect([j.state, j.fault]).toEqual([CR.JobState.JOB_STATE_FAILED, CR.FaultClass.FAULT_CLASS_DATA])
      expect(s.balance(buyer)).toBe(b0)
      expect([s.balance(owner) - o, s.balance(execs[0]!) - x0, s.balance(execs[1]!) - x1]).toEqual([
        0n,
        0n,
        0n,
      ])
      expect(bonds(s)).toEqual(bondsBefore)
      const budget = s.assets.getBudget(s.tc.ctx, s.assetId, 1)
      expect([budget.reservedMicro, budget.spentMicro]).toEqual([0n, 0n])
      const marked = s.assets.requireAsset(s.tc.ctx, s.assetId)
      expect(marked.dataFault).toMatchObject({ version: 1, contentHash: v1Hash, jobId })
      const ev = s.tc.ctx.events.events().filter((e) => e.type === 'datum.dataasset.v1.EventAssetDataFault')
      expect(ev).toHaveLength(1)
      expect(ev[0]!.attributes.find((a) => a.key === 'id')?.value).toBe(JSON.stringify(s.assetId))
      // paused: no purchase, no new job, no new offering
      const before = s.snapshot()
      const buy = s.attempt('MsgPurchaseAndRequest', { buyer, offeringId: s.offeringId, job: JOB })
      expect(!buy.ok && CE.assetDataFault.is(buy.error)).toBe(true)
      expect(s.snapshot()).toBe(before)
      // the owner publishes a package with a new content hash: the mark is cleared, sales resume
      s.run('MsgPublishVersion', {
        owner,
        assetId: s.assetId,
        contentHash: 'ef'.repeat(32),
        storage: { uri: 'https://store.example/v2.enc', encryptionScheme: 'aes-256-gcm' },
      })
      expect(s.assets.requireAsset(s.tc.ctx, s.assetId).dataFault).toBeUndefined()
      requestJob(s)
    }))

  it('a fault report must reveal the fault digest it names (invalidFaultReport, nothing changes)', () =>
    withEnv(async (s) => {
      const jobId = requestJob(s)
      for (const x of execs) s.run('MsgAcceptJob', { executor: x, jobId })
      s.run('MsgCommitResult', { executor: execs[0], jobId, commitment: commitmentOf(DIGEST, salt(0)) })
      s.run('MsgCommitResult', { executor: execs[1], jobId, commitment: commitmentOf(DIGEST, salt(1)) })
      const before = s.snapshot()
      const r = s.attempt('MsgRevealResult', {
        executor: execs[0],
        jobId,
        resultDigest: DIGEST,
        salt: salt(0),
        outputUri: '',
        fault: AT.ReportedFault.REPORTED_FAULT_DATA,
        faultReason: 'x',
      })
      expect(!r.ok && r.error.codespace === 'attestation' && r.error.code === 35).toBe(true)
      expect(s.snapshot()).toBe(before)
    }))
})
