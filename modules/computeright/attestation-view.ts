// What the attestation module sees of computeright (its ComputeRightKeeperApi, declared in
// modules/attestation/expected-keepers.ts): a job's facts, the timeline windows, the phase mirror and the
// settlement. The rules behind them are computeright's: how many matching reveals a job needs, and which
// states still await attestation. The app passes `attestationView(keeper)` to attestation; tsc checks that it
// satisfies attestation's interface there.
import { FaultClass, JobState } from '../../proto/gen/datum/computeright/v1/index.js'
import type { Context } from '../sdk/index.js'
import type { ComputeRightKeeper } from './keeper.js'
import type { AssetAccess } from './keeper-parts.js'
import { settleJob } from './settle.js'
import { awaitsAttestation } from './store.js'

/** The phases attestation names, as attestation spells them. */
export type AttestationPhase = 'ASSIGNED' | 'COMMITTED' | 'ATTESTED' | 'CHALLENGED' | 'FINALIZED' | 'FAILED'
export type AttestationFault = 'NONE' | 'EXECUTOR' | 'ALGORITHM' | 'DATA'

const FAULTS: Record<AttestationFault, FaultClass> = {
  NONE: FaultClass.FAULT_CLASS_NONE,
  EXECUTOR: FaultClass.FAULT_CLASS_EXECUTOR,
  ALGORITHM: FaultClass.FAULT_CLASS_ALGORITHM,
  DATA: FaultClass.FAULT_CLASS_DATA,
}

/** The phases mirrored into Job.state; FINALIZED and FAILED are set by settleJob, the only way into an end state. */
const MIRRORED: Partial<Record<AttestationPhase, JobState>> = {
  ASSIGNED: JobState.JOB_STATE_ASSIGNED,
  COMMITTED: JobState.JOB_STATE_COMMITTED,
  ATTESTED: JobState.JOB_STATE_ATTESTED,
  CHALLENGED: JobState.JOB_STATE_CHALLENGED,
}

/** Matching reveals a job needs: the largest compute-policy minimum of its input assets, at least 1. */
export function minExecutorsOf(k: AssetAccess, ctx: Context, assetIds: readonly string[]): number {
  return assetIds.reduce(
    (m, id) => Math.max(m, k.deps.assets.getAsset(ctx, id)?.computePolicy?.minExecutors ?? 1),
    1,
  )
}

export function attestationView(k: ComputeRightKeeper) {
  return {
    getJobView(ctx: Context, jobId: bigint) {
      const job = k.store.job(ctx, jobId)
      if (!job) return undefined
      const rights = job.rightIds.map((id) => k.store.right(ctx, id)).filter((r) => r !== undefined)
      return {
        id: job.id,
        requester: job.requester,
        inputs: rights.map((r) => ({ assetId: r.assetId, assetVersion: r.assetVersion, rightId: r.id })),
        codeHash: job.algorithm?.codeHash ?? '',
        imageDigest: job.algorithm?.imageDigest ?? '',
        mechanism: job.mechanism,
        epsilonMicro: job.epsilonMicro,
        minExecutors: minExecutorsOf(
          k,
          ctx,
          rights.map((r) => r.assetId),
        ),
        commitBy: job.deadlines?.commitBy ?? 0n,
        revealBy: job.deadlines?.revealBy ?? 0n,
        maxComputeFee: BigInt(job.maxComputeFee?.amount ?? '0'),
        awaitingAttestation: awaitsAttestation(job),
        training: job.training !== undefined,
        attribution: job.training?.attribution === true,
      }
    },
    timeline(ctx: Context) {
      const p = k.store.params(ctx)
      return { challengeSeconds: p.challengeSeconds, arbiterSeconds: p.arbiterSeconds }
    },
    markJob(ctx: Context, jobId: bigint, phase: AttestationPhase) {
      const state = MIRRORED[phase]
      if (state !== undefined) k.setJobPhase(ctx, jobId, state)
    },
    settleJob(
      ctx: Context,
      jobId: bigint,
      outcome: {
        fault: AttestationFault
        executors: { address: string; weightBps: number }[]
        computeCharged: bigint
        resultDigest?: string
        dataFaultAsset?: string
        faultReason?: string
        attributionPpm?: number[]
      },
    ) {
      settleJob(k, ctx, jobId, {
        fault: FAULTS[outcome.fault],
        executors: outcome.executors,
        computeCharged: outcome.computeCharged,
        resultDigest: outcome.resultDigest,
        dataFaultAsset: outcome.dataFaultAsset,
        faultReason: outcome.faultReason,
        attributionPpm: outcome.attributionPpm,
      })
    },
  }
}
