// Resale under a RESALE policy: the holder lists the right at an ask; a buyer pays it, the offering owner gets
// royalty_bps of it and the holder the rest, and the right (with its prepaid uses) moves to the buyer. Gifts
// stay in purchase-server.ts. All checks run before the first write.
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { type Context, normalizeAddress } from '../sdk/index.js'
import { checkAcquirer, holdEndsAt, recordAcquisition } from './acquirer.js'
import { computeRightErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import type { ComputeRightKeeper } from './keeper.js'
import { coinOf, fromProto, isListed, NO_ASK, toProtoList } from './money.js'
import { requireRight } from './rights.js'

function resaleRight(k: ComputeRightKeeper, ctx: Context, id: bigint) {
  const r = requireRight(k, ctx, id)
  if (r.state !== T.RightState.RIGHT_STATE_ACTIVE)
    throw E.rightNotUsable.wrap(`right ${r.id} is ${T.RightState[r.state]}`)
  const o = k.store.offering(ctx, r.offeringId)!
  const policy = o.terms?.transferPolicy
  if (policy?.mode !== T.TransferMode.TRANSFER_MODE_RESALE)
    throw E.notTransferable.wrap(`right ${r.id} may not be resold`)
  const holdEnds = holdEndsAt(r, policy.holdSeconds)
  if (ctx.unixSeconds < holdEnds) throw E.holdPeriod.wrap(`right ${r.id} may be resold from ${holdEnds}`)
  return { r, o, royaltyBps: policy.royaltyBps }
}

export function listRight(k: ComputeRightKeeper, ctx: Context, msg: T.MsgListRight) {
  const { r } = resaleRight(k, ctx, msg.rightId)
  const holder = normalizeAddress(msg.holder)
  if (r.holder !== holder) throw E.unauthorized.wrap(`${holder} does not hold right ${r.id}`)
  const ask = isListed(msg.price) ? msg.price : NO_ASK
  k.store.putRight(ctx, { ...r, ask }, r)
  emitEvent(ctx, T.EventRightListed, { rightId: r.id, holder, ask: isListed(ask) ? [ask] : [] })
  return {}
}

export function buyListedRight(k: ComputeRightKeeper, ctx: Context, msg: T.MsgBuyListedRight) {
  const { r, o, royaltyBps } = resaleRight(k, ctx, msg.rightId)
  const buyer = normalizeAddress(msg.buyer)
  if (!isListed(r.ask)) throw E.notTransferable.wrap(`right ${r.id} is not listed`)
  if (buyer === r.holder) throw E.invalidField.wrap('buyer already holds the right')
  const ask = fromProto(r.ask)
  const max = fromProto(msg.maxPrice!)
  if (max.denom !== ask.denom || max.amount < ask.amount)
    throw E.invalidField.wrap(`ask ${ask.amount}${ask.denom} is above max_price ${max.amount}${max.denom}`)
  checkAcquirer(k, ctx, o, buyer, 'resale')
  const royalty = (ask.amount * BigInt(royaltyBps)) / 10_000n
  const toOwner = coinOf(ask.denom, royalty)
  const toHolder = coinOf(ask.denom, ask.amount - royalty)
  // The value leg goes buyer → holder and buyer → owner directly; the escrow is not involved.
  k.pay(ctx, buyer, coinOf(ask.denom, ask.amount))
  k.payOut(ctx, r.holder, toHolder)
  k.payOut(ctx, o.owner, toOwner)
  k.store.putRight(ctx, { ...r, holder: buyer, ask: NO_ASK, acquiredAt: ctx.unixSeconds }, r)
  recordAcquisition(k, ctx, o, buyer)
  emitEvent(ctx, T.EventRightTransferred, {
    rightId: r.id,
    from: r.holder,
    to: buyer,
    price: toProtoList(coinOf(ask.denom, ask.amount)),
    royalty: toProtoList(toOwner),
  })
  return {}
}
