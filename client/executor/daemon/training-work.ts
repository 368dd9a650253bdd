// The daemon's steps for a training job (`Job.training`), alongside job-work.ts's for built-in jobs:
//   - accept when this executor holds a live grant on at least one input (the chain checks region and grant,
//     attestation eligibility) and every input declares its rows;
//   - once an executor is assigned for every input (training-job.ts chooses them the same way everywhere),
//     the chosen participant of its asset runs the federated training (training-run.ts) over its registered
//     endpoint, and the result is journaled like any other: model digest, commitment, the model sealed to the
//     requester and viewers, this input's charged ε and the attribution: the measured shares when the job
//     asks for attribution (federated/attribution.ts), else none (the chain then splits equally);
//   - an assigned executor not chosen (a second one on an asset) has nothing to compute and is skipped.
import type { DataAsset } from '../../../proto/gen/datum/dataasset/v1/index.js'
import { JobFault } from '../faults.js'
import type { PeerServer } from '../federated/peer-server.js'
import type { ChainView, JobView } from './chain-view.js'
import type { DatasetSource } from './dataset-source.js'
import type { Grants } from './grants.js'
import { readerKeys } from './job-compute.js'
import type { JobRecord } from './job-journal.js'
import { chooseParticipants, declaredRows, trainingTaskOf } from './training-job.js'
import { runTrainingTask } from './training-run.js'

export interface TrainingDeps {
  self: string
  chainId: string
  chain: ChainView
  grants: Grants
  datasets: DatasetSource
  /** The peer server mounted on this executor's registered endpoint, and its secp256k1 secret key. */
  peers: { server: PeerServer; secretKey: Uint8Array }
  log: (event: string, fields?: Record<string, unknown>) => void
}

const byId = (assets: DataAsset[]) => new Map(assets.map((a) => [a.id, a]))

/** Why this daemon cannot take part in the training job at all (checked before accepting). */
export function trainingRefusal(v: JobView, grants: Grants): string | undefined {
  const inputs = v.job.training?.inputs ?? []
  if (inputs.length < 2) return 'federated training needs at least 2 input assets'
  if (v.job.outputKey.length !== 33) return 'job has no compressed secp256k1 output key'
  for (const a of v.assets) {
    if (v.pinnedVersions.get(a.id) !== a.version) return `asset ${a.id} moved past the pinned version`
    if (declaredRows(a) === undefined) return `asset ${a.id} declares no row count (metadata tag rows-<n>)`
  }
  if (!inputs.some((x) => grants.has(x.assetId))) return 'no data-key grant on any input asset'
  return undefined
}

/** The federated code names assets by bigint; the chain by 64-hex id. */
const hexId = (decimal: string) => BigInt(decimal).toString(16).padStart(64, '0')

export type TrainingStep =
  | { kind: 'wait'; why: string }
  | { kind: 'skip'; why: string }
  | { kind: 'done'; record: JobRecord }
  | { kind: 'fault'; assetId: string; fault: JobFault }

/** Runs this executor's participant of the job once every input has one; the journal record to commit. */
export async function trainingStep(v: JobView, d: TrainingDeps): Promise<TrainingStep> {
  const job = v.job
  const inputs = job.training?.inputs ?? []
  const assets = byId(v.assets)
  const assigned = v.attestation?.assigned ?? []
  const candidates = await d.chain.candidates(
    assigned,
    inputs.map((x) => x.assetId),
  )
  const choice = chooseParticipants(job, assets, candidates)
  if ('missing' in choice) return { kind: 'wait', why: `no participant yet for asset ${choice.missing}` }
  const mine = choice.chosen.findIndex((c) => c.address === d.self)
  if (mine < 0) return { kind: 'skip', why: 'assigned, but every input has another participant' }
  const task = trainingTaskOf(d.chainId, job, assets, choice.chosen)
  const input = inputs[mine]!
  const asset = assets.get(input.assetId)!
  const grants = {
    has: (id: string) => d.grants.has(hexId(id)),
    dataKey: (id: string) => d.grants.dataKey(hexId(id)),
  }
  d.log('training-participant', {
    jobId: job.id.toString(),
    assetId: input.assetId,
    participant: mine + 1,
    of: choice.chosen.length,
  })
  let out: Awaited<ReturnType<typeof runTrainingTask>>
  try {
    // a viewer nobody can encrypt to is the job's fault (ALGORITHM), as for any job
    const readers = await readerKeys(v, { accountKey: (a) => d.chain.accountKey(a) })
    out = await runTrainingTask(
      task,
      {
        assetId: task.participants[mine]!.assetId,
        contentHash: asset.contentHash,
        storageUri: asset.storage?.uri ?? '',
      },
      readers,
      { secretKey: d.peers.secretKey, server: d.peers.server, grants, datasets: d.datasets, log: d.log },
    )
  } catch (e) {
    // a fault of this participant's asset (DATA) or of the job's spec (ALGORITHM) is reported like any job's
    if (e instanceof JobFault) return { kind: 'fault', assetId: input.assetId, fault: e }
    throw e
  }
  const charge = job.trainingCharges.find((c) => c.assetId === input.assetId)
  return {
    kind: 'done',
    record: {
      jobId: job.id.toString(),
      phase: 'computed',
      resultDigest: out.result.digest,
      salt: out.salt,
      commitment: out.commitment,
      envelope: Buffer.from(out.envelope).toString('hex'),
      epsilonMicro: (charge?.epsilonMicro ?? job.epsilonMicro).toString(),
      // the measured shares when the job asked for attribution (every participant unmasked the same scores);
      // none otherwise: the chain refuses an attribution the job's ε does not cover, and splits equally
      attributionPpm: out.result.attribution?.ppm,
    },
  }
}
