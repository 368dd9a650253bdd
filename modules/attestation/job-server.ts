// The executor side of a job: accept (locks the job stake), commit sha256(digest ‖ salt), reveal. When the
// agreeing reveals reach the quorum the job is ATTESTED and the challenge window starts.
import {
  type Attestation,
  AttestationState,
  EventJobAccepted,
  EventJobAttested,
  EventResultCommitted,
  EventResultRevealed,
  type MsgAcceptJob,
  type MsgCommitResult,
  type MsgRevealResult,
  ReportedFault,
} from '../../proto/gen/datum/attestation/v1/index.js'
import type { Context } from '../sdk/index.js'
import { commitmentOf } from './commitment.js'
import { checkEligible } from './eligibility.js'
import { attestationErrors as E } from './errors.js'
import { emit } from './events.js'
import { requireExecutor } from './executor-server.js'
import type { JobView } from './expected-keepers.js'
import { faultDigest } from './fault-digest.js'
import type { AttestationKeeper } from './keeper.js'
import { executorWeight, quorumReached } from './quorum.js'
import { settleFault } from './settlement-server.js'
import { checkEvidence } from './tee-evidence.js'

export function requireJobAwaitingAttestation(k: AttestationKeeper, ctx: Context, jobId: bigint): JobView {
  const job = k.deps.computeRight.getJobView(ctx, jobId)
  if (!job) throw E.jobNotFound.wrap(jobId.toString())
  if (!job.awaitingAttestation) throw E.wrongState.wrap(`job ${jobId} no longer awaits attestation`)
  return job
}

function openAttestation(k: AttestationKeeper, ctx: Context, jobId: bigint): Attestation {
  const a = k.store.attestation(ctx, jobId)
  if (!a) throw E.notAssigned.wrap(`no executor accepted job ${jobId}`)
  if (a.state !== AttestationState.ATTESTATION_STATE_OPEN) throw E.wrongState.wrap(`job ${jobId}`)
  return a
}

export function acceptJob(k: AttestationKeeper, ctx: Context, m: MsgAcceptJob): void {
  const p = k.params(ctx)
  const job = requireJobAwaitingAttestation(k, ctx, m.jobId)
  if (ctx.unixSeconds > job.commitBy) throw E.lateCommit.wrap(`job ${m.jobId} no longer takes executors`)
  const a = k.store.attestation(ctx, m.jobId) ?? newAttestation(m.jobId, p.jobStake)
  if (a.state !== AttestationState.ATTESTATION_STATE_OPEN) throw E.wrongState.wrap(`job ${m.jobId}`)
  if (a.assigned.includes(m.executor)) throw E.alreadyAssigned.wrap(m.executor)
  if (a.assigned.length >= p.maxExecutorsPerJob) throw E.jobFull.wrap(`${a.assigned.length} assigned`)
  if (a.reveals.length > 0) throw E.lateCommit.wrap('reveals have started')
  const e = requireExecutor(k, ctx, m.executor)
  checkEligible(ctx, p, k.deps.dataAsset, e, job)
  // computeright refuses the first accept past the accept deadline: ask before writing anything here
  if (a.assigned.length === 0) k.deps.computeRight.markJob(ctx, m.jobId, 'ASSIGNED')
  e.locked = (BigInt(e.locked) + BigInt(a.stakePerExecutor)).toString()
  k.store.setExecutor(ctx, e)
  a.assigned.push(m.executor)
  k.store.setAttestation(ctx, a)
  emit(ctx, EventJobAccepted, { jobId: m.jobId, executor: m.executor, stake: a.stakePerExecutor })
}

const newAttestation = (jobId: bigint, stake: string): Attestation => ({
  jobId,
  state: AttestationState.ATTESTATION_STATE_OPEN,
  assigned: [],
  commitments: [],
  reveals: [],
  resultDigest: '',
  outputUri: '',
  agreeing: [],
  quorumWeight: 0n,
  epsilonActualMicro: 0n,
  attestedAt: 0n,
  finalizedAt: 0n,
  stakePerExecutor: stake,
  fault: ReportedFault.REPORTED_FAULT_UNSPECIFIED,
  attributionPpm: [],
})

/**
 * A fault report reveals the fault digest in place of a result digest (it was committed like one): ALGORITHM's
 * digest, or DATA's for one of the job's input assets. Anything else is `invalidFaultReport`.
 */
function checkFaultReport(m: MsgRevealResult, job: JobView): void {
  if (m.fault === ReportedFault.REPORTED_FAULT_UNSPECIFIED) {
    if (m.faultReason !== '') throw E.invalidFaultReport.wrap('fault_reason without a fault')
    return
  }
  const ok =
    m.fault === ReportedFault.REPORTED_FAULT_ALGORITHM
      ? m.resultDigest === faultDigest('ALGORITHM')
      : m.fault === ReportedFault.REPORTED_FAULT_DATA &&
        job.inputs.some((i) => faultDigest('DATA', i.assetId) === m.resultDigest)
  if (!ok)
    throw E.invalidFaultReport.wrap(
      `${ReportedFault[m.fault] ?? m.fault} report on job ${m.jobId} reveals another digest`,
    )
}

export function commitResult(k: AttestationKeeper, ctx: Context, m: MsgCommitResult): void {
  const job = requireJobAwaitingAttestation(k, ctx, m.jobId)
  const a = openAttestation(k, ctx, m.jobId)
  if (!a.assigned.includes(m.executor)) throw E.notAssigned.wrap(m.executor)
  if (ctx.unixSeconds > job.commitBy || a.reveals.length > 0) throw E.lateCommit.wrap(`job ${m.jobId}`)
  if (a.commitments.some((c) => c.executor === m.executor)) throw E.alreadyCommitted.wrap(m.executor)
  const e = requireExecutor(k, ctx, m.executor)
  a.commitments.push({
    executor: m.executor,
    hash: m.commitment,
    weight: executorWeight(e.reputation),
    height: ctx.height,
  })
  k.store.setAttestation(ctx, a)
  if (a.commitments.length === 1) k.deps.computeRight.markJob(ctx, m.jobId, 'COMMITTED')
  emit(ctx, EventResultCommitted, { jobId: m.jobId, executor: m.executor, commitment: m.commitment })
}

/** Reveals open once every assigned executor committed, or the commit deadline passed. */
const revealOpen = (a: Attestation, job: JobView, now: bigint): boolean =>
  a.commitments.length === a.assigned.length || now > job.commitBy

/**
 * An attribution comes only with a result reveal of a training job that asked for one (its charged ε covers
 * the scores' release; an attribution on any other job would be a release nobody paid ε for), one ppm per
 * input; such a job's result reveals must carry one.
 */
function checkAttributionFits(m: MsgRevealResult, job: JobView): void {
  const n = m.attributionPpm.length
  const result = m.fault === ReportedFault.REPORTED_FAULT_UNSPECIFIED
  if (n === 0) {
    if (job.attribution && result)
      throw E.invalidAttribution.wrap(`job ${m.jobId} asked for attribution; the reveal carries none`)
    return
  }
  if (!job.training) throw E.invalidAttribution.wrap(`${n} entries for a job that trains nothing`)
  if (!job.attribution)
    throw E.invalidAttribution.wrap(`job ${m.jobId} did not ask for attribution (its ε does not cover one)`)
  if (!result) throw E.invalidAttribution.wrap('a fault report carries no attribution')
  if (n !== job.inputs.length) throw E.invalidAttribution.wrap(`${n} entries for ${job.inputs.length} inputs`)
}

export function revealResult(k: AttestationKeeper, ctx: Context, m: MsgRevealResult): boolean {
  const job = requireJobAwaitingAttestation(k, ctx, m.jobId)
  const a = openAttestation(k, ctx, m.jobId)
  const c = a.commitments.find((x) => x.executor === m.executor)
  if (!c) throw E.notAssigned.wrap(`${m.executor} has no commitment`)
  if (a.reveals.some((r) => r.executor === m.executor)) throw E.alreadyRevealed.wrap(m.executor)
  if (ctx.unixSeconds > job.revealBy) throw E.lateReveal.wrap(`job ${m.jobId}`)
  if (!revealOpen(a, job, ctx.unixSeconds)) throw E.revealNotOpen.wrap('other executors are still committing')
  if (commitmentOf(m.resultDigest, m.salt) !== c.hash) throw E.revealMismatch.wrap(m.executor)
  if (m.epsilonSpentMicro > job.epsilonMicro)
    throw E.epsilonTooHigh.wrap(`${m.epsilonSpentMicro} > ${job.epsilonMicro}`)
  checkFaultReport(m, job)
  checkAttributionFits(m, job)
  const e = requireExecutor(k, ctx, m.executor)
  const evidenceHash = checkEvidence(e.kind, e.measurement, m.evidence, m.jobId, m.resultDigest)
  a.reveals.push({
    executor: m.executor,
    resultDigest: m.resultDigest,
    outputUri: m.outputUri,
    epsilonSpentMicro: m.epsilonSpentMicro,
    height: ctx.height,
    evidenceHash,
    fault: m.fault,
    faultReason: m.faultReason,
    attributionPpm: [...m.attributionPpm],
  })
  const attested = tryAttest(k, ctx, a, job, m.resultDigest, m.attributionPpm)
  k.store.setAttestation(ctx, a)
  emit(ctx, EventResultRevealed, {
    jobId: m.jobId,
    executor: m.executor,
    resultDigest: m.resultDigest,
    outputUri: m.outputUri,
  })
  return attested
}

function tryAttest(
  k: AttestationKeeper,
  ctx: Context,
  a: Attestation,
  job: JobView,
  digest: string,
  attribution: readonly number[],
): boolean {
  const weightOf = (ex: string): bigint => a.commitments.find((c) => c.executor === ex)?.weight ?? 0n
  // Reveals agree on a result only with the same attribution too: settlement pays royalties by it.
  const key = attribution.join(',')
  const group = a.reveals.filter((r) => r.resultDigest === digest && r.attributionPpm.join(',') === key)
  const groupWeight = group.reduce((s, r) => s + weightOf(r.executor), 0n)
  const totalWeight = a.commitments.reduce((s, c) => s + c.weight, 0n)
  const ok = quorumReached({
    totalWeight,
    groupWeight,
    groupSize: group.length,
    minExecutors: job.minExecutors,
    trust: k.params(ctx).trust,
  })
  if (!ok) return false
  if (group[0]!.fault !== ReportedFault.REPORTED_FAULT_UNSPECIFIED) {
    // A quorum agrees the job cannot yield a result: settle by the fault's rules now (settleFault stores a).
    a.resultDigest = digest
    a.agreeing = group.map((r) => r.executor)
    a.quorumWeight = groupWeight
    settleFault(k, ctx, a, job, group)
    return false
  }
  a.state = AttestationState.ATTESTATION_STATE_ATTESTED
  a.resultDigest = digest
  a.attributionPpm = [...attribution]
  // The first agreeing reveal's URI is served; every agreeing executor holds the same encrypted result digest.
  a.outputUri = group[0]?.outputUri ?? ''
  a.agreeing = group.map((r) => r.executor)
  a.quorumWeight = groupWeight
  // The ε the chain will debit is the job's, fixed at request; reveals' ε figures are informational only.
  a.epsilonActualMicro = job.epsilonMicro
  a.attestedAt = ctx.unixSeconds
  k.deps.computeRight.markJob(ctx, a.jobId, 'ATTESTED')
  emit(ctx, EventJobAttested, {
    jobId: a.jobId,
    resultDigest: digest,
    executors: a.agreeing,
    quorumWeight: groupWeight,
  })
  return true
}
