// What dataasset reads of a training job when its buyer registers the model (dataasset's TrainingJobsApi,
// modules/dataasset/expected-keepers.ts); the app passes `trainingJobsView(keeper)` to the dataasset keeper.
import { JobState } from '../../proto/gen/datum/computeright/v1/index.js'
import type { Context } from '../sdk/index.js'
import type { StoreAccess } from './keeper-parts.js'

export function trainingJobsView(k: StoreAccess) {
  return {
    trainingJob(ctx: Context, jobId: bigint) {
      const job = k.store.job(ctx, jobId)
      if (!job?.training) return undefined
      return {
        requester: job.requester,
        finalized: job.state === JobState.JOB_STATE_FINALIZED,
        modelFamily: job.training.family,
        resultDigest: job.resultDigest,
        inputAssetIds: job.trainingCharges.map((c) => c.assetId),
        inputWeightsPpm: job.trainingCharges.map((c) => c.weightPpm),
      }
    },
  }
}
