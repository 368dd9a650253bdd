// Issue 16's chain side through every real keeper, joined as the app joins them (DEFAULT params, the timeline
// scaled by one factor): a buyer trains one logistic model across three owners' assets, asking for attribution;
// the chain charges each the ε its accountant computes (the training's steps and the attribution's release);
// three executors attest the model digest with an attribution; after the
// challenge window anyone finalizes; each input's ledger shows job, model digest and ε; the buyer registers
// the model with its lineage; an inference use pays the owners their royalty to the micro-unit.
import { describe, expect, it } from 'vitest'
import { attestationErrors as AE } from '../../modules/attestation/errors.js'
import { commitmentOf } from '../../modules/attestation/index.js'
import { epsilonFromCurve, rdpCurve } from '../../modules/computeright/rdp-accountant.js'
import { JOB, TERMS_DEFAULT } from '../../modules/computeright/test-env.js'
import { registerAssetMsg, TERMS } from '../../modules/dataasset/test-env.js'
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import {
  auditor,
  buyers,
  contributor,
  executors,
  grantEntry,
  type JobsTestEnv,
  jobsTestEnv,
  owner,
} from './jobs-test-env.js'

const buyer = buyers[0]!
const inferer = buyers[1]!
const execs = executors.slice(0, 3)
const hash = (n: number) => n.toString(16).padStart(64, '0')
const salt = (i: number) => `0${i}`.repeat(16)
const MODEL = 'ef'.repeat(32)
const LOGISTIC = CR.ModelFamily.MODEL_FAMILY_LOGISTIC
const ATTRIBUTION = [500_000, 300_000, 200_000]

/** Two more owners' assets (contributor's, auditor's), granted to the executors; a training offering on each. */
function threeOwners(s: JobsTestEnv): { assets: string[]; offerings: bigint[] } {
  const { id: termsId } = s.run(
    'MsgRegisterLicenseTerms',
    { creator: owner, terms: TERMS },
    DA.MsgRegisterLicenseTermsResponse,
  )
  const assets = [s.assetId]
  for (const [i, who] of [contributor, auditor].entries()) {
    const msg = registerAssetMsg(termsId, { owner: who, contentHash: hash(40 + i), contributors: [] })
    const id = s.run('MsgRegisterAsset', msg, DA.MsgRegisterAssetResponse).id
    s.run('MsgGrantExecutors', { owner: who, assetId: id, grants: execs.map((x) => grantEntry(x)) })
    assets.push(id)
  }
  const owners = [owner, contributor, auditor]
  const offerings = assets.map(
    (assetId, i) =>
      s.run(
        'MsgCreateOffering',
        {
          owner: owners[i],
          assetId,
          terms: {
            ...TERMS_DEFAULT,
            usesPerRight: 1,
            trainFamilies: [LOGISTIC],
            epsilonPerUseMicro: 1_000_000n,
          },
        },
        CR.MsgCreateOfferingResponse,
      ).id,
  )
  return { assets, offerings }
}

/**
 * The buyer buys a training right on each asset and requests one logistic training job over all three,
 * asking the executors for attribution or not.
 */
function requestTraining(s: JobsTestEnv, assets: string[], offerings: bigint[], attribution = false): bigint {
  const rights = offerings.map(
    (offeringId) => s.run('MsgPurchaseRight', { buyer, offeringId }, CR.MsgPurchaseRightResponse).rightId,
  )
  const training: CR.TrainingSpecInput = {
    family: LOGISTIC,
    hiddenWidth: 0,
    featureColumns: ['x0', 'x1', 'x2', 'x3'],
    labelColumn: 'y',
    schemaHash: hash(77),
    hyperparams: {
      rounds: 100,
      localSteps: 1,
      samplingRatePpm: 50_000,
      clipNormMicro: 1_000_000n,
      noiseMultiplierMicro: 3_500_000n,
      learningRateMicro: 500_000n,
    },
    inputs: assets.map((assetId) => ({ assetId, epsilonMicro: 1_000_000n, deltaNano: 1_000n })),
    attribution,
  }
  const job = { ...JOB, epsilonMicro: 0n, purpose: DA.Purpose.PURPOSE_TRAINING, training }
  const jobId = s.run(
    'MsgRequestJob',
    { requester: buyer, rightIds: rights, job },
    CR.MsgRequestJobResponse,
  ).jobId
  return jobId
}

function commitAll(s: JobsTestEnv, jobId: bigint, digest: string) {
  for (const x of execs) s.run('MsgAcceptJob', { executor: x, jobId })
  execs.forEach((x, i) => {
    s.run('MsgCommitResult', { executor: x, jobId, commitment: commitmentOf(digest, salt(i)) })
  })
}

const reveal = (jobId: bigint, i: number, digest: string, attributionPpm: number[]) => ({
  executor: execs[i],
  jobId,
  resultDigest: digest,
  salt: salt(i),
  outputUri: 'http://e/model',
  epsilonSpentMicro: 0n,
  attributionPpm,
})

async function finalize(s: JobsTestEnv, jobId: bigint) {
  const a = s.att.keeper.store.attestation(s.tc.ctx, jobId)!
  const windowEnd = a.attestedAt + s.cr.store.params(s.tc.ctx).challengeSeconds
  while (s.tc.ctx.unixSeconds < windowEnd) await s.nextBlock()
  s.run('MsgFinalizeJob', { sender: inferer, jobId })
}

describe('training across owners, a model asset, inference royalties', () => {
  it('trains, attests with attribution, finalizes, registers the model and pays royalties exactly', async () => {
    const s = await jobsTestEnv()
    try {
      const { assets, offerings } = threeOwners(s)
      const jobId = requestTraining(s, assets, offerings, true)
      const charges = s.cr.store.job(s.tc.ctx, jobId)!.trainingCharges
      const eps = charges[0]!.epsilonMicro
      expect(charges.every((c) => c.epsilonMicro === eps) && eps > 800_000n && eps <= 1_000_000n).toBe(true)
      // the job asks for attribution: 100 rounds and the scores' release, 101 steps of the sampled Gaussian
      const curve = (steps: bigint) =>
        rdpCurve(steps, { num: 50_000n, den: 1_000_000n }, { num: 35n, den: 10n })
      const at = (steps: bigint) =>
        epsilonFromCurve(curve(steps), { num: 1_000n, den: 1_000_000_000n }).microEpsilon
      expect(eps).toBe(at(101n))
      expect(eps > at(100n)).toBe(true)
      commitAll(s, jobId, MODEL)
      // An attribution for the wrong number of inputs is refused (nothing changes).
      const before = s.snapshot()
      const wrong = s.attempt('MsgRevealResult', reveal(jobId, 0, MODEL, [600_000, 400_000]))
      expect(!wrong.ok && AE.invalidAttribution.is(wrong.error)).toBe(true)
      // The job asked for attribution: a result reveal without one is refused too.
      const none = s.attempt('MsgRevealResult', reveal(jobId, 0, MODEL, []))
      expect(!none.ok && AE.invalidAttribution.is(none.error)).toBe(true)
      expect(s.snapshot()).toBe(before)
      // Executor 2 reveals another attribution: it does not agree with the others, who form the quorum.
      s.run('MsgRevealResult', reveal(jobId, 0, MODEL, ATTRIBUTION))
      s.run('MsgRevealResult', reveal(jobId, 2, MODEL, [400_000, 400_000, 200_000]))
      const r = s.run('MsgRevealResult', reveal(jobId, 1, MODEL, ATTRIBUTION), AT.MsgRevealResultResponse)
      expect(r.attested).toBe(true)
      expect(s.att.keeper.store.attestation(s.tc.ctx, jobId)!.agreeing).toEqual([execs[0], execs[1]])
      await finalize(s, jobId)
      const done = s.cr.store.job(s.tc.ctx, jobId)!
      expect(done.state).toBe(CR.JobState.JOB_STATE_FINALIZED)
      expect(done.trainingCharges.map((c) => c.weightPpm)).toEqual(ATTRIBUTION)
      for (const a of assets) {
        const [rec] = [...s.assets.ledger.usage(s.tc.ctx, a)]
        expect([rec!.jobId, rec!.resultDigest, rec!.epsilonMicro]).toEqual([jobId.toString(), MODEL, eps])
        expect(s.assets.getBudget(s.tc.ctx, a, 1).spentMicro).toBe(eps)
      }

      // The buyer registers the model (inference-only licence) and sells inference on it.
      const { id: inferTerms } = s.run(
        'MsgRegisterLicenseTerms',
        { creator: buyer, terms: { ...TERMS, purposes: [DA.Purpose.PURPOSE_INFERENCE] } },
        DA.MsgRegisterLicenseTermsResponse,
      )
      const modelMsg = {
        ...registerAssetMsg(inferTerms, { owner: buyer, contentHash: hash(50), contributors: [] }),
        jobId,
        modelDigest: MODEL,
        royaltyBps: 3_000,
      }
      const modelId = s.run('MsgRegisterModel', modelMsg, DA.MsgRegisterModelResponse).id
      expect(s.assets.requireAsset(s.tc.ctx, modelId).lineage?.inputWeightsPpm).toEqual(ATTRIBUTION)
      s.run('MsgGrantExecutors', { owner: buyer, assetId: modelId, grants: execs.map((x) => grantEntry(x)) })
      const offeringId = s.run(
        'MsgCreateOffering',
        {
          owner: buyer,
          assetId: modelId,
          terms: { ...TERMS_DEFAULT, usesPerRight: 1, pricePerUse: { denom: 'udatum', amount: '1000003' } },
        },
        CR.MsgCreateOfferingResponse,
      ).id
      const inferJob = { ...JOB, purpose: DA.Purpose.PURPOSE_INFERENCE }
      const inferId = s.run(
        'MsgPurchaseAndRequest',
        { buyer: inferer, offeringId, job: inferJob },
        CR.MsgPurchaseAndRequestResponse,
      ).jobId
      commitAll(s, inferId, 'aa'.repeat(32))
      for (const i of [0, 1]) s.run('MsgRevealResult', reveal(inferId, i, 'aa'.repeat(32), []))
      const [o, c, a, b] = [owner, contributor, auditor, buyer].map((w) => s.balance(w))
      await finalize(s, inferId)
      // 1000003: protocol 2% = 20000; rest 980003; royalty 30% = 294000 (floor of 294000.9);
      // input shares 50/30/20%: 147000, 88200, 58800 (no dust). Input 0 splits 70/30 between owner and
      // contributor: 102900 and 44100. The model owner keeps 980003 − 294000 = 686003.
      expect(s.balance(owner) - o).toBe(102_900n)
      expect(s.balance(contributor) - c).toBe(44_100n + 88_200n)
      expect(s.balance(auditor) - a).toBe(58_800n)
      expect(s.balance(buyer) - b).toBe(686_003n)
      expect(s.brokenInvariants()).toEqual([])
    } finally {
      await s.cleanup()
    }
  })

  it('refuses an attribution that does not sum to 10^6, on a fault report, or on a job that trains nothing', async () => {
    const s = await jobsTestEnv()
    try {
      const jobId = s.run(
        'MsgPurchaseAndRequest',
        { buyer, offeringId: s.offeringId, job: JOB },
        CR.MsgPurchaseAndRequestResponse,
      ).jobId
      commitAll(s, jobId, MODEL)
      const before = s.snapshot()
      for (const attribution of [[1_000_000], [600_000, 300_000]]) {
        const r = s.attempt('MsgRevealResult', reveal(jobId, 0, MODEL, attribution))
        expect(!r.ok && AE.invalidAttribution.is(r.error), JSON.stringify(attribution)).toBe(true)
      }
      const fault = {
        ...reveal(jobId, 0, MODEL, [1_000_000]),
        outputUri: '',
        fault: AT.ReportedFault.REPORTED_FAULT_ALGORITHM,
      }
      const r = s.attempt('MsgRevealResult', fault)
      expect(!r.ok && AE.invalidAttribution.is(r.error)).toBe(true)
      expect(s.snapshot()).toBe(before)
    } finally {
      await s.cleanup()
    }
  })
  it('refuses an attribution on a training job that did not ask for one; its reveals carry none and split equally', async () => {
    const s = await jobsTestEnv()
    try {
      const { assets, offerings } = threeOwners(s)
      const jobId = requestTraining(s, assets, offerings)
      commitAll(s, jobId, MODEL)
      // the job's ε covers the training only, not a release of contribution scores
      const before = s.snapshot()
      const r = s.attempt('MsgRevealResult', reveal(jobId, 0, MODEL, ATTRIBUTION))
      expect(!r.ok && AE.invalidAttribution.is(r.error)).toBe(true)
      expect(s.snapshot()).toBe(before)
      for (const i of [0, 1]) s.run('MsgRevealResult', reveal(jobId, i, MODEL, []))
      await finalize(s, jobId)
      const done = s.cr.store.job(s.tc.ctx, jobId)!
      expect([done.state, done.attributed]).toEqual([CR.JobState.JOB_STATE_FINALIZED, false])
      expect(done.trainingCharges.map((c) => c.weightPpm)).toEqual([333_334, 333_333, 333_333])
    } finally {
      await s.cleanup()
    }
  })
  it('lets an executor granted one input of a training job accept it, but not a job reading every input', async () => {
    const s = await jobsTestEnv()
    try {
      const { assets, offerings } = threeOwners(s)
      // executors[3] holds a grant on the first asset only (the env's), none on the other owners'
      const one = executors[3]!
      const jobId = requestTraining(s, assets, offerings)
      s.run('MsgAcceptJob', { executor: one, jobId })
      expect(s.att.keeper.store.attestation(s.tc.ctx, jobId)!.assigned).toEqual([one])
      // the same executor on a one-input job over an asset it was not granted is refused, state unchanged
      const other = s.run(
        'MsgPurchaseAndRequest',
        { buyer, offeringId: offerings[1]!, job: { ...JOB, purpose: DA.Purpose.PURPOSE_TRAINING } },
        CR.MsgPurchaseAndRequestResponse,
      ).jobId
      const before = s.snapshot()
      const r = s.attempt('MsgAcceptJob', { executor: one, jobId: other })
      expect(r.ok).toBe(false)
      expect(s.snapshot()).toBe(before)
    } finally {
      await s.cleanup()
    }
  })
})
