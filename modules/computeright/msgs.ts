// Every Msg of the computeright module: stateless checks (validateBasic) and the handler each one runs.
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import type { MsgDefinition } from '../sdk/index.js'
import { defineMsg } from '../sdk/proto-services.js'
import { computeRightErrors as E } from './errors.js'
import * as jobs from './job-server.js'
import type { ComputeRightKeeper } from './keeper.js'
import { AMINO_PREFIX } from './msg-types.js'
import * as offers from './offering-server.js'
import * as buy from './purchase-server.js'
import * as resale from './resale-server.js'
import { checkTrainingSpec } from './training.js'
import {
  checkAddress,
  checkAlgorithmParams,
  checkCoin,
  checkHex64,
  checkId,
  checkTerms,
  LIMITS,
} from './validate.js'

function checkJobRequest(j: T.JobRequest | undefined, rights: number): void {
  if (!j) throw E.invalidField.wrap('job is required')
  if (!j.algorithm) throw E.invalidField.wrap('job.algorithm is required')
  checkHex64('job.algorithm.code_hash', j.algorithm.codeHash)
  if (!/^sha256:[0-9a-f]{64}$/.test(j.algorithm.imageDigest))
    throw E.invalidField.wrap('job.algorithm.image_digest must be sha256:<64 hex>')
  checkHex64('job.algorithm.params_hash', j.algorithm.paramsHash, true)
  checkAlgorithmParams(j.algorithm)
  if (j.mechanism <= 0) throw E.invalidField.wrap('job.mechanism is required')
  if (j.training) {
    // A training job's ε is per input (training.inputs) and computed by the chain.
    if (j.epsilonMicro !== 0n) throw E.invalidField.wrap('job.epsilon_micro must be 0 for a training job')
    checkTrainingSpec(j.training, rights)
  } else if (j.epsilonMicro < 1n || j.epsilonMicro > LIMITS.epsilonMaxMicro)
    throw E.invalidField.wrap(`job.epsilon_micro ${j.epsilonMicro}`)
  checkCoin('job.max_compute_fee', j.maxComputeFee, true)
  if (j.outputKey.length > LIMITS.outputKeyBytes) throw E.invalidField.wrap('job.output_key is too long')
  if (j.viewers.length > LIMITS.viewers)
    throw E.invalidField.wrap(`job.viewers has more than ${LIMITS.viewers}`)
  for (const v of j.viewers) checkAddress('job.viewers[]', v)
}

const P = AMINO_PREFIX

export function computeRightMsgs(k: ComputeRightKeeper): MsgDefinition[] {
  const defs = [
    defineMsg({
      codec: T.MsgCreateOffering,
      response: T.MsgCreateOfferingResponse,
      aminoPrefix: P,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        checkHex64('asset_id', m.assetId)
        checkTerms(m.terms)
      },
      handle: (ctx, m) => offers.createOffering(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgUpdateOffering,
      response: T.MsgUpdateOfferingResponse,
      aminoPrefix: P,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        checkId('offering_id', m.offeringId)
        checkTerms(m.terms)
      },
      handle: (ctx, m) => offers.updateOffering(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgSetOfferingState,
      response: T.MsgSetOfferingStateResponse,
      aminoPrefix: P,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        checkId('offering_id', m.offeringId)
      },
      handle: (ctx, m) => offers.setOfferingState(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgPurchaseRight,
      response: T.MsgPurchaseRightResponse,
      aminoPrefix: P,
      signer: (m) => m.buyer,
      validateBasic: (m) => {
        checkAddress('buyer', m.buyer)
        checkId('offering_id', m.offeringId)
      },
      handle: (ctx, m) => ({ rightId: buy.purchaseRight(k, ctx, m.buyer, m.offeringId) }),
    }),
    defineMsg({
      codec: T.MsgRequestJob,
      response: T.MsgRequestJobResponse,
      aminoPrefix: P,
      signer: (m) => m.requester,
      validateBasic: (m) => {
        checkAddress('requester', m.requester)
        for (const id of m.rightIds) checkId('right_ids[]', id)
        checkJobRequest(m.job, m.rightIds.length)
      },
      handle: (ctx, m) => ({ jobId: jobs.requestJob(k, ctx, m.requester, m.rightIds, m.job!) }),
    }),
    defineMsg({
      codec: T.MsgPurchaseAndRequest,
      response: T.MsgPurchaseAndRequestResponse,
      aminoPrefix: P,
      signer: (m) => m.buyer,
      validateBasic: (m) => {
        checkAddress('buyer', m.buyer)
        checkId('offering_id', m.offeringId)
        checkJobRequest(m.job, 1)
      },
      handle: (ctx, m) => jobs.purchaseAndRequest(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgCancelJob,
      response: T.MsgCancelJobResponse,
      aminoPrefix: P,
      signer: (m) => m.requester,
      validateBasic: (m) => {
        checkAddress('requester', m.requester)
        checkId('job_id', m.jobId)
      },
      handle: (ctx, m) => jobs.cancelJob(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgClaimExpiredJob,
      response: T.MsgClaimExpiredJobResponse,
      aminoPrefix: P,
      signer: (m) => m.claimer,
      validateBasic: (m) => {
        checkAddress('claimer', m.claimer)
        checkId('job_id', m.jobId)
      },
      handle: (ctx, m) => jobs.claimExpiredJob(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgGiftRight,
      response: T.MsgGiftRightResponse,
      aminoPrefix: P,
      signer: (m) => m.holder,
      validateBasic: (m) => {
        checkAddress('holder', m.holder)
        checkId('right_id', m.rightId)
        checkAddress('recipient', m.recipient)
      },
      handle: (ctx, m) => buy.giftRight(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgListRight,
      response: T.MsgListRightResponse,
      aminoPrefix: P,
      signer: (m) => m.holder,
      validateBasic: (m) => {
        checkAddress('holder', m.holder)
        checkId('right_id', m.rightId)
        if (m.price) checkCoin('price', m.price, true)
      },
      handle: (ctx, m) => resale.listRight(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgBuyListedRight,
      response: T.MsgBuyListedRightResponse,
      aminoPrefix: P,
      signer: (m) => m.buyer,
      validateBasic: (m) => {
        checkAddress('buyer', m.buyer)
        checkId('right_id', m.rightId)
        checkCoin('max_price', m.maxPrice, false)
      },
      handle: (ctx, m) => resale.buyListedRight(k, ctx, m),
    }),
  ]
  return defs as MsgDefinition[]
}
