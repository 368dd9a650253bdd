import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import type { ErrorDef } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import { computeRightInvariants } from './invariants.js'
import {
  advance,
  buyer,
  createOffering,
  type Env,
  type FailedMsg,
  JOB,
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

const escrowHolds = () => env.balance(env.keeper.escrowAddress())
const invariantsHold = () => {
  for (const inv of computeRightInvariants(env.keeper)) expect(inv.check(env.ctx()), inv.name).toBeUndefined()
}
const expectErr = (e: FailedMsg, def: ErrorDef) =>
  expect(e.is(def), `${e.codespace}/${e.code}: ${e.message}`).toBe(true)

describe('offerings', () => {
  it('creates, updates, pauses, resumes and closes', () => {
    const id = createOffering(env)
    expect(env.keeper.store.offering(env.ctx(), id)?.state).toBe(T.OfferingState.OFFERING_STATE_ACTIVE)
    env.run('MsgUpdateOffering', {
      owner,
      offeringId: id,
      terms: {
        pricePerUse: { denom: 'udatum', amount: '5' },
        usesPerRight: 1,
        validitySeconds: 10n,
        epsilonPerUseMicro: 1n,
      },
    })
    expect(env.keeper.store.offering(env.ctx(), id)?.terms?.pricePerUse?.amount).toBe('5')
    env.run('MsgSetOfferingState', { owner, offeringId: id, state: T.OfferingState.OFFERING_STATE_PAUSED })
    expectErr(env.fail('MsgPurchaseRight', { buyer, offeringId: id }), E.offeringNotActive)
    env.run('MsgSetOfferingState', { owner, offeringId: id, state: T.OfferingState.OFFERING_STATE_ACTIVE })
    env.run('MsgSetOfferingState', { owner, offeringId: id, state: T.OfferingState.OFFERING_STATE_CLOSED })
    expectErr(env.fail('MsgPurchaseRight', { buyer, offeringId: id }), E.offeringNotActive)
    const back = { owner, offeringId: id, state: T.OfferingState.OFFERING_STATE_ACTIVE }
    expectErr(env.fail('MsgSetOfferingState', back), E.invalidStateTransition)
  })

  it('refuses a non-owner, bad terms and ε above the asset per-job max', () => {
    const base = {
      owner,
      assetId: env.assetId,
      terms: {
        pricePerUse: { denom: 'udatum', amount: '1' },
        usesPerRight: 1,
        validitySeconds: 10n,
        epsilonPerUseMicro: 1n,
      },
    }
    expectErr(env.fail('MsgCreateOffering', { ...base, owner: other }), E.unauthorized)
    expect(
      env
        .fail('MsgCreateOffering', { ...base, terms: { ...base.terms, usesPerRight: 0 } })
        .is(E.invalidField),
    ).toBe(true)
    expect(
      env
        .fail('MsgCreateOffering', {
          ...base,
          terms: { ...base.terms, pricePerUse: { denom: 'udatum', amount: '0' } },
        })
        .is(E.invalidField),
    ).toBe(true)
    expect(
      env
        .fail('MsgCreateOffering', { ...base, terms: { ...base.terms, epsilonPerUseMicro: 2_000_000n } })
        .is(E.epsilonTooHigh),
    ).toBe(true)
    const id = createOffering(env)
    expect(env.fail('MsgUpdateOffering', { ...base, owner: other, offeringId: id }).is(E.unauthorized)).toBe(
      true,
    )
    expect(env.fail('MsgSetOfferingState', { owner, offeringId: 99n, state: 2 }).is(E.offeringNotFound)).toBe(
      true,
    )
  })
})

describe('purchase', () => {
  it('moves payment to escrow, reserves ε and pins the right', () => {
    const id = createOffering(env)
    const before = env.balance(buyer)
    const rightId = purchase(env, id)
    const r = env.keeper.store.right(env.ctx(), rightId)!
    expect(env.balance(buyer)).toBe(before - 3003n)
    expect(escrowHolds()).toBe(3003n)
    expect(r.usesRemaining).toBe(3)
    expect(r.policyHash).toMatch(/^[0-9a-f]{64}$/)
    expect(r.expiresAt).toBe(env.ctx().unixSeconds + 1000n)
    expect(env.assets.getBudget(env.ctx(), env.assetId, 1).reservedMicro).toBe(300_000n)
    invariantsHold()
  })

  it('refuses past max supply, buyer cap, allowlist, without funds and on a revoked asset', () => {
    const capped = createOffering(env, { maxSupply: 1n })
    purchase(env, capped)
    expect(env.fail('MsgPurchaseRight', { buyer: other, offeringId: capped }).is(E.maxSupplyReached)).toBe(
      true,
    )
    const perBuyer = createOffering(env, { perBuyerCap: 1 })
    purchase(env, perBuyer)
    expectErr(env.fail('MsgPurchaseRight', { buyer, offeringId: perBuyer }), E.buyerCapReached)
    const allow = createOffering(env, { buyerAllowlist: [third] })
    expectErr(env.fail('MsgPurchaseRight', { buyer, offeringId: allow }), E.buyerNotAllowed)
    const pricey = createOffering(env, { pricePerUse: { denom: 'udatum', amount: '1000000000' } })
    const e = env.fail('MsgPurchaseRight', { buyer, offeringId: pricey })
    expect(e.codespace).toBe('sdk')
    const many = createOffering(env, { usesPerRight: 1000 })
    expectErr(env.fail('MsgPurchaseRight', { buyer, offeringId: many }), E.assetNotUsable)
    env.run('MsgSetAssetState', { owner, assetId: env.assetId, state: 6, reason: 'withdrawn' })
    expectErr(env.fail('MsgPurchaseRight', { buyer: third, offeringId: allow }), E.assetNotUsable)
    expectErr(env.fail('MsgPurchaseRight', { buyer, offeringId: 99n }), E.offeringNotFound)
  })
})

describe('jobs', () => {
  it('locks a use and the compute fee, cancel restores them exactly', () => {
    const rightId = purchase(env, createOffering(env))
    const before = env.balance(buyer)
    const jobId = requestJob(env, [rightId])
    const job = env.keeper.store.job(env.ctx(), jobId)!
    expect(job.state).toBe(T.JobState.JOB_STATE_REQUESTED)
    expect(job.deadlines!.acceptBy).toBe(env.ctx().unixSeconds + 600n)
    expect(env.balance(buyer)).toBe(before - 777n)
    expect(env.keeper.store.right(env.ctx(), rightId)!.usesRemaining).toBe(2)
    invariantsHold()
    expectErr(env.fail('MsgCancelJob', { requester: other, jobId }), E.unauthorized)
    env.run('MsgCancelJob', { requester: buyer, jobId })
    expect(env.balance(buyer)).toBe(before)
    expect(env.keeper.store.right(env.ctx(), rightId)!.usesRemaining).toBe(3)
    expect(env.keeper.store.job(env.ctx(), jobId)!.state).toBe(T.JobState.JOB_STATE_CANCELLED)
    expectErr(env.fail('MsgCancelJob', { requester: buyer, jobId }), E.invalidJobState)
    invariantsHold()
  })

  it('purchase-and-request buys and opens a job in one message', () => {
    const offeringId = createOffering(env)
    const res = env.run(
      'MsgPurchaseAndRequest',
      { buyer, offeringId, job: JOB },
      T.MsgPurchaseAndRequestResponse,
    )
    expect(env.keeper.store.job(env.ctx(), res.jobId)!.rightIds).toEqual([res.rightId])
    expect(escrowHolds()).toBe(3003n + 777n)
    invariantsHold()
  })

  it('pins algorithm params by their hash and bounds their size', () => {
    const rightId = purchase(env, createOffering(env, { usesPerRight: 1 }))
    const params = '{"algorithm":"dp-mean","column":"age","lower":0,"upper":100}'
    const withParams = (p: string, h: string) => ({
      ...JOB,
      algorithm: { ...JOB.algorithm!, params: p, paramsHash: h },
    })
    const wrongHash = withParams(params, 'ab'.repeat(32))
    const failed = env.fail('MsgRequestJob', { requester: buyer, rightIds: [rightId], job: wrongHash })
    expect(failed.is(E.invalidField)).toBe(true)
    const big = 'x'.repeat(2049)
    expect(
      env
        .fail('MsgRequestJob', {
          requester: buyer,
          rightIds: [rightId],
          job: withParams(big, bytesToHex(sha256(new TextEncoder().encode(big)))),
        })
        .is(E.invalidField),
    ).toBe(true)
    const good = withParams(params, bytesToHex(sha256(new TextEncoder().encode(params))))
    const res = env.run(
      'MsgRequestJob',
      { requester: buyer, rightIds: [rightId], job: good },
      T.MsgRequestJobResponse,
    )
    expect(env.keeper.store.job(env.ctx(), res.jobId)!.algorithm!.params).toBe(params)
  })

  it('refuses bad algorithms, someone else’s, expired or exhausted rights, ε above the max', () => {
    const rightId = purchase(env, createOffering(env, { usesPerRight: 1 }))
    const bad = {
      ...JOB,
      algorithm: {
        codeHash: `${'0'.repeat(63)}f`,
        imageDigest: JOB.algorithm!.imageDigest,
        paramsHash: '',
        params: '',
      },
    }
    expect(env.fail('MsgRequestJob', { requester: buyer, rightIds: [rightId], job: bad }).codespace).toBe(
      'dataasset',
    )
    expect(
      env.fail('MsgRequestJob', { requester: other, rightIds: [rightId], job: JOB }).is(E.unauthorized),
    ).toBe(true)
    const tooMuch = { ...JOB, epsilonMicro: 200_000n }
    expect(
      env.fail('MsgRequestJob', { requester: buyer, rightIds: [rightId], job: tooMuch }).is(E.epsilonTooHigh),
    ).toBe(true)
    expect(
      env.fail('MsgRequestJob', { requester: buyer, rightIds: [99n], job: JOB }).is(E.rightNotFound),
    ).toBe(true)
    requestJob(env, [rightId])
    expect(
      env.fail('MsgRequestJob', { requester: buyer, rightIds: [rightId], job: JOB }).is(E.rightNotUsable),
    ).toBe(true)
    const later = purchase(env, createOffering(env))
    advance(env, 1000n)
    expect(
      env.fail('MsgRequestJob', { requester: buyer, rightIds: [later], job: JOB }).is(E.rightNotUsable),
    ).toBe(true)
  })

  it('claim-expired refunds everything after the final deadline and tells attestation', () => {
    const rightId = purchase(env, createOffering(env))
    const before = env.balance(buyer)
    const jobId = requestJob(env, [rightId])
    const seen: bigint[] = []
    env.keeper.addHooks({ afterJobExpired: (_c, id) => seen.push(id) })
    expectErr(env.fail('MsgClaimExpiredJob', { claimer: third, jobId }), E.jobNotExpired)
    advance(env, 600n + 1800n + 600n + 600n + 1n)
    env.run('MsgClaimExpiredJob', { claimer: third, jobId })
    expect(seen).toEqual([jobId])
    expect(env.balance(buyer)).toBe(before)
    const job = env.keeper.store.job(env.ctx(), jobId)!
    expect([job.state, job.fault]).toEqual([T.JobState.JOB_STATE_EXPIRED, T.FaultClass.FAULT_CLASS_EXECUTOR])
    expectErr(env.fail('MsgClaimExpiredJob', { claimer: third, jobId }), E.invalidJobState)
    invariantsHold()
  })
})

describe('transfers', () => {
  it('non-transferable by default; gifts after the hold period only', () => {
    const locked = purchase(env, createOffering(env))
    expect(
      env.fail('MsgGiftRight', { holder: buyer, rightId: locked, recipient: third }).is(E.notTransferable),
    ).toBe(true)
    const giftable = purchase(
      env,
      createOffering(env, {
        transferPolicy: { mode: T.TransferMode.TRANSFER_MODE_GIFT, holdSeconds: 100n, royaltyBps: 0 },
      }),
    )
    expect(
      env.fail('MsgGiftRight', { holder: buyer, rightId: giftable, recipient: third }).is(E.holdPeriod),
    ).toBe(true)
    advance(env, 100n)
    expect(
      env.fail('MsgGiftRight', { holder: other, rightId: giftable, recipient: third }).is(E.unauthorized),
    ).toBe(true)
    env.run('MsgGiftRight', { holder: buyer, rightId: giftable, recipient: third })
    expect(env.keeper.store.right(env.ctx(), giftable)!.holder).toBe(third)
    expect(
      env.fail('MsgRequestJob', { requester: buyer, rightIds: [giftable], job: JOB }).is(E.unauthorized),
    ).toBe(true)
    requestJob(env, [giftable], third)
    invariantsHold()
  })
})
