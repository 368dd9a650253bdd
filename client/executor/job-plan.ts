// The executor daemon's decision for one job, from chain state only: accept, compute+commit, reveal, or
// nothing. Pure, so the daemon loop (websocket-driven) stays a thin shell around it.
import * as T from '../../proto/gen/datum/attestation/v1/index.js'

export interface JobFacts {
  jobId: bigint
  requester: string
  assetOwners: string[]
  /** Unix seconds from the latest block header. */
  now: bigint
  commitBy: bigint
  revealBy: bigint
  /** computeright state is REQUESTED, ASSIGNED or COMMITTED. */
  open: boolean
}

export type Action =
  | { kind: 'accept' }
  | { kind: 'compute-and-commit' }
  | { kind: 'reveal' }
  | { kind: 'none'; reason: string }

/**
 * `waitForExecutors`: reveal only once that many executors have committed (or the commit window closed).
 * Reveals close the job to newcomers, so an operator who expects co-executors can wait for them instead of
 * revealing into a pool too small for a quorum.
 */
export function nextAction(
  self: string,
  job: JobFacts,
  att: T.Attestation | undefined,
  maxExecutors: number,
  waitForExecutors = 1,
): Action {
  if (self === job.requester || job.assetOwners.includes(self))
    return { kind: 'none', reason: 'never execute own or owned jobs' }
  const assigned = att?.assigned.includes(self) ?? false
  const committed = att?.commitments.some((c) => c.executor === self) ?? false
  const revealed = att?.reveals.some((r) => r.executor === self) ?? false
  const state = att?.state ?? T.AttestationState.ATTESTATION_STATE_OPEN
  if (state !== T.AttestationState.ATTESTATION_STATE_OPEN)
    return { kind: 'none', reason: 'job no longer open' }
  if (!assigned) {
    if (!job.open || job.now > job.commitBy) return { kind: 'none', reason: 'job closed to executors' }
    if ((att?.assigned.length ?? 0) >= maxExecutors) return { kind: 'none', reason: 'job is full' }
    if ((att?.reveals.length ?? 0) > 0) return { kind: 'none', reason: 'reveals started' }
    return { kind: 'accept' }
  }
  if (!committed) {
    if (job.now > job.commitBy || (att?.reveals.length ?? 0) > 0)
      return { kind: 'none', reason: 'commit phase over' }
    return { kind: 'compute-and-commit' }
  }
  if (revealed) return { kind: 'none', reason: 'already revealed' }
  if (job.now > job.revealBy) return { kind: 'none', reason: 'reveal deadline passed' }
  const commits = att?.commitments.length ?? 0
  const ready = commits === (att?.assigned.length ?? 0) && commits >= waitForExecutors
  if (!ready && job.now <= job.commitBy) return { kind: 'none', reason: 'waiting for other commits' }
  return { kind: 'reveal' }
}
