// Adapts the computeright keeper to the interface the attestation module declares (expected-keepers.ts) and
// registers attestation's expiry hook. Kept apart from app-wiring.ts so the module list stays readable.
import {
  AttestationKeeper,
  AttestationModule,
  type FaultClass as AttFault,
  type ComputeRightKeeperApi,
  type JobPhase,
  type JobView,
  onJobExpired,
} from '../../modules/attestation/index.js'
import type { BankKeeper } from '../../modules/bank/index.js'
import { type ComputeRightKeeper, settleJob } from '../../modules/computeright/index.js'
import type { DataAssetKeeper } from '../../modules/dataasset/keeper.js'
import type { Context } from '../../modules/sdk/index.js'
import { FaultClass, JobState } from '../../proto/gen/datum/computeright/v1/index.js'

const FAULTS: Record<AttFault, FaultClass> = {
  NONE: FaultClass.FAULT_CLASS_NONE,
  EXECUTOR: FaultClass.FAULT_CLASS_EXECUTOR,
  ALGORITHM: FaultClass.FAULT_CLASS_ALGORITHM,
  DATA: FaultClass.FAULT_CLASS_DATA,
}

const PHASES: Partial<Record<JobPhase, JobState>> = {
  ASSIGNED: JobState.JOB_STATE_ASSIGNED,
  COMMITTED: JobState.JOB_STATE_COMMITTED,
  ATTESTED: JobState.JOB_STATE_ATTESTED,
  CHALLENGED: JobState.JOB_STATE_CHALLENGED,
}

const OPEN = new Set([
  JobState.JOB_STATE_REQUESTED,
  JobState.JOB_STATE_ASSIGNED,
  JobState.JOB_STATE_COMMITTED,
])

export function computeRightForAttestation(
  cr: ComputeRightKeeper,
  assets: DataAssetKeeper,
): ComputeRightKeeperApi {
  return {
    getJobView(ctx: Context, jobId: bigint): JobView | undefined {
      const job = cr.store.job(ctx, jobId)
      if (!job) return undefined
      const rights = job.rightIds.map((id) => cr.store.right(ctx, id)).filter((r) => r !== undefined)
      const minExecutors = rights.reduce(
        (m, r) => Math.max(m, assets.getAsset(ctx, r.assetId)?.computePolicy?.minExecutors ?? 1),
        1,
      )
      return {
        id: job.id,
        requester: job.requester,
        inputs: rights.map((r) => ({ assetId: r.assetId, assetVersion: r.assetVersion, rightId: r.id })),
        codeHash: job.algorithm?.codeHash ?? '',
        imageDigest: job.algorithm?.imageDigest ?? '',
        mechanism: job.mechanism,
        epsilonMicro: job.epsilonMicro,
        minExecutors,
        commitBy: job.deadlines?.commitBy ?? 0n,
        revealBy: job.deadlines?.revealBy ?? 0n,
        maxComputeFee: BigInt(job.maxComputeFee?.amount ?? '0'),
        open: OPEN.has(job.state),
      }
    },
    timeline(ctx) {
      const p = cr.store.params(ctx)
      return { challengeSeconds: p.challengeSeconds, arbiterSeconds: p.arbiterSeconds }
    },
    markJob(ctx, jobId, phase) {
      // The phases before settlement are mirrored into computeright's Job.state; FINALIZED and FAILED were
      // already set by settleJob, which is the only way into an end state.
      const state = PHASES[phase]
      if (state !== undefined) cr.setJobPhase(ctx, jobId, state)
    },
    settleJob(ctx, jobId, outcome) {
      settleJob(cr, ctx, jobId, {
        fault: FAULTS[outcome.fault],
        executors: outcome.executors,
        computeCharged: outcome.computeCharged,
        resultDigest: outcome.resultDigest,
        dataFaultAsset: outcome.dataFaultAsset,
        faultReason: outcome.faultReason,
      })
    },
  }
}

export function attestationModule(
  cr: ComputeRightKeeper,
  assets: DataAssetKeeper,
  bank: BankKeeper,
  moduleAddress: string,
): AttestationModule {
  const keeper = new AttestationKeeper({
    bank,
    dataAsset: assets,
    computeRight: computeRightForAttestation(cr, assets),
  })
  cr.addHooks({ afterJobExpired: (ctx, jobId) => onJobExpired(keeper, ctx, jobId) })
  // Grants are wrapped to the encryption key an executor registered here; licences that name jurisdictions
  // read the account audits kept here.
  assets.setExecutorKeys({ encryptionKey: (ctx, operator) => keeper.encryptionKey(ctx, operator) })
  cr.setAccountAudits({ attestedJurisdictions: (ctx, account) => keeper.attestedJurisdictions(ctx, account) })
  return new AttestationModule(keeper, {
    moduleBalance: (ctx, denom) => bank.getBalance(ctx, moduleAddress, denom).amount,
  })
}
