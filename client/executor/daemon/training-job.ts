// A training job on chain (computeright `Job.training`) read as the federated `TrainingTask` every
// participant builds the same way, from chain state only:
//   - participants: one per input asset, in the job's input order; for each input, the first executor in the
//     attestation's `assigned` order (not already chosen) holding a live grant on that asset and whose
//     effective region (newest audit, else declared) the asset's residency allows. Greedy, so every
//     participant picks the same executor; an assigned executor left over takes no part.
//   - endpoints: an executor's registered `endpoint` (the one its result server listens on; the daemon serves
//     the federated peer route `/federated/v1/jobs/<job>/messages` there too), so discovery needs no new field.
//   - rows: the asset's declared row count, metadata tag `rows-<n>` (public: it sets the expected batch
//     q·ΣN; the participant checks its own package against it, a mismatch is a DATA fault).
//   - units as the chain defines them: `*_micro` = value × 10⁶, sampling rate in ppm, δ in nano. The chain
//     charges rounds × local_steps noised steps; the federated trainer adds noise once per round, so the
//     task runs rounds × local_steps secure-aggregation rounds (exactly the steps charged). δ is the
//     smallest input δ (each input's charge is at its own δ ≥ it). Threshold ⌊n/2⌋ + 1.
//   - attribution: the job's `attribution` flag; the chain charges its release as one more step.
import * as C from '../../../proto/gen/datum/computeright/v1/index.js'
import type { DataAsset } from '../../../proto/gen/datum/dataasset/v1/index.js'
import type { ModelFamily, TrainingParticipant, TrainingTask } from '../federated/training-task.js'

/** What the binding knows of one assigned executor. */
export interface Candidate {
  readonly address: string
  /** Registered secp256k1 key, compressed hex. */
  readonly pubKey: string
  /** Registered endpoint (base URL). */
  readonly endpoint: string
  /** Effective region: newest audit's, else declared. */
  readonly region: string
  /** Assets on which it holds a live grant. */
  readonly granted: ReadonlySet<string>
}

export class TrainingJobError extends Error {
  constructor(
    readonly code: 'NOT_TRAINING' | 'NO_ROWS' | 'BAD_SPEC' | 'NO_PARTICIPANT',
    message: string,
  ) {
    super(message)
    this.name = 'TrainingJobError'
  }
}

export const isTrainingJob = (job: C.Job): boolean => (job.training?.inputs?.length ?? 0) > 0

const FAMILIES = new Map<number, ModelFamily>([
  [C.ModelFamily.MODEL_FAMILY_LINEAR, 'linear'],
  [C.ModelFamily.MODEL_FAMILY_LOGISTIC, 'logistic'],
  [C.ModelFamily.MODEL_FAMILY_MLP, 'mlp'],
])

/** n / 10^digits as an exact decimal string (e.g. 50000 ppm → "0.05"). */
export function decimal(n: bigint, digits: number): string {
  const scale = 10n ** BigInt(digits)
  const frac = (n % scale).toString().padStart(digits, '0').replace(/0+$/, '')
  return frac ? `${n / scale}.${frac}` : `${n / scale}`
}

/** The asset's declared row count (metadata tag `rows-<n>`), or undefined. */
export function declaredRows(asset: DataAsset): bigint | undefined {
  for (const tag of asset.metadata?.tags ?? []) {
    const m = /^rows-([1-9][0-9]{0,17})$/.exec(tag)
    if (m) return BigInt(m[1]!)
  }
  return undefined
}

const regionAllowed = (asset: DataAsset, region: string): boolean =>
  (asset.residencyPolicy?.allowedRegions ?? []).includes(region)

/**
 * The executor chosen for each input (in input order), or the first input no assigned executor can take yet.
 * `assets` maps asset id → asset.
 */
export function chooseParticipants(
  job: C.Job,
  assets: ReadonlyMap<string, DataAsset>,
  assigned: readonly Candidate[],
): { chosen: Candidate[] } | { missing: string } {
  const chosen: Candidate[] = []
  const taken = new Set<string>()
  for (const input of job.training?.inputs ?? []) {
    const asset = assets.get(input.assetId)
    const c = asset
      ? assigned.find(
          (x) => !taken.has(x.address) && x.granted.has(input.assetId) && regionAllowed(asset, x.region),
        )
      : undefined
    if (!c) return { missing: input.assetId }
    taken.add(c.address)
    chosen.push(c)
  }
  return { chosen }
}

/** The task every participant builds from the job and the chosen executors. */
export function trainingTaskOf(
  chainId: string,
  job: C.Job,
  assets: ReadonlyMap<string, DataAsset>,
  chosen: readonly Candidate[],
): TrainingTask {
  const spec = job.training
  if (!spec || !isTrainingJob(job)) throw new TrainingJobError('NOT_TRAINING', `job ${job.id} trains nothing`)
  const family = FAMILIES.get(spec.family)
  const h = spec.hyperparams
  if (!family || !h)
    throw new TrainingJobError('BAD_SPEC', `job ${job.id}: no model family or hyperparameters`)
  if (chosen.length !== spec.inputs.length)
    throw new TrainingJobError(
      'NO_PARTICIPANT',
      `job ${job.id}: ${chosen.length} of ${spec.inputs.length} participants`,
    )
  const participants: TrainingParticipant[] = spec.inputs.map((input, i) => {
    const asset = assets.get(input.assetId)
    const rows = asset ? declaredRows(asset) : undefined
    if (rows === undefined)
      throw new TrainingJobError(
        'NO_ROWS',
        `asset ${input.assetId} declares no row count (metadata tag rows-<n>)`,
      )
    const c = chosen[i]!
    return {
      assetId: BigInt(`0x${input.assetId}`),
      executor: c.address,
      pubKey: c.pubKey,
      endpoint: c.endpoint.replace(/\/+$/, ''),
      rows,
    }
  })
  const deltaNano = spec.inputs.map((x) => BigInt(x.deltaNano.toString())).reduce((a, b) => (b < a ? b : a))
  const n = participants.length
  return {
    chainId,
    jobId: job.id,
    family,
    ...(family === 'mlp' ? { hidden: spec.hiddenWidth } : {}),
    features: [...spec.featureColumns],
    label: spec.labelColumn,
    hyper: {
      rounds: h.rounds * h.localSteps,
      samplingRate: decimal(BigInt(h.samplingRatePpm), 6),
      noiseMultiplier: decimal(BigInt(h.noiseMultiplierMicro.toString()), 6),
      clip: decimal(BigInt(h.clipNormMicro.toString()), 6),
      learningRate: decimal(BigInt(h.learningRateMicro.toString()), 6),
      delta: decimal(deltaNano, 9),
    },
    threshold: Math.floor(n / 2) + 1,
    participants,
    ...(spec.attribution ? { attribution: true } : {}),
  }
}
