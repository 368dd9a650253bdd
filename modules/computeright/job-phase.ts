// The job phases the attestation module drives, mirrored into Job.state so JobsByState and JobsByAsset show
// where each job is: REQUESTED → ASSIGNED (first executor accepted) → COMMITTED (first commitment) →
// ATTESTED (quorum) ⇄ CHALLENGED (a challenge opened; a rejected one goes back to ATTESTED). The end states
// (FINALIZED, FAILED, EXPIRED, CANCELLED) are only reached through settleJob, cancel and claim, which move money.
import { JobState } from '../../proto/gen/datum/computeright/v1/index.js'
import type { Context } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import type { JobLookup } from './keeper-parts.js'

const S = JobState

/** Target phase → the states it may be entered from. */
const FROM: ReadonlyMap<JobState, readonly JobState[]> = new Map([
  [S.JOB_STATE_ASSIGNED, [S.JOB_STATE_REQUESTED]],
  [S.JOB_STATE_COMMITTED, [S.JOB_STATE_ASSIGNED]],
  [S.JOB_STATE_ATTESTED, [S.JOB_STATE_COMMITTED, S.JOB_STATE_CHALLENGED]],
  [S.JOB_STATE_CHALLENGED, [S.JOB_STATE_ATTESTED]],
])

export const MIRRORED_PHASES: readonly JobState[] = [...FROM.keys()]

/** Moves an unsettled job to the next attestation phase; any other transition is `invalidJobPhase`. */
export function setJobPhase(k: JobLookup, ctx: Context, jobId: bigint, state: JobState): void {
  const from = FROM.get(state)
  if (!from) throw E.invalidJobPhase.wrap(`${S[state] ?? state} is not a phase attestation may set`)
  const job = k.requireJob(ctx, jobId)
  if (!from.includes(job.state))
    throw E.invalidJobPhase.wrap(
      `job ${jobId} is ${S[job.state]}; ${S[state]} needs ${from.map((f) => S[f]).join(' or ')}`,
    )
  if (state === S.JOB_STATE_ASSIGNED && ctx.unixSeconds > job.deadlines!.acceptBy)
    throw E.invalidJobState.wrap(`job ${jobId} accept deadline passed`)
  const assets = job.rightIds.map((id) => k.store.right(ctx, id)!.assetId)
  k.store.putJob(ctx, { ...job, state }, [...new Set(assets)].sort())
}
