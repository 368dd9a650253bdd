// Issue 11 §4 and §9 (chain side), with the default params: the hold period runs from each holder's own
// acquisition, the per-buyer cap counts rights received by gift or resale, a gift or resale cannot carry a right
// around the allowlist, and a job's declared purpose, commercial use and jurisdiction must fit the licence.
// Every refusal is a registered error with no state change and no coins moved (env.fail checks both).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { dataAssetErrors as DE } from '../dataasset/errors.js'
import { TERMS } from '../dataasset/test-env.js'
import { computeRightErrors as E } from './errors.js'
import { computeRightInvariants } from './invariants.js'
import {
  advance,
  buyer,
  createOffering,
  type Env,
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

const GIFT = { mode: T.TransferMode.TRANSFER_MODE_GIFT, holdSeconds: 100n, royaltyBps: 0 }
const RESALE = { mode: T.TransferMode.TRANSFER_MODE_RESALE, holdSeconds: 100n, royaltyBps: 0 }
const coin = (amount: string) => ({ denom: 'udatum', amount })
const invariantsHold = () => {
  for (const inv of computeRightInvariants(env.keeper)) expect(inv.check(env.ctx()), inv.name).toBeUndefined()
}

describe('rights: hold period, caps and allowlists follow every holder', () => {
  it('a gifted right waits out a new hold period from the gift, not from the purchase', () => {
    const id = purchase(env, createOffering(env, { transferPolicy: GIFT }))
    advance(env, 100n)
    env.run('MsgGiftRight', { holder: buyer, rightId: id, recipient: third })
    expect(env.keeper.store.right(env.ctx(), id)!.acquiredAt).toBe(env.ctx().unixSeconds)
    const onward = { holder: third, rightId: id, recipient: other }
    expect(env.fail('MsgGiftRight', onward).is(E.holdPeriod)).toBe(true)
    advance(env, 99n)
    expect(env.fail('MsgGiftRight', onward).is(E.holdPeriod)).toBe(true)
    advance(env, 1n)
    env.run('MsgGiftRight', onward)
    expect(env.keeper.store.right(env.ctx(), id)!.holder).toBe(other)
    invariantsHold()
  })

  it('a right received by gift counts toward the recipient cap; at the cap gifts and purchases are refused', () => {
    const offering = createOffering(env, { transferPolicy: GIFT, perBuyerCap: 1 })
    const gifted = purchase(env, offering, buyer)
    advance(env, 100n)
    env.run('MsgGiftRight', { holder: buyer, rightId: gifted, recipient: third })
    // third now holds one right of the offering: it may not buy another…
    expect(env.fail('MsgPurchaseRight', { buyer: third, offeringId: offering }).is(E.buyerCapReached)).toBe(
      true,
    )
    // …nor receive one by gift once it is at the cap.
    const second = purchase(env, offering, other)
    advance(env, 100n)
    expect(
      env.fail('MsgGiftRight', { holder: other, rightId: second, recipient: third }).is(E.buyerCapReached),
    ).toBe(true)
    invariantsHold()
  })

  it('a resale purchase counts toward the cap and must pass the allowlist, like a purchase', () => {
    const offering = createOffering(env, {
      transferPolicy: RESALE,
      perBuyerCap: 1,
      buyerAllowlist: [buyer, other],
    })
    const a = purchase(env, offering, buyer)
    const b = purchase(env, offering, other)
    advance(env, 100n)
    env.run('MsgListRight', { holder: buyer, rightId: a, price: coin('10') })
    env.run('MsgListRight', { holder: other, rightId: b, price: coin('10') })
    // third is not on the allowlist: it cannot buy on resale what it could not buy from the owner.
    expect(
      env.fail('MsgBuyListedRight', { buyer: third, rightId: a, maxPrice: coin('10') }).is(E.buyerNotAllowed),
    ).toBe(true)
    // other already holds its cap of one: buying buyer's right would be a second.
    expect(
      env.fail('MsgBuyListedRight', { buyer: other, rightId: a, maxPrice: coin('10') }).is(E.buyerCapReached),
    ).toBe(true)
    invariantsHold()
  })

  it('a gift cannot launder a right to someone off the allowlist', () => {
    const offering = createOffering(env, { transferPolicy: GIFT, buyerAllowlist: [buyer] })
    const id = purchase(env, offering, buyer)
    advance(env, 100n)
    expect(
      env.fail('MsgGiftRight', { holder: buyer, rightId: id, recipient: third }).is(E.buyerNotAllowed),
    ).toBe(true)
  })
})

describe('licence: purpose, commercial use, jurisdictions at request', () => {
  it('refuses an undeclared purpose and one the licence does not list', () => {
    const id = purchase(env, createOffering(env))
    const none = env.fail('MsgRequestJob', {
      requester: buyer,
      rightIds: [id],
      job: { ...JOB, purpose: DA.Purpose.PURPOSE_UNSPECIFIED },
    })
    expect(none.is(DE.purposeNotAllowed)).toBe(true)
    const inference = env.fail('MsgRequestJob', {
      requester: buyer,
      rightIds: [id],
      job: { ...JOB, purpose: DA.Purpose.PURPOSE_INFERENCE },
    })
    expect(inference.is(DE.purposeNotAllowed)).toBe(true)
    const job = requestJob(env, [id], buyer, { purpose: DA.Purpose.PURPOSE_TRAINING })
    expect(env.keeper.store.job(env.ctx(), job)!.purpose).toBe(DA.Purpose.PURPOSE_TRAINING)
  })

  it('refuses a commercial purpose when the licence lists it but commercial use is off', async () => {
    const { id: termsId } = env.run(
      'MsgRegisterLicenseTerms',
      {
        creator: owner,
        terms: { ...TERMS, purposes: [DA.Purpose.PURPOSE_COMMERCIAL], commercialUse: false },
      },
      DA.MsgRegisterLicenseTermsResponse,
    )
    const asset = env.keeper.deps.assets.requireAsset(env.ctx(), env.assetId)
    env.assets.assets.put(env.ctx(), { ...asset, licenseTermsId: termsId }, asset)
    const id = purchase(env, createOffering(env))
    const commercial = { ...JOB, purpose: DA.Purpose.PURPOSE_COMMERCIAL }
    expect(
      env
        .fail('MsgRequestJob', { requester: buyer, rightIds: [id], job: commercial })
        .is(DE.commercialUseNotAllowed),
    ).toBe(true)
    expect(
      env
        .fail('MsgPurchaseAndRequest', {
          buyer,
          offeringId: env.keeper.store.right(env.ctx(), id)!.offeringId,
          job: commercial,
        })
        .is(DE.commercialUseNotAllowed),
    ).toBe(true)
  })

  it('where the licence names jurisdictions, only requesters attested to one of them may request', () => {
    const id = purchase(env, createOffering(env))
    const req = { requester: buyer, rightIds: [id], job: JOB }
    env.jurisdictions.set(buyer, [])
    expect(env.fail('MsgRequestJob', req).is(DE.jurisdictionNotAttested)).toBe(true)
    env.jurisdictions.set(buyer, ['US'])
    expect(env.fail('MsgRequestJob', req).is(DE.jurisdictionNotAttested)).toBe(true)
    env.jurisdictions.set(buyer, ['US', 'FR'])
    env.run('MsgRequestJob', req)
    invariantsHold()
  })
})
