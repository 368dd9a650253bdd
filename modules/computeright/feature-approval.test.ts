// A job naming a feature module (issue 16) is refused unless every input asset approves that module with
// one declaration; an accepted job carries the hash for executors to read.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { registerAssetMsg, TERMS } from '../dataasset/test-env.js'
import { computeRightErrors as E } from './errors.js'
import {
  buyer,
  createOffering,
  type Env,
  hash,
  JOB,
  makeEnv,
  owner,
  purchase,
  requestJob,
} from './test-env.js'

let env: Env
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.cleanup())

const moduleHash = hash(70)
const approve = (assetId: string, upperMicro = 1_000_000n) =>
  env.run('MsgApproveFeatureModule', {
    owner,
    assetId,
    moduleHash,
    featureCount: 1,
    bounds: [{ lowerMicro: 0n, upperMicro }],
    fuelPerRow: 10_000n,
    maxMemoryPages: 4,
  })
const job = (rightIds: bigint[]) => ({
  requester: buyer,
  rightIds,
  job: { ...JOB, featureModuleHash: moduleHash },
})

describe('feature module on a job', () => {
  it('is refused until the input approves it; then the job carries the hash', () => {
    const rightId = purchase(env, createOffering(env, { usesPerRight: 2 }))
    const refused = env.fail('MsgRequestJob', job([rightId]))
    expect(refused.is(E.featureModuleNotApproved)).toBe(true)
    approve(env.assetId)
    const id = requestJob(env, [rightId], buyer, { featureModuleHash: moduleHash })
    expect(env.keeper.store.job(env.ctx(), id)!.featureModuleHash).toBe(moduleHash)
    // a malformed hash is a field error; without a module the field stays empty
    const bad = env.fail('MsgRequestJob', {
      requester: buyer,
      rightIds: [rightId],
      job: { ...JOB, featureModuleHash: 'xyz' },
    })
    expect(bad.is(E.invalidField)).toBe(true)
  })

  it('needs every input to approve, with the same bounds', () => {
    const first = env.assetId
    const { id: termsId } = env.run(
      'MsgRegisterLicenseTerms',
      { creator: owner, terms: TERMS },
      DA.MsgRegisterLicenseTermsResponse,
    )
    const second = env.run(
      'MsgRegisterAsset',
      registerAssetMsg(termsId, { contentHash: hash(55) }),
      DA.MsgRegisterAssetResponse,
    ).id
    const r1 = purchase(env, createOffering(env))
    env.assetId = second
    const r2 = purchase(env, createOffering(env))
    approve(first)
    expect(env.fail('MsgRequestJob', job([r1, r2])).is(E.featureModuleNotApproved)).toBe(true)
    approve(second, 2_000_000n)
    const differs = env.fail('MsgRequestJob', job([r1, r2]))
    expect(differs.is(E.featureModuleNotApproved)).toBe(true)
    expect(differs.message).toMatch(/different bounds/)
    approve(second)
    const id = requestJob(env, [r1, r2], buyer, { featureModuleHash: moduleHash })
    expect(env.keeper.store.job(env.ctx(), id)!.state).toBe(T.JobState.JOB_STATE_REQUESTED)
  })
})
