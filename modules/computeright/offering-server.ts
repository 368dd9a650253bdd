// Handlers for offerings: create, update terms, pause/resume/close. Only the asset owner may sell rights.
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { type Context, normalizeAddress } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import type { ComputeRightKeeper } from './keeper.js'
import { KIND_OFFERING } from './keys.js'

const S = T.OfferingState

function normalizeTerms(t: T.OfferingTerms): T.OfferingTerms {
  const allow = [...new Set(t.buyerAllowlist.map((a) => normalizeAddress(a)))].sort()
  return { ...t, buyerAllowlist: allow }
}

/** ε per use must fit the asset's per-job maximum, or no job on the right could ever run. */
function checkAgainstAsset(k: ComputeRightKeeper, ctx: Context, assetId: string, t: T.OfferingTerms): void {
  const max = k.deps.assets.requireAsset(ctx, assetId).privacyPolicy?.epsilonPerJobMaxMicro ?? 0n
  if (max > 0n && t.epsilonPerUseMicro > max)
    throw E.epsilonTooHigh.wrap(`epsilon per use ${t.epsilonPerUseMicro} > asset per-job max ${max}`)
}

export function ownedOffering(k: ComputeRightKeeper, ctx: Context, id: bigint, signer: string): T.Offering {
  const o = k.store.offering(ctx, id)
  if (!o) throw E.offeringNotFound.wrap(`offering ${id}`)
  if (normalizeAddress(signer) !== o.owner) throw E.unauthorized.wrap(`${signer} does not own offering ${id}`)
  return o
}

export function createOffering(k: ComputeRightKeeper, ctx: Context, msg: T.MsgCreateOffering) {
  const owner = normalizeAddress(msg.owner)
  const asset = k.orderableAsset(ctx, msg.assetId)
  if (asset.owner !== owner) throw E.unauthorized.wrap(`${owner} does not own asset ${asset.id}`)
  const terms = normalizeTerms(msg.terms!)
  checkAgainstAsset(k, ctx, asset.id, terms)
  const id = k.store.nextId(ctx, KIND_OFFERING)
  k.store.putOffering(ctx, {
    id,
    assetId: asset.id,
    assetVersion: asset.version,
    owner,
    terms,
    state: S.OFFERING_STATE_ACTIVE,
    sold: 0n,
    createdAt: ctx.unixSeconds,
  })
  emitEvent(ctx, T.EventOfferingCreated, { id, assetId: asset.id, owner })
  return { id }
}

export function updateOffering(k: ComputeRightKeeper, ctx: Context, msg: T.MsgUpdateOffering) {
  const o = ownedOffering(k, ctx, msg.offeringId, msg.owner)
  if (o.state === S.OFFERING_STATE_CLOSED) throw E.offeringNotActive.wrap(`offering ${o.id} is closed`)
  const terms = normalizeTerms(msg.terms!)
  checkAgainstAsset(k, ctx, o.assetId, terms)
  if (terms.maxSupply > 0n && terms.maxSupply < o.sold)
    throw E.invalidField.wrap(`max_supply ${terms.maxSupply} is below the ${o.sold} already sold`)
  k.store.putOffering(ctx, { ...o, terms })
  emitEvent(ctx, T.EventOfferingUpdated, { id: o.id })
  return {}
}

export function setOfferingState(k: ComputeRightKeeper, ctx: Context, msg: T.MsgSetOfferingState) {
  const o = ownedOffering(k, ctx, msg.offeringId, msg.owner)
  const ok =
    o.state !== S.OFFERING_STATE_CLOSED &&
    o.state !== msg.state &&
    [S.OFFERING_STATE_ACTIVE, S.OFFERING_STATE_PAUSED, S.OFFERING_STATE_CLOSED].includes(msg.state)
  if (!ok) throw E.invalidStateTransition.wrap(`${S[o.state]} -> ${S[msg.state] ?? msg.state}`)
  k.store.putOffering(ctx, { ...o, state: msg.state })
  emitEvent(ctx, T.EventOfferingStateChanged, { id: o.id, state: S[msg.state] })
  return {}
}
