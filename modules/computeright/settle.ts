// The settlement entry point the attestation module calls exactly once per job, after attestation and the
// challenge window (success) or on a fault verdict. Money moves only here, in cancel/claim and on revocation.
import { FaultClass, JobState } from '../../proto/gen/datum/computeright/v1/index.js'
import { type Context, normalizeAddress } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import { finishJob, type JobEnd } from './job-close.js'
import { setJobPhase } from './job-phase.js'
import type { ComputeRightKeeper } from './keeper.js'
import type { Share } from './money.js'

export interface Settlement {
  fault: FaultClass
  /** Executors paid from the compute fee, by weight in basis points (summing to 10000). */
  executors: Share[]
  /** Metered compute fee to pay (success and algorithm fault); ≤ the job's max compute fee. */
  computeCharged: bigint
  /** ε actually spent per input use on success (≤ the job's ε); the rest of each reservation is released. */
  epsilonSpentMicro: bigint
  /** The attested result digest (hex), written to the usage ledger when uses are consumed. */
  resultDigest?: string
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

export function settleJob(k: ComputeRightKeeper, ctx: Context, jobId: bigint, s: Settlement): void {
  const job = k.requireJob(ctx, jobId)
  const executors = checkExecutors(s.executors)
  if (s.epsilonSpentMicro < 0n || s.epsilonSpentMicro > job.epsilonMicro)
    throw E.invalidSettlement.wrap(`epsilon spent ${s.epsilonSpentMicro} is not in 0..${job.epsilonMicro}`)
  const base = {
    executors,
    epsilonSpentMicro: s.epsilonSpentMicro,
    fault: s.fault,
    resultDigest: s.resultDigest,
  }
  let end: JobEnd
  switch (s.fault) {
    case FaultClass.FAULT_CLASS_NONE:
      end = {
        ...base,
        state: JobState.JOB_STATE_FINALIZED,
        uses: 'consume',
        computeCharged: s.computeCharged,
      }
      break
    case FaultClass.FAULT_CLASS_EXECUTOR:
      end = { ...base, state: JobState.JOB_STATE_FAILED, uses: 'restore', computeCharged: 0n }
      break
    case FaultClass.FAULT_CLASS_ALGORITHM:
      end = { ...base, state: JobState.JOB_STATE_FAILED, uses: 'restore', computeCharged: s.computeCharged }
      break
    case FaultClass.FAULT_CLASS_DATA:
      end = { ...base, state: JobState.JOB_STATE_FAILED, uses: 'refund', computeCharged: 0n }
      break
    default:
      throw E.invalidSettlement.wrap(`unknown fault class ${s.fault}`)
  }
  finishJob(k, ctx, job, end)
}

/** An executor accepted the job (called by attestation): cancellation is no longer possible. */
export function markAssigned(k: ComputeRightKeeper, ctx: Context, jobId: bigint): void {
  setJobPhase(k, ctx, jobId, JobState.JOB_STATE_ASSIGNED)
}
