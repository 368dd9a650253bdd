// Adapts the computeright keeper to the interface the attestation module declares (expected-keepers.ts) and
// registers attestation's expiry hook. Kept apart from app-wiring.ts so the module list stays readable.
import {
  AttestationKeeper,
  AttestationModule,
  type FaultClass as AttFault,
  type ComputeRightKeeperApi,
  type JobView,
  onJobExpired,
} from '../../modules/attestation/index.js'
import type { BankKeeper } from '../../modules/bank/index.js'
import { type ComputeRightKeeper, markAssigned, settleJob } from '../../modules/computeright/index.js'
import type { DataAssetKeeper } from '../../modules/dataasset/keeper.js'
import type { Context } from '../../modules/sdk/index.js'
import { FaultClass, JobState } from '../../proto/gen/datum/computeright/v1/index.js'

const FAULTS: Record<AttFault, FaultClass> = {
  NONE: FaultClass.FAULT_CLASS_NONE,
  EXECUTOR: FaultClass.FAULT_CLASS_EXECUTOR,
  ALGORITHM: FaultClass.FAULT_CLASS_ALGORITHM,
  DATA: FaultClass.FAULT_CLASS_DATA,
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
    markJob(ctx, jobId, phase) {
      // computeright tracks REQUESTED → ASSIGNED itself; later phases live in the attestation record and
      // the settlement moves the job to FINALIZED or FAILED.
      if (phase === 'ASSIGNED' && cr.store.job(ctx, jobId)?.state === JobState.JOB_STATE_REQUESTED)
        markAssigned(cr, ctx, jobId)
    },
    settleJob(ctx, jobId, outcome) {
      settleJob(cr, ctx, jobId, {
        fault: FAULTS[outcome.fault],
        executors: outcome.executors,
        computeCharged: outcome.computeCharged,
        epsilonSpentMicro: outcome.epsilonSpentMicro,
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
  return new AttestationModule(keeper, {
    moduleBalance: (ctx, denom) => bank.getBalance(ctx, moduleAddress, denom).amount,
  })
}
