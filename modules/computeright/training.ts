// Training jobs (issue 16): the stateless checks of a declared training spec, and the chain's ε charge per input
// from the declared hyperparameters (rdp-accountant.ts), refused above the declared ε, the right's ε per use or
// the asset's per-job cap. The charge, never an executor's number, is what settlement debits.
import {
  type ComputeRight,
  JobState,
  ModelFamily,
  type TrainingCharge,
  type TrainingSpec,
} from '../../proto/gen/datum/computeright/v1/index.js'
import { type DataAsset, Purpose } from '../../proto/gen/datum/dataasset/v1/index.js'
import type { Context } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import { ACCOUNTANT_TERMS, epsilonFromCurve, rdpCurve } from './rdp-accountant.js'

export const TRAINING_LIMITS = {
  rounds: 100_000,
  localSteps: 100,
  /** rounds × local_steps: the compositions charged. */
  steps: 100_000n,
  ppm: 1_000_000,
  /** σ ≥ 0.1: below it no useful ε exists and the accountant's terms grow without purpose. */
  noiseMultiplierMinMicro: 100_000n,
  noiseMultiplierMaxMicro: 1_000_000_000n,
  /** Clip norm and learning rate: positive, at most 10^6. */
  fixedMaxMicro: 1_000_000_000_000n,
  hiddenWidth: 1024,
  featureColumns: 256,
  columnChars: 64,
  deltaNanoMax: 999_999_999n,
}

/** Gas for one accountant evaluation (the RDP curve is computed once per job and shared by its inputs). */
export const ACCOUNTANT_GAS = 20 * ACCOUNTANT_TERMS

const MICRO = 1_000_000n
const COLUMN = /^[A-Za-z0-9_.-]+$/

function checkColumn(field: string, c: string): void {
  if (c.length < 1 || c.length > TRAINING_LIMITS.columnChars || !COLUMN.test(c))
    throw E.invalidField.wrap(`${field} ${JSON.stringify(c)} must be 1..64 characters [A-Za-z0-9_.-]`)
}

/** Stateless check of a training spec for a job on `inputs` rights (validateBasic). */
export function checkTrainingSpec(t: TrainingSpec, inputs: number): void {
  const L = TRAINING_LIMITS
  if (ModelFamily[t.family] === undefined || t.family === ModelFamily.MODEL_FAMILY_UNSPECIFIED)
    throw E.invalidField.wrap(`training.family ${t.family}`)
  const mlp = t.family === ModelFamily.MODEL_FAMILY_MLP
  if (mlp ? t.hiddenWidth < 1 || t.hiddenWidth > L.hiddenWidth : t.hiddenWidth !== 0)
    throw E.invalidField.wrap(`training.hidden_width ${t.hiddenWidth} (MLP: 1..${L.hiddenWidth}, else 0)`)
  if (t.featureColumns.length < 1 || t.featureColumns.length > L.featureColumns)
    throw E.invalidField.wrap(`training.feature_columns must hold 1..${L.featureColumns} names`)
  for (const c of t.featureColumns) checkColumn('training.feature_columns[]', c)
  checkColumn('training.label_column', t.labelColumn)
  if (new Set([...t.featureColumns, t.labelColumn]).size !== t.featureColumns.length + 1)
    throw E.invalidField.wrap('training columns must be distinct (the label is not a feature)')
  if (!/^[0-9a-f]{64}$/.test(t.schemaHash))
    throw E.invalidField.wrap('training.schema_hash must be 64 lower-case hex characters')
  const h = t.hyperparams
  if (!h) throw E.invalidField.wrap('training.hyperparams is required')
  if (h.rounds < 1 || h.rounds > L.rounds) throw E.invalidField.wrap(`training.rounds ${h.rounds}`)
  if (h.localSteps < 1 || h.localSteps > L.localSteps)
    throw E.invalidField.wrap(`training.local_steps ${h.localSteps}`)
  if (BigInt(h.rounds) * BigInt(h.localSteps) > L.steps)
    throw E.invalidField.wrap(`training rounds × local_steps above ${L.steps}`)
  if (h.samplingRatePpm < 1 || h.samplingRatePpm > L.ppm)
    throw E.invalidField.wrap(`training.sampling_rate_ppm ${h.samplingRatePpm}`)
  if (
    h.noiseMultiplierMicro < L.noiseMultiplierMinMicro ||
    h.noiseMultiplierMicro > L.noiseMultiplierMaxMicro
  )
    throw E.invalidField.wrap(`training.noise_multiplier_micro ${h.noiseMultiplierMicro}`)
  for (const [name, v] of [
    ['clip_norm_micro', h.clipNormMicro],
    ['learning_rate_micro', h.learningRateMicro],
  ] as const)
    if (v < 1n || v > L.fixedMaxMicro) throw E.invalidField.wrap(`training.${name} ${v}`)
  if (t.inputs.length !== inputs)
    throw E.invalidField.wrap(`training.inputs has ${t.inputs.length} entries for ${inputs} rights`)
  for (const i of t.inputs) {
    if (!/^[0-9a-f]{64}$/.test(i.assetId)) throw E.invalidField.wrap('training.inputs[].asset_id')
    if (i.epsilonMicro < 1n) throw E.invalidField.wrap('training.inputs[].epsilon_micro must be positive')
    if (i.deltaNano < 1n || i.deltaNano > L.deltaNanoMax)
      throw E.invalidField.wrap(`training.inputs[].delta_nano ${i.deltaNano}`)
  }
  if (new Set(t.inputs.map((i) => i.assetId)).size !== t.inputs.length)
    throw E.invalidField.wrap('training.inputs names an asset twice (one right per input asset)')
}

/**
 * The Gaussian releases the chain charges each input of a training job: rounds × local_steps noised steps, and
 * one more when the job asks for attribution (the executors' per-input contribution scores are one more
 * Poisson-subsampled Gaussian release on each input's rows, same q and σ, sensitivity the clipping bound).
 */
export function chargedSteps(t: TrainingSpec): bigint {
  const h = t.hyperparams!
  return BigInt(h.rounds) * BigInt(h.localSteps) + (t.attribution ? 1n : 0n)
}

/**
 * The chain's charge for each input (in right order), after the stateful checks: the purpose is TRAINING,
 * each right was sold for this model family, the right's asset is the declared input, the declared δ is within
 * the asset's, and the computed ε is within the declared ε (27), the right's ε per use and the asset's per-job
 * max (13). The right's ε per use is reserved in the asset's budget since its purchase, so a charge within it
 * is always within the remaining budget.
 */
export function chargeTraining(
  ctx: Context,
  t: TrainingSpec,
  purpose: number,
  rights: readonly ComputeRight[],
  assetOf: (r: ComputeRight) => DataAsset,
): TrainingCharge[] {
  if (purpose !== Purpose.PURPOSE_TRAINING)
    throw E.trainingNotAllowed.wrap(`a training job must declare purpose TRAINING, not ${Purpose[purpose]}`)
  for (const [i, r] of rights.entries()) {
    if (!r.trainFamilies.includes(t.family))
      throw E.trainingNotAllowed.wrap(
        `right ${r.id} does not allow TRAIN_${ModelFamily[t.family]?.slice(13)}`,
      )
    if (t.inputs[i]!.assetId !== r.assetId)
      throw E.invalidField.wrap(
        `training.inputs[${i}] names ${t.inputs[i]!.assetId}, right ${r.id} is on ${r.assetId}`,
      )
  }
  const h = t.hyperparams!
  ctx.gasMeter.consume(ACCOUNTANT_GAS, 'training ε accountant')
  const curve = rdpCurve(
    chargedSteps(t),
    { num: BigInt(h.samplingRatePpm), den: MICRO },
    { num: h.noiseMultiplierMicro, den: MICRO },
  )
  return rights.map((r, i) => {
    const input = t.inputs[i]!
    const asset = assetOf(r)
    const assetDelta = asset.privacyPolicy?.deltaNano ?? 0n
    if (input.deltaNano > assetDelta)
      throw E.epsilonTooHigh.wrap(`δ ${input.deltaNano} nano > asset ${asset.id} δ ${assetDelta} nano`)
    const { microEpsilon, order } = epsilonFromCurve(curve, { num: input.deltaNano, den: 1_000_000_000n })
    if (microEpsilon > input.epsilonMicro)
      throw E.trainingEpsilonAboveDeclared.wrap(
        `asset ${r.assetId}: the hyperparameters cost ${microEpsilon} micro-ε > declared ${input.epsilonMicro}`,
      )
    if (microEpsilon > r.epsilonPerUseMicro)
      throw E.epsilonTooHigh.wrap(
        `training costs ${microEpsilon} > ${r.epsilonPerUseMicro} per use of right ${r.id}`,
      )
    const max = asset.privacyPolicy?.epsilonPerJobMaxMicro ?? 0n
    if (max > 0n && microEpsilon > max)
      throw E.epsilonTooHigh.wrap(`training costs ${microEpsilon} > asset ${asset.id} per-job max ${max}`)
    return {
      assetId: r.assetId,
      rightId: r.id,
      epsilonMicro: microEpsilon,
      deltaNano: input.deltaNano,
      rdpOrder: order,
      weightPpm: 0,
    }
  })
}

/** ε a job's use of right `rightId` spends: a training job's charge for that input, else the job's ε. */
export function epsilonOfUse(
  job: { epsilonMicro: bigint; trainingCharges: readonly TrainingCharge[] },
  rightId: bigint,
): bigint {
  return job.trainingCharges.find((c) => c.rightId === rightId)?.epsilonMicro ?? job.epsilonMicro
}

const PPM = 1_000_000

/**
 * Each input's share of a finalized training job's model, in ppm summing to 10^6: the executors' attested
 * attribution when given (validated: one entry per input, summing to 10^6), else an equal split — ⌊10^6 / n⌋
 * each, the remainder one ppm apiece to the first inputs.
 */
export function trainingShares(inputs: number, attribution: readonly number[] | undefined): number[] {
  if (attribution && attribution.length > 0) {
    if (attribution.length !== inputs)
      throw E.invalidAttribution.wrap(`${attribution.length} attribution entries for ${inputs} inputs`)
    let sum = 0
    for (const a of attribution) {
      if (!Number.isInteger(a) || a < 0 || a > PPM) throw E.invalidAttribution.wrap(`entry ${a}`)
      sum += a
    }
    if (sum !== PPM) throw E.invalidAttribution.wrap(`attribution sums to ${sum}, not ${PPM}`)
    return [...attribution]
  }
  const each = Math.floor(PPM / inputs)
  const extra = PPM - each * inputs
  return Array.from({ length: inputs }, (_, i) => each + (i < extra ? 1 : 0))
}

/**
 * What must hold of a stored job's training records: a training job has one charge per right, in right order;
 * a job that trains nothing has none; a FINALIZED training job's shares sum to 10^6 (else none is set yet).
 * Genesis validation and the `training-charges` invariant use it. Returns the problem, or undefined.
 */
export function trainingRecordProblem(job: {
  id: bigint
  rightIds: readonly bigint[]
  training?: TrainingSpec
  trainingCharges: readonly TrainingCharge[]
  state: number
}): string | undefined {
  if (!job.training)
    return job.trainingCharges.length === 0 ? undefined : `job ${job.id} trains nothing but has charges`
  if (
    job.trainingCharges.length !== job.rightIds.length ||
    job.trainingCharges.some((c, i) => c.rightId !== job.rightIds[i])
  )
    return `job ${job.id}: training charges do not follow its rights`
  const shares = job.trainingCharges.reduce((s, c) => s + c.weightPpm, 0)
  if (job.state === JobState.JOB_STATE_FINALIZED ? shares !== PPM : shares !== 0)
    return `job ${job.id}: training shares sum to ${shares}`
  return undefined
}
