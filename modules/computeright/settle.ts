// The settlement entry point the attestation module calls exactly once per job, after attestation and the
// challenge window (success) or on a fault verdict. Money moves only here, in cancel/claim and on revocation.
import { FaultClass, JobState } from '../../proto/gen/datum/computeright/v1/index.js'
import { type Context, normalizeAddress } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import { finishJob, type JobEnd } from './job-close.js'
import { setJobPhase } from './job-phase.js'
import type { JobLookup, SettlementParts } from './keeper-parts.js'
import type { Share } from './money.js'
import { trainingShares } from './training.js'

export interface Settlement {
  fault: FaultClass
  /** Executors paid from the compute fee, by weight in basis points (summing to 10000). */
  executors: Share[]
  /** Compute fee to pay (success and algorithm fault); ≤ the job's max compute fee. */
  computeCharged: bigint
  /** The attested result digest (hex), written to the usage ledger when uses are consumed. */
  resultDigest?: string
  /** DATA fault: the input asset whose package the executors found not to match its content hash. */
  dataFaultAsset?: string
  /** DATA fault: the executors' reason, recorded on the marked asset. */
  faultReason?: string
  /** Training jobs, success: the attested attribution, ppm per input in right order (empty = equal split). */
  attributionPpm?: readonly number[]
}

function checkExecutors(shares: Share[]): Share[] {
  if (shares.length === 0) return []
  let total = 0
  const out = shares.map((s) => {
    if (!Number.isInteger(s.weightBps) || s.weightBps <= 0)
      throw E.invalidSettlement.wrap(`executor weight ${s.weightBps}`)
    total += s.weightBps
    return { address: normalizeAddress(s.address), weightBps: s.weightBps }
  })
  if (total !== 10_000) throw E.invalidSettlement.wrap(`executor weights sum to ${total}, not 10000`)
  return out
}

export function settleJob(k: SettlementParts & JobLookup, ctx: Context, jobId: bigint, s: Settlement): void {
  const job = k.requireJob(ctx, jobId)
  const executors = checkExecutors(s.executors)
  // ε is never part of a settlement: a consumed use debits the ε fixed at request (job.epsilon_micro).
  const base = { executors, fault: s.fault, resultDigest: s.resultDigest }
  const attribution = s.attributionPpm ?? []
  if (attribution.length > 0 && (job.trainingCharges.length === 0 || s.fault !== FaultClass.FAULT_CLASS_NONE))
    throw E.invalidAttribution.wrap(`job ${jobId}: attribution only comes with a finalized training job`)
  // Its release is charged only when the spec asked for it: an attribution on any other job is refused.
  if (attribution.length > 0 && job.training?.attribution !== true)
    throw E.invalidAttribution.wrap(`job ${jobId} did not ask for attribution`)
  // Checked before anything moves (trainingShares throws invalidAttribution on a bad vector).
  const shares = job.trainingCharges.length > 0 ? trainingShares(job.rightIds.length, attribution) : []
  const inputs = job.rightIds.map((id) => k.store.right(ctx, id)!)
  const faulty = inputs.find((r) => r.assetId === s.dataFaultAsset)
  if (s.fault === FaultClass.FAULT_CLASS_DATA && s.dataFaultAsset !== undefined && !faulty)
    throw E.invalidSettlement.wrap(`asset ${s.dataFaultAsset} is not an input of job ${jobId}`)
  let end: JobEnd
  switch (s.fault) {
    case FaultClass.FAULT_CLASS_NONE:
      end = {
        ...base,
        state: JobState.JOB_STATE_FINALIZED,
        uses: 'consume',
        computeCharged: s.computeCharged,
        trainingShares: shares,
        attributed: attribution.length > 0,
      }
      break
    case FaultClass.FAULT_CLASS_EXECUTOR:
      end = { ...base, state: JobState.JOB_STATE_FAILED, uses: 'restore', computeCharged: 0n }
      break
    case FaultClass.FAULT_CLASS_ALGORITHM:
      // The job cannot run as asked: the executors did the work of finding out (compute fee kept), the data
      // was not used (the use, and with it the data fee and ε, goes back to the right).
      end = { ...base, state: JobState.JOB_STATE_FAILED, uses: 'restore', computeCharged: s.computeCharged }
      break
    case FaultClass.FAULT_CLASS_DATA:
      end = { ...base, state: JobState.JOB_STATE_FAILED, uses: 'refund', computeCharged: 0n }
      break
    default:
      throw E.invalidSettlement.wrap(`unknown fault class ${s.fault}`)
  }
  finishJob(k, ctx, job, end)
  if (faulty && s.fault === FaultClass.FAULT_CLASS_DATA)
    k.deps.assets.markDataFault(ctx, faulty.assetId, faulty.assetVersion, jobId, s.faultReason ?? '')
}

/** An executor accepted the job (called by attestation): cancellation is no longer possible. */
export function markAssigned(k: JobLookup, ctx: Context, jobId: bigint): void {
  setJobPhase(k, ctx, jobId, JobState.JOB_STATE_ASSIGNED)
}
