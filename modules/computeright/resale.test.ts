import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { computeRightErrors as E } from './errors.js'
import { computeRightInvariants } from './invariants.js'
import {
  advance,
  buyer,
  createOffering,
  type Env,
  makeEnv,
  other,
  owner,
  purchase,
  third,
} from './test-env.js'

let env: Env
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.cleanup())

const RESALE = { mode: T.TransferMode.TRANSFER_MODE_RESALE, holdSeconds: 50n, royaltyBps: 1000 }
const coin = (amount: string) => ({ denom: 'udatum', amount })

describe('resale', () => {
  it('pays the ask minus royalty to the holder, royalty to the owner, and moves the right', () => {
    const rightId = purchase(env, createOffering(env, { transferPolicy: RESALE }))
    const list = { holder: buyer, rightId, price: coin('5005') }
    expect(env.fail('MsgListRight', list).is(E.holdPeriod)).toBe(true)
    advance(env, 50n)
    expect(env.fail('MsgListRight', { ...list, holder: third }).is(E.unauthorized)).toBe(true)
    env.run('MsgListRight', list)
    const buy = { buyer: third, rightId, maxPrice: coin('5004') }
    expect(env.fail('MsgBuyListedRight', buy).is(E.invalidField)).toBe(true)
    const [b, o, t] = [buyer, owner, third].map((a) => env.balance(a))
    const escrow = env.balance(env.keeper.escrowAddress())
    env.run('MsgBuyListedRight', { ...buy, maxPrice: coin('5005') })
    expect(env.balance(buyer) - b!).toBe(5005n - 500n)
    expect(env.balance(owner) - o!).toBe(500n)
    expect(t! - env.balance(third)).toBe(5005n)
    expect(env.balance(env.keeper.escrowAddress())).toBe(escrow)
    const r = env.keeper.store.right(env.ctx(), rightId)!
    expect([r.holder, r.usesRemaining, r.ask.amount]).toEqual([third, 3, '0'])
    // The new holder's own hold period runs from its purchase: it cannot pass the right on at once.
    const relist = { holder: third, rightId, price: coin('6000') }
    expect(env.fail('MsgListRight', relist).is(E.holdPeriod)).toBe(true)
    expect(env.fail('MsgGiftRight', { holder: third, rightId, recipient: other }).is(E.holdPeriod)).toBe(true)
    advance(env, 50n)
    expect(
      env.fail('MsgBuyListedRight', { buyer: other, rightId, maxPrice: coin('9999') }).is(E.notTransferable),
    ).toBe(true)
    for (const inv of computeRightInvariants(env.keeper))
      expect(inv.check(env.ctx()), inv.name).toBeUndefined()
  })

  it('refuses resale of gift-only and non-transferable rights', () => {
    const gift = purchase(
      env,
      createOffering(env, { transferPolicy: { ...RESALE, mode: T.TransferMode.TRANSFER_MODE_GIFT } }),
    )
    expect(
      env.fail('MsgListRight', { holder: buyer, rightId: gift, price: coin('1') }).is(E.notTransferable),
    ).toBe(true)
    const none = purchase(env, createOffering(env))
    expect(
      env.fail('MsgListRight', { holder: buyer, rightId: none, price: coin('1') }).is(E.notTransferable),
    ).toBe(true)
  })
})
