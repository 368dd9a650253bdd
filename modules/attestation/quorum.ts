// iExec's Proof-of-Contribution consensus over reveals, weighted by reputation (domain-anchors §2.2).
import type { Executor } from '../../proto/gen/datum/attestation/v1/index.js'

/** iExec worker weight: max(floor(score / 3), 3) − 1, so a fresh executor weighs 2. */
export function executorWeight(reputation: number): bigint {
  const base = BigInt(Math.floor(reputation / 3))
  return (base > 3n ? base : 3n) - 1n
}

export interface QuorumInput {
  /** Weight of every executor that committed (the denominator). */
  totalWeight: bigint
  /** Weight of the executors whose reveals agree on one digest. */
  groupWeight: bigint
  groupSize: number
  minExecutors: number
  trust: number
}

/** Consensus when `group × trust > total × (trust − 1)` and at least the job's minimum agree. */
export function quorumReached(q: QuorumInput): boolean {
  if (q.groupSize < q.minExecutors) return false
  const trust = BigInt(q.trust)
  return q.groupWeight * trust > q.totalWeight * (trust - 1n)
}

/** Reputation after a job: +1 for agreeing, ×2/3 (floor) for dissenting or silent. */
export function nextReputation(e: Pick<Executor, 'reputation'>, agreed: boolean): number {
  return agreed ? e.reputation + 1 : Math.floor((e.reputation * 2) / 3)
}
