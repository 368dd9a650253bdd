// The daemon's side of a federated training job, given the task (the chain binding that builds the task from
// a training job on chain is not here; see client/executor/README.md): open this executor's granted asset,
// stream its CSV from a private temp dir through the training, then digest and seal the model.
//   - the data key comes from the executor's grant on the asset (Grants), the package is checked against the
//     asset's content hash (DatasetSource: a mismatch is JobFault('DATA'));
//   - sampling and noise use the asset's per-job seed jobNoiseSeed(data key, chain, job, task hash), so every
//     executor granted the asset would compute the same contribution and no one without the key can predict it;
//   - the result is the model digest (model-digest.ts), a commitment sha256(digest ‖ salt) as for other jobs,
//     and the canonical model bytes sealed to the requester and viewers (envelope.ts).
import { randomBytes } from 'node:crypto'
import { commitmentOf } from '../../../modules/attestation/commitment.js'
import { CsvError } from '../csv.js'
import { sealFor } from '../envelope.js'
import { JobFault } from '../faults.js'
import { type LocalParticipant, type TrainingResult, trainFederated } from '../federated/federated-trainer.js'
import { csvRows } from '../federated/local-rows.js'
import { modelBytes } from '../federated/model-digest.js'
import type { PeerServer } from '../federated/peer-server.js'
import { planOf, type TrainingTask } from '../federated/training-task.js'
import { jobNoiseSeed } from '../job-noise.js'
import type { DatasetRef, DatasetSource } from './dataset-source.js'

export interface TrainingAsset extends DatasetRef {
  readonly assetId: bigint
  /** The CSV file in the package (default: its only .csv). */
  readonly file?: string
}

export interface TrainingRunDeps {
  /** This executor's secp256k1 secret key (the one registered on chain). */
  readonly secretKey: Uint8Array
  readonly grants: { has(assetId: string): boolean; dataKey(assetId: string): Uint8Array }
  readonly datasets: DatasetSource
  readonly server: PeerServer
  readonly log: (event: string, fields?: Record<string, unknown>) => void
  /** Test hook: secret randomness for masks (the OS CSPRNG otherwise). */
  readonly secrets?: LocalParticipant['secrets']
}

export interface TrainingOutcome {
  readonly result: TrainingResult
  readonly salt: string
  readonly commitment: string
  /** The canonical model bytes sealed to `readers`. */
  readonly envelope: Uint8Array
}

export async function runTrainingTask(
  task: TrainingTask,
  asset: TrainingAsset,
  readers: Uint8Array[],
  deps: TrainingRunDeps,
): Promise<TrainingOutcome> {
  const plan = planOf(task)
  if (!task.participants.some((p) => p.assetId === asset.assetId))
    throw new JobFault('ALGORITHM', `asset ${asset.assetId} is not an input of training job ${task.jobId}`)
  if (!deps.grants.has(asset.assetId.toString()))
    throw new JobFault('ALGORITHM', `no data-key grant for asset ${asset.assetId}`)
  const dataKey = deps.grants.dataKey(asset.assetId.toString())
  const noiseSeed = jobNoiseSeed(
    dataKey,
    task.chainId,
    task.jobId,
    Buffer.from(plan.taskHash).toString('hex'),
  )
  const result = await deps.datasets.withCsvFile(asset, dataKey, asset.file, async (path) => {
    const rows = await csvRows(path, task.features, task.label).catch((e: unknown) => {
      // a column the task names is missing: the job asked for what the schema lacks; a row that does not
      // parse: the owner's data
      if (e instanceof CsvError)
        throw new JobFault(
          e.message.startsWith('no column') ? 'ALGORITHM' : 'DATA',
          `asset ${asset.assetId}: ${e.message}`,
        )
      throw e
    })
    deps.log('training-start', {
      jobId: task.jobId.toString(),
      assetId: asset.assetId.toString(),
      rows: rows.rows.toString(),
    })
    return trainFederated(
      task,
      { secretKey: deps.secretKey, rows, noiseSeed, secrets: deps.secrets },
      deps.server,
      {
        log: deps.log,
      },
    )
  })
  const salt = randomBytes(32).toString('hex')
  deps.log('training-done', { jobId: task.jobId.toString(), digest: result.digest })
  return {
    result,
    salt,
    commitment: commitmentOf(result.digest, salt),
    envelope: sealFor(readers, modelBytes(plan.taskHash, plan.model, result.weights)),
  }
}
