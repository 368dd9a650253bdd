// Training jobs, models as assets and inference royalties through the real dataasset and computeright keepers
// (default params): the chain charges each input the ε its accountant computes from the declared
// hyperparameters and refuses above the declared ε, the right's cap or the asset's δ; the ledger records job,
// model digest and ε; the buyer registers the finalized model with its lineage; inference uses pay royalties.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { declaredTrainingCost } from '../../client/executor/train/accountant.js'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { dataAssetErrors as DE } from '../dataasset/errors.js'
import { QUERY_SERVICE as DA_QUERY } from '../dataasset/query-paths.js'
import { dataAssetQueryHandlers } from '../dataasset/query-server.js'
import { registerAssetMsg, TERMS } from '../dataasset/test-env.js'
import type { ErrorDef } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import { computeRightInvariants } from './invariants.js'
import { settleJob } from './settle.js'
import {
  buyer,
  createOffering,
  type Env,
  type FailedMsg,
  hash,
  JOB,
  makeEnv,
  other,
  owner,
  purchase,
  TERMS_DEFAULT,
  third,
} from './test-env.js'

let env: Env
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.cleanup())

const expectErr = (e: FailedMsg, def: ErrorDef) =>
  expect(e.is(def), `${e.codespace}/${e.code}: ${e.message}`).toBe(true)
const invariantsHold = () => {
  for (const inv of computeRightInvariants(env.keeper)) expect(inv.check(env.ctx()), inv.name).toBeUndefined()
}
const LOGISTIC = T.ModelFamily.MODEL_FAMILY_LOGISTIC
const MODEL_DIGEST = 'ef'.repeat(32)
/** Settles the job without a fault, no executors paid, no compute charged. */
const settleClean = (jobId: bigint, over: { resultDigest?: string; attributionPpm?: number[] } = {}) =>
  settleJob(env.keeper, env.ctx(), jobId, {
    fault: T.FaultClass.FAULT_CLASS_NONE,
    executors: [],
    computeCharged: 0n,
    resultDigest: MODEL_DIGEST,
    ...over,
  })
const HYPER: T.TrainingHyperparamsInput = {
  rounds: 100,
  localSteps: 1,
  samplingRatePpm: 50_000,
  clipNormMicro: 1_000_000n,
  noiseMultiplierMicro: 3_500_000n,
  learningRateMicro: 100_000n,
}
/** The executor library's charge for HYPER at the asset's δ (1e-6), with or without attribution. */
const libraryCharge = (attribution = false) =>
  declaredTrainingCost({
    rounds: 100n,
    samplingRate: { num: 50_000n, den: 1_000_000n },
    noiseMultiplier: { num: 3_500_000n, den: 1_000_000n },
    clipping: { num: 1n, den: 1n },
    delta: { num: 1_000n, den: 1_000_000_000n },
    attribution,
  }).microEpsilon
/** The chain's charge for HYPER must be ≥ the library's, by ≤ 1 µε. */
const LIBRARY_CHARGE = libraryCharge()

function spec(assets: string[], over: Partial<T.TrainingSpecInput> = {}): T.TrainingSpecInput {
  return {
    family: LOGISTIC,
    hiddenWidth: 0,
    featureColumns: ['age', 'bmi'],
    labelColumn: 'outcome',
    schemaHash: hash(77),
    hyperparams: HYPER,
    inputs: assets.map((assetId) => ({ assetId, epsilonMicro: 1_000_000n, deltaNano: 1_000n })),
    ...over,
  }
}

const trainingOffer = { trainFamilies: [LOGISTIC], epsilonPerUseMicro: 1_000_000n }

/** A second asset, owned by `third` with no contributors, and a training offering on each asset. */
function twoInputs(): { assets: string[]; rights: bigint[] } {
  const { id: termsId } = env.run(
    'MsgRegisterLicenseTerms',
    { creator: owner, terms: TERMS },
    DA.MsgRegisterLicenseTermsResponse,
  )
  const second = env.run(
    'MsgRegisterAsset',
    registerAssetMsg(termsId, { owner: third, contentHash: hash(2), contributors: [] }),
    DA.MsgRegisterAssetResponse,
  ).id
  const o1 = createOffering(env, trainingOffer)
  const o2 = env.run(
    'MsgCreateOffering',
    { owner: third, assetId: second, terms: { ...TERMS_DEFAULT, ...trainingOffer } },
    T.MsgCreateOfferingResponse,
  ).id
  return { assets: [env.assetId, second], rights: [purchase(env, o1), purchase(env, o2)] }
}

const requestTraining = (
  rights: bigint[],
  training: T.TrainingSpecInput,
  over: Partial<T.JobRequestInput> = {},
) => ({
  requester: buyer,
  rightIds: rights,
  job: { ...JOB, epsilonMicro: 0n, purpose: DA.Purpose.PURPOSE_TRAINING, training, ...over },
})

describe('training jobs: the chain charges ε from the hyperparameters', () => {
  it('charges each input the accountant ε (≥ the executor library, ≤ +1 µε) and debits exactly that', () => {
    const { assets, rights } = twoInputs()
    const jobId = env.run(
      'MsgRequestJob',
      requestTraining(rights, spec(assets)),
      T.MsgRequestJobResponse,
    ).jobId
    const job = env.keeper.store.job(env.ctx(), jobId)!
    expect(job.trainingCharges.map((c) => c.assetId)).toEqual(assets)
    const charge = job.trainingCharges[0]!.epsilonMicro
    expect(charge >= LIBRARY_CHARGE && charge - LIBRARY_CHARGE <= 1n, `${charge} vs ${LIBRARY_CHARGE}`).toBe(
      true,
    )
    expect(charge).toBeLessThanOrEqual(1_000_000n)
    expect(job.epsilonMicro).toBe(charge)
    invariantsHold()
    settleClean(jobId)
    for (const a of assets) {
      expect(env.assets.getBudget(env.ctx(), a, 1).spentMicro).toBe(charge)
      const [rec] = [...env.assets.ledger.usage(env.ctx(), a)]
      expect([rec!.jobId, rec!.resultDigest, rec!.epsilonMicro]).toEqual([
        jobId.toString(),
        MODEL_DIGEST,
        charge,
      ])
    }
    // No attribution revealed: an equal split.
    const done = env.keeper.store.job(env.ctx(), jobId)!
    expect(done.trainingCharges.map((c) => c.weightPpm)).toEqual([500_000, 500_000])
    expect([done.resultDigest, done.attributed]).toEqual([MODEL_DIGEST, false])
    invariantsHold()
    // The training-charges invariant notices shares that do not sum to 10^6 on a finalized job.
    const skewed = { ...done, trainingCharges: done.trainingCharges.map((c) => ({ ...c, weightPpm: 1 })) }
    env.keeper.store.putJob(env.ctx(), skewed, assets)
    const inv = computeRightInvariants(env.keeper).find((i) => i.name === 'computeright/training-charges')!
    expect(inv.check(env.ctx())).toMatch(/shares sum to 2/)
  })

  it('refuses, changing nothing: no TRAIN_<family> on the right, wrong purpose, ε above declared or cap, δ above the asset', () => {
    const { assets, rights } = twoInputs()
    const plain = purchase(env, createOffering(env, { epsilonPerUseMicro: 1_000_000n }))
    expectErr(env.fail('MsgRequestJob', requestTraining([plain], spec([env.assetId]))), E.trainingNotAllowed)
    expectErr(
      env.fail(
        'MsgRequestJob',
        requestTraining(rights, spec(assets, { family: T.ModelFamily.MODEL_FAMILY_MLP, hiddenWidth: 8 })),
      ),
      E.trainingNotAllowed,
    )
    expectErr(
      env.fail(
        'MsgRequestJob',
        requestTraining(rights, spec(assets), { purpose: DA.Purpose.PURPOSE_RESEARCH }),
      ),
      E.trainingNotAllowed,
    )
    const low = spec(assets)
    low.inputs = low.inputs!.map((i, n) => (n === 1 ? { ...i, epsilonMicro: LIBRARY_CHARGE - 1n } : i))
    expectErr(env.fail('MsgRequestJob', requestTraining(rights, low)), E.trainingEpsilonAboveDeclared)
    const fewRounds = { ...HYPER, noiseMultiplierMicro: 1_000_000n }
    expectErr(
      env.fail('MsgRequestJob', requestTraining(rights, spec(assets, { hyperparams: fewRounds }))),
      E.trainingEpsilonAboveDeclared,
    )
    // A right sold at 0.1 ε per use cannot carry a ~1 ε training.
    const small = purchase(env, createOffering(env, { trainFamilies: [LOGISTIC] }))
    expectErr(env.fail('MsgRequestJob', requestTraining([small], spec([env.assetId]))), E.epsilonTooHigh)
    const wideDelta = spec(assets)
    wideDelta.inputs = wideDelta.inputs!.map((i) => ({ ...i, deltaNano: 10_000n }))
    expectErr(env.fail('MsgRequestJob', requestTraining(rights, wideDelta)), E.epsilonTooHigh)
  })

  it('refuses malformed specs statelessly (invalidField)', () => {
    const { assets, rights } = twoInputs()
    const bad: T.TrainingSpecInput[] = [
      spec(assets, { family: T.ModelFamily.MODEL_FAMILY_MLP }),
      spec(assets, { hiddenWidth: 4 }),
      spec(assets, { featureColumns: ['age', 'outcome'] }),
      spec(assets, { schemaHash: 'xyz' }),
      spec(assets, { hyperparams: { ...HYPER, noiseMultiplierMicro: 99_999n } }),
      spec(assets, { hyperparams: { ...HYPER, samplingRatePpm: 1_000_001 } }),
      spec(assets, { hyperparams: { ...HYPER, rounds: 100_000, localSteps: 2 } }),
      spec(assets, { hyperparams: { ...HYPER, clipNormMicro: 0n } }),
      spec([assets[0]!]),
      spec([assets[0]!, assets[0]!]),
      spec([assets[1]!, assets[0]!]),
    ]
    for (const t of bad) expectErr(env.fail('MsgRequestJob', requestTraining(rights, t)), E.invalidField)
    expectErr(
      env.fail('MsgRequestJob', requestTraining(rights, spec(assets), { epsilonMicro: 5n })),
      E.invalidField,
    )
  })

  it('local steps compose: rounds × local_steps steps cost more than rounds alone', () => {
    const { assets, rights } = twoInputs()
    const two = spec(assets, { hyperparams: { ...HYPER, rounds: 50, localSteps: 2 } })
    const jobId = env.run('MsgRequestJob', requestTraining(rights, two), T.MsgRequestJobResponse).jobId
    // 50 × 2 = 100 steps: the same charge as 100 rounds of one step.
    expect(env.keeper.store.job(env.ctx(), jobId)!.trainingCharges[0]!.epsilonMicro).toBeGreaterThanOrEqual(
      LIBRARY_CHARGE,
    )
    env.run('MsgCancelJob', { requester: buyer, jobId })
    invariantsHold()
  })
})

describe('training jobs that ask for attribution', () => {
  it('charge exactly one more composition: rounds + attribution costs what rounds + 1 costs, in chain and library', () => {
    const { assets, rights } = twoInputs()
    const charge = (t: T.TrainingSpecInput) => {
      const jobId = env.run('MsgRequestJob', requestTraining(rights, t), T.MsgRequestJobResponse).jobId
      const c = env.keeper.store
        .job(env.ctx(), jobId)!
        .trainingCharges.map((x) => ({ eps: x.epsilonMicro, order: x.rdpOrder }))
      env.run('MsgCancelJob', { requester: buyer, jobId })
      return c
    }
    const rounds = (r: number) => ({ ...HYPER, rounds: r })
    const with99 = charge(spec(assets, { hyperparams: rounds(99), attribution: true }))
    // the attribution release is one more step of the same subsampled Gaussian: 99 + 1 = 100 steps
    expect(with99).toEqual(charge(spec(assets, { hyperparams: rounds(100) })))
    expect(with99[0]!.eps > charge(spec(assets, { hyperparams: rounds(99) }))[0]!.eps).toBe(true)
    // 50 rounds × 2 local steps + attribution = 101 steps; the library counts the same release
    const c101 = charge(
      spec(assets, { hyperparams: { ...HYPER, rounds: 50, localSteps: 2 }, attribution: true }),
    )
    expect(c101).toEqual(charge(spec(assets, { hyperparams: rounds(101) })))
    const library = libraryCharge(true)
    const eps = c101[0]!.eps
    expect(eps >= library && eps - library <= 1n, `${eps} vs ${library}`).toBe(true)
    expect(library > LIBRARY_CHARGE).toBe(true)
    invariantsHold()
  })
})

describe('models as assets and inference royalties', () => {
  const lineageQuery = (assetId: string) =>
    DA.QueryModelLineageResponse.decode(
      dataAssetQueryHandlers(env.assets)[`/${DA_QUERY}/ModelLineage`]!(
        env.ctx(),
        DA.QueryModelLineageRequest.encode({ assetId }),
      ),
    )

  function modelMsg(jobId: bigint, termsId: string, over: Partial<DA.MsgRegisterModelInput> = {}) {
    const base = registerAssetMsg(termsId, { owner: buyer, contentHash: hash(3), contributors: [] })
    return { ...base, jobId, modelDigest: MODEL_DIGEST, royaltyBps: 2_500, ...over }
  }

  it('registers the finalized model with its lineage; inference uses pay the inputs by the attributed split', () => {
    const { assets, rights } = twoInputs()
    // a job that did not ask for attribution takes none: its ε does not cover the scores' release
    const plainJob = env.run(
      'MsgRequestJob',
      requestTraining(rights, spec(assets)),
      T.MsgRequestJobResponse,
    ).jobId
    const unasked = () => settleClean(plainJob, { attributionPpm: [600_000, 400_000] })
    const untouched = env.state()
    expect(unasked).toThrow(/did not ask for attribution/)
    expect(env.state()).toBe(untouched)
    const jobId = env.run(
      'MsgRequestJob',
      requestTraining(rights, spec(assets, { attribution: true })),
      T.MsgRequestJobResponse,
    ).jobId
    const { id: inferTerms } = env.run(
      'MsgRegisterLicenseTerms',
      { creator: buyer, terms: { ...TERMS, purposes: [DA.Purpose.PURPOSE_INFERENCE] } },
      DA.MsgRegisterLicenseTermsResponse,
    )
    expectErr(env.fail('MsgRegisterModel', modelMsg(jobId, inferTerms)), DE.trainingJobNotFinalized)
    const bad = () => settleClean(jobId, { attributionPpm: [600_000, 400_001] })
    const before = env.state()
    expect(bad).toThrow(/invalid training attribution/)
    expect(env.state()).toBe(before)
    settleClean(jobId, { attributionPpm: [600_000, 400_000] })
    expect(env.keeper.store.job(env.ctx(), jobId)!.attributed).toBe(true)
    const refuse = (over: Partial<DA.MsgRegisterModelInput>, def: ErrorDef) =>
      expectErr(env.fail('MsgRegisterModel', modelMsg(jobId, inferTerms, over)), def)
    refuse({ owner: other }, DE.unauthorized)
    refuse({ modelDigest: 'ee'.repeat(32) }, DE.modelDigestMismatch)
    refuse({ royaltyBps: 999 }, DE.modelRoyaltyTooLow)
    refuse({ jobId: 999n }, DE.trainingJobNotFinalized)
    const modelId = env.run('MsgRegisterModel', modelMsg(jobId, inferTerms), DA.MsgRegisterModelResponse).id
    const model = env.assets.requireAsset(env.ctx(), modelId)
    expect(model.kind).toBe(DA.AssetKind.ASSET_KIND_MODEL)
    expect(lineageQuery(modelId).lineage).toEqual({
      jobId,
      inputAssetIds: assets,
      modelDigest: MODEL_DIGEST,
      modelFamily: LOGISTIC,
      royaltyBps: 2_500,
      inputWeightsPpm: [600_000, 400_000],
    })
    const byInput = DA.QueryAssetsResponse.decode(
      dataAssetQueryHandlers(env.assets)[`/${DA_QUERY}/ModelsByInput`]!(
        env.ctx(),
        DA.QueryModelsByInputRequest.encode({ assetId: assets[1]! }),
      ),
    )
    expect(byInput.assets.map((a) => a.id)).toEqual([modelId])
    expect(() => lineageQuery(assets[0]!)).toThrow(/not found/)

    // The buyer sells inference on the model; `other` buys and runs one inference job.
    const offeringId = env.run(
      'MsgCreateOffering',
      {
        owner: buyer,
        assetId: modelId,
        terms: { ...TERMS_DEFAULT, pricePerUse: { denom: 'udatum', amount: '10000' } },
      },
      T.MsgCreateOfferingResponse,
    ).id
    const inferRight = purchase(env, offeringId, other)
    const research = { requester: other, rightIds: [inferRight], job: JOB }
    expectErr(env.fail('MsgRequestJob', research), E.modelInferenceOnly)
    const inferJob = {
      requester: other,
      rightIds: [inferRight],
      job: { ...JOB, purpose: DA.Purpose.PURPOSE_INFERENCE },
    }
    const inferId = env.run('MsgRequestJob', inferJob, T.MsgRequestJobResponse).jobId
    const fee = env.accounts.getModuleAddress('fee_collector')!
    const [o, x, t, b, f] = [owner, other, third, buyer, fee].map((a) => env.balance(a))
    settleClean(inferId, { resultDigest: 'aa'.repeat(32) })
    // 10000: protocol 2% = 200; rest 9800; royalty 25% = 2450 → input 0 (60%) 1470 split 70/30 = 1029 owner,
    // 441 other; input 1 (40%) 980 to third; the model's owner (buyer) keeps 7350; other's compute fee back.
    expect(env.balance(fee) - f).toBe(200n)
    expect(env.balance(owner) - o).toBe(1029n)
    expect(env.balance(other) - x).toBe(441n + 777n)
    expect(env.balance(third) - t).toBe(980n)
    expect(env.balance(buyer) - b).toBe(7350n)
    // A model is no training input.
    const modelTrain = purchase(
      env,
      env.run(
        'MsgCreateOffering',
        { owner: buyer, assetId: modelId, terms: { ...TERMS_DEFAULT, ...trainingOffer } },
        T.MsgCreateOfferingResponse,
      ).id,
    )
    expectErr(env.fail('MsgRequestJob', requestTraining([modelTrain], spec([modelId]))), E.modelInferenceOnly)
    invariantsHold()
  })
})
