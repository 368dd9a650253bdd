// The one timeline of a job, across computeright and attestation: each open state has one deadline, each
// transition one opening, both derived from computeright's params (attestation reads the challenge window
// and the arbiter deadline from here). Pure: `checkTimeline` is the validator genesis and any later param
// change call; it refuses params under which a deadline can pass before the next step may lawfully happen.
import type { Params } from '../../proto/gen/datum/computeright/v1/index.js'
import { computeRightErrors as E } from './errors.js'

export type TimelineParams = Pick<
  Params,
  'acceptSeconds' | 'commitSeconds' | 'revealSeconds' | 'finalSeconds' | 'challengeSeconds' | 'arbiterSeconds'
>

/** The longest any one window may be (30 days); longer would lock escrow for unreasonable times. */
export const MAX_WINDOW_SECONDS = 30n * 86_400n

/** Absolute deadlines of a job requested at `requestedAt` (unix seconds, inclusive: a step AT it is on time). */
export interface JobTimes {
  acceptBy: bigint
  commitBy: bigint
  revealBy: bigint
  finalBy: bigint
  /** Latest end of the challenge window: attestation happens at the latest at `revealBy`. */
  challengeBy: bigint
}

export function jobTimes(requestedAt: bigint, p: TimelineParams): JobTimes {
  const acceptBy = requestedAt + p.acceptSeconds
  const commitBy = acceptBy + p.commitSeconds
  const revealBy = commitBy + p.revealSeconds
  const finalBy = revealBy + p.finalSeconds
  return { acceptBy, commitBy, revealBy, finalBy, challengeBy: revealBy + p.challengeSeconds }
}

/** When a challenge may be opened: from `attestedAt` to before `challengeEnd`. Finalize opens at the end. */
export const challengeEnd = (attestedAt: bigint, p: TimelineParams): bigint => attestedAt + p.challengeSeconds

/** After this an unresolved challenge lapses: the bond goes back and anyone may finalize the job. */
export const arbiterDeadline = (challengedAt: bigint, p: TimelineParams): bigint =>
  challengedAt + p.arbiterSeconds

/**
 * One row per open state: when (in the worst case, in seconds after the state was entered) the state's next
 * lawful step opens and when its deadline falls. `null` deadline: the state never expires (ATTESTED is
 * finalized by anyone; it is never refunded).
 */
export interface TimelineStep {
  state: 'REQUESTED' | 'ASSIGNED' | 'COMMITTED' | 'ATTESTED' | 'CHALLENGED'
  next: string
  /** Latest moment (after entering the state) the next step opens. */
  opensAfter: bigint
  /** The state's deadline after entering it, or null when it has none. */
  deadline: bigint | null
  /** What happens when the deadline passes. */
  atDeadline: string
  /** The param that sets the window, named in refusals. */
  param: string
}

/**
 * Worst cases: an executor accepts at `accept_by`, so ASSIGNED may start that late and its commit deadline
 * is `commit_seconds` later; reveals open at the latest at `commit_by`; a job attests at the latest at
 * `reveal_by`; the expiry claim opens after `final_by`, which must come after the last moment a quorum can
 * still form, so no job that may yet be attested (and its result released) is ever refunded.
 */
export function timelineSteps(p: TimelineParams): TimelineStep[] {
  return [
    {
      state: 'REQUESTED',
      next: 'ASSIGNED (first MsgAcceptJob)',
      opensAfter: 0n,
      deadline: p.acceptSeconds,
      atDeadline: 'no executor can accept; claimable after final_by (full refund)',
      param: 'accept_seconds',
    },
    {
      state: 'ASSIGNED',
      next: 'COMMITTED (first MsgCommitResult)',
      opensAfter: 0n,
      deadline: p.commitSeconds,
      atDeadline: 'no commitment: claimable after reveal_by (attestation) / final_by (computeright)',
      param: 'commit_seconds',
    },
    {
      state: 'COMMITTED',
      next: 'ATTESTED or FAILED by fault (quorum of MsgRevealResult)',
      opensAfter: 0n,
      deadline: p.revealSeconds,
      atDeadline: 'no quorum: claimable (executor fault, full refund)',
      param: 'reveal_seconds',
    },
    {
      state: 'COMMITTED',
      next: 'EXPIRED (MsgClaimExpiredJob, after final_by)',
      opensAfter: p.revealSeconds,
      deadline: p.revealSeconds + p.finalSeconds,
      atDeadline: 'claim opens strictly after the last reveal may land',
      param: 'final_seconds',
    },
    {
      state: 'ATTESTED',
      next: 'CHALLENGED (MsgChallenge, anyone with a bond)',
      opensAfter: 0n,
      deadline: p.challengeSeconds,
      atDeadline: 'the challenge window closes and finalize opens',
      param: 'challenge_seconds',
    },
    {
      state: 'ATTESTED',
      next: 'FINALIZED (MsgFinalizeJob, anyone)',
      opensAfter: p.challengeSeconds,
      deadline: null,
      atDeadline: 'none: an attested job is never refunded unless a challenge is upheld',
      param: 'challenge_seconds',
    },
    {
      state: 'CHALLENGED',
      next: 'FAILED (upheld) or FINALIZED (rejected) by MsgResolveChallenge',
      opensAfter: 0n,
      deadline: p.arbiterSeconds,
      atDeadline: 'the challenge lapses: bond back to the challenger; MsgFinalizeJob (anyone) pays the job',
      param: 'arbiter_seconds',
    },
  ]
}

/** Refuses params under which a deadline passes before its next step may lawfully happen (`invalidTimeline`). */
export function checkTimeline(p: TimelineParams): void {
  const windows: [string, bigint][] = [
    ['accept_seconds', p.acceptSeconds],
    ['commit_seconds', p.commitSeconds],
    ['reveal_seconds', p.revealSeconds],
    ['final_seconds', p.finalSeconds],
    ['challenge_seconds', p.challengeSeconds],
    ['arbiter_seconds', p.arbiterSeconds],
  ]
  for (const [name, v] of windows)
    if (v > MAX_WINDOW_SECONDS) throw E.invalidTimeline.wrap(`${name} ${v} is above ${MAX_WINDOW_SECONDS}`)
  for (const s of timelineSteps(p)) {
    if (s.opensAfter < 0n) throw E.invalidTimeline.wrap(`${s.param}: ${s.next} opens before ${s.state}`)
    // A step at the deadline itself is on time, but at least one second must separate opening and deadline
    // so the step is possible in some block.
    if (s.deadline !== null && s.deadline <= s.opensAfter)
      throw E.invalidTimeline.wrap(
        `${s.param}: ${s.state}'s deadline (${s.deadline} s) passes before ${s.next} opens (${s.opensAfter} s)`,
      )
  }
}

/** Test and devnet helper: every window divided by one factor, so the ratios (and the checks) are unchanged. */
export function scaledTimeline<P extends TimelineParams>(p: P, factor: bigint): P {
  const d = (v: bigint) => v / factor
  const out = {
    ...p,
    acceptSeconds: d(p.acceptSeconds),
    commitSeconds: d(p.commitSeconds),
    revealSeconds: d(p.revealSeconds),
    finalSeconds: d(p.finalSeconds),
    challengeSeconds: d(p.challengeSeconds),
    arbiterSeconds: d(p.arbiterSeconds),
  }
  checkTimeline(out)
  return out
}
