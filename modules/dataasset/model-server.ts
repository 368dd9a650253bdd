// MsgRegisterModel (issue 16): the buyer of a finalized training job registers the model it produced as a
// MODEL asset whose lineage — the job, its input assets, the attested model digest, and each input's share
// of the model — is on chain. Inference rights on it are sold like data rights; computeright pays each
// inference use's royalty back to the inputs by those shares.
import type * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { EventModelRegistered } from '../../proto/gen/datum/dataasset/v1/index.js'
import { type Context, normalizeAddress } from '../sdk/index.js'
import { dataAssetErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import type { DataAssetKeeper } from './keeper.js'
import { registerAsset } from './msg-server.js'

export function registerModel(k: DataAssetKeeper, ctx: Context, msg: T.MsgRegisterModel) {
  const owner = normalizeAddress(msg.owner)
  const job = k.trainingJob(ctx, msg.jobId)
  if (!job || job.modelFamily === 0) throw E.trainingJobNotFinalized.wrap(`job ${msg.jobId} trained no model`)
  if (!job.finalized) throw E.trainingJobNotFinalized.wrap(`job ${msg.jobId} is not finalized`)
  if (job.requester !== owner)
    throw E.unauthorized.wrap(`${owner} is not the buyer of training job ${msg.jobId}`)
  if (msg.modelDigest !== job.resultDigest)
    throw E.modelDigestMismatch.wrap(`job ${msg.jobId} attested ${job.resultDigest}, not ${msg.modelDigest}`)
  const min = k.assets.params(ctx).minModelRoyaltyBps
  if (msg.royaltyBps < min) throw E.modelRoyaltyTooLow.wrap(`${msg.royaltyBps} bps < ${min} bps`)
  const lineage: T.ModelLineage = {
    jobId: msg.jobId,
    inputAssetIds: [...job.inputAssetIds],
    modelDigest: job.resultDigest,
    modelFamily: job.modelFamily,
    royaltyBps: msg.royaltyBps,
    inputWeightsPpm: [...job.inputWeightsPpm],
  }
  const { jobId: _j, modelDigest: _d, royaltyBps: _r, ...asset } = msg
  const { id } = registerAsset(k, ctx, asset, lineage)
  emitEvent(ctx, EventModelRegistered, {
    id,
    owner,
    jobId: msg.jobId,
    modelDigest: lineage.modelDigest,
    inputAssetIds: lineage.inputAssetIds,
    royaltyBps: msg.royaltyBps,
  })
  return { id }
}
