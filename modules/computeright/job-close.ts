// Ending a job, once: what happens to each locked use (restored to its right, consumed and paid out, or
// refunded) and to the compute-fee lock (charged to executors up to the max, the rest refunded).
import {
  type ComputeRight,
  EventJobSettled,
  EventJobStateChanged,
  EventModelRoyaltyPaid,
  FaultClass,
  type Job,
  JobState,
  RightState,
} from '../../proto/gen/datum/computeright/v1/index.js'
import { addCoins, type Coin, type Context } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import type { SettlementParts } from './keeper-parts.js'
import { coinOf, type Share, splitByWeight, toProtoList } from './money.js'
import { releaseEpsilon, requireRight, saveRight } from './rights.js'
import { usePayouts } from './royalty.js'
import { isUnsettledJob } from './store.js'
import { epsilonOfUse } from './training.js'

export type CloseReason = 'cancel' | 'expired' | 'revoked'

/** What happens to each locked data use. */
export type UseOutcome = 'restore' | 'refund' | 'consume'

export interface JobEnd {
  state: JobState
  fault: FaultClass
  uses: UseOutcome
  /** Compute fee paid to executors (≤ the job's max); the rest is refunded to the requester. */
  computeCharged: bigint
  executors: readonly Share[]
  /** The attested result digest, recorded with each consumed use and on the finalized job. */
  resultDigest?: string
  /** Finalized training job: each input's share of the model (ppm, right order), and whether attested. */
  trainingShares?: readonly number[]
  attributed?: boolean
}

interface Totals {
  refund: Coin[]
  ownerSide: Coin[]
  fee: Coin[]
}

function endUse(k: SettlementParts, ctx: Context, job: Job, r: ComputeRight, end: JobEnd, t: Totals): void {
  const price = BigInt(r.pricePerUse!.amount)
  const denom = r.pricePerUse!.denom
  const next = { ...r, usesInJobs: r.usesInJobs - 1 }
  if (end.uses === 'restore' && r.state === RightState.RIGHT_STATE_ACTIVE) {
    next.usesRemaining += 1
  } else if (end.uses === 'consume') {
    // The debit is the ε fixed at request (≤ the right's ε per use, checked then), never a reported number.
    const spent = epsilonOfUse(job, r.id)
    k.deps.assets.spendEpsilon(ctx, r.assetId, r.assetVersion, r.epsilonPerUseMicro, spent)
    const asset = k.deps.assets.requireAsset(ctx, r.assetId)
    const { fee, royalty, payouts } = usePayouts(price, k.store.params(ctx).protocolFeeBps, asset, (id) =>
      k.deps.assets.getAsset(ctx, id),
    )
    for (const p of payouts) k.payOut(ctx, p.address, coinOf(denom, p.amount))
    for (const i of royalty) for (const p of i.payouts) k.payOut(ctx, p.address, coinOf(denom, p.amount))
    if (royalty.length > 0)
      emitEvent(ctx, EventModelRoyaltyPaid, {
        jobId: job.id,
        modelAssetId: asset.id,
        rightId: r.id,
        royalty: toProtoList(
          coinOf(
            denom,
            royalty.reduce((s, i) => s + i.amount, 0n),
          ),
        ),
        inputAssetIds: royalty.map((i) => i.assetId),
        inputAmounts: royalty.map((i) => i.amount.toString()),
      })
    k.payFee(ctx, coinOf(denom, fee))
    t.fee = addCoins(t.fee, coinOf(denom, fee))
    t.ownerSide = addCoins(t.ownerSide, coinOf(denom, price - fee))
    k.deps.assets.appendUsage(ctx, {
      assetId: r.assetId,
      assetVersion: r.assetVersion,
      jobId: job.id.toString(),
      rightId: r.id.toString(),
      requester: job.requester,
      codeHash: job.algorithm!.codeHash,
      mechanism: job.mechanism,
      epsilonMicro: spent,
      executors: end.executors.map((e) => e.address),
      resultDigest: end.resultDigest ?? '',
      feePaid: [{ denom, amount: price.toString() }],
    })
  } else {
    // Refund: the use is gone (right ended, or the data was at fault); money back to the requester.
    releaseEpsilon(k, ctx, r, r.epsilonPerUseMicro)
    t.refund = addCoins(t.refund, coinOf(denom, price))
  }
  saveRight(k, ctx, next, r)
}

/** Ends an unsettled job exactly once; throws `alreadySettled` for a job that is already terminal. */
export function finishJob(k: SettlementParts, ctx: Context, job: Job, end: JobEnd): void {
  if (!isUnsettledJob(job)) throw E.alreadySettled.wrap(`job ${job.id} is ${JobState[job.state]}`)
  const max = job.maxComputeFee ? BigInt(job.maxComputeFee.amount) : 0n
  if (end.computeCharged < 0n || end.computeCharged > max)
    throw E.invalidSettlement.wrap(`compute charge ${end.computeCharged} is not in 0..${max}`)
  if (end.computeCharged > 0n && end.executors.length === 0)
    throw E.invalidSettlement.wrap('a compute charge needs executors')
  const t: Totals = { refund: [], ownerSide: [], fee: [] }
  const assets = new Set<string>()
  for (const id of job.rightIds) {
    const r = requireRight(k, ctx, id)
    assets.add(r.assetId)
    endUse(k, ctx, job, r, end, t)
  }
  const denom = job.maxComputeFee?.denom ?? ''
  const toExecutors =
    end.computeCharged > 0n ? splitByWeight(end.computeCharged, end.executors, end.executors[0]!.address) : []
  for (const p of toExecutors) k.payOut(ctx, p.address, coinOf(denom, p.amount))
  t.refund = addCoins(t.refund, coinOf(denom, max - end.computeCharged))
  k.payOut(ctx, job.requester, t.refund)
  const next = { ...job, state: end.state, fault: end.fault }
  if (end.state === JobState.JOB_STATE_FINALIZED) {
    next.resultDigest = end.resultDigest ?? ''
    const shares = end.trainingShares ?? []
    next.trainingCharges = job.trainingCharges.map((c, i) => ({ ...c, weightPpm: shares[i] ?? 0 }))
    next.attributed = end.attributed ?? false
  }
  k.store.putJob(ctx, next, [...assets].sort())
  emitEvent(ctx, EventJobStateChanged, {
    jobId: job.id,
    state: JobState[end.state],
    fault: FaultClass[end.fault],
    refunded: toProtoList(t.refund),
  })
  emitEvent(ctx, EventJobSettled, {
    jobId: job.id,
    fault: FaultClass[end.fault],
    toOwnerSide: toProtoList(t.ownerSide),
    toExecutors: toProtoList(coinOf(denom, end.computeCharged)),
    refunded: toProtoList(t.refund),
    protocolFee: toProtoList(t.fee),
  })
}

const NO_CHARGE = { computeCharged: 0n, executors: [] } as const

/** Cancel (nothing accepted), expiry past the final deadline (executor fault) and asset revocation. */
export function closeJob(k: SettlementParts, ctx: Context, job: Job, why: CloseReason): void {
  if (why === 'cancel')
    finishJob(k, ctx, job, {
      state: JobState.JOB_STATE_CANCELLED,
      fault: FaultClass.FAULT_CLASS_NONE,
      uses: 'restore',
      ...NO_CHARGE,
    })
  else if (why === 'expired')
    finishJob(k, ctx, job, {
      state: JobState.JOB_STATE_EXPIRED,
      fault: FaultClass.FAULT_CLASS_EXECUTOR,
      uses: 'restore',
      ...NO_CHARGE,
    })
  else
    finishJob(k, ctx, job, {
      state: JobState.JOB_STATE_FAILED,
      fault: FaultClass.FAULT_CLASS_DATA,
      uses: 'refund',
      ...NO_CHARGE,
    })
}
