// DP-FedAvg across data owners (McMahan et al., "Learning Differentially Private Recurrent Language Models",
// ICLR 2018, in its one-local-step form, i.e. distributed DP-SGD): every round, each owner
//   1. Poisson-samples its rows with rate q (a keyed draw per row),
//   2. sums the per-example gradients of the current model, each clipped to L2 norm ≤ C (models.ts),
//   3. adds its share of the noise: a discrete Gaussian of variance (σC)²/t on the 2^−32 grid, where t is the
//      secure-aggregation threshold — so any ≥ t owners whose inputs reach the sum carry total variance ≥ (σC)²,
//   4. masks the noisy sum (secure-aggregation.ts).
// The coordinator unmasks only the total, divides by the expected batch q·Σ Nᵢ (public: the owners' declared
// row counts; the actual count would leak) and takes a gradient step. Each owner's rows are then protected by
// the subsampled Gaussian mechanism with (q, σ, rounds), whose ε the accountant computes (accountant.ts).
//
// Randomness: an owner's sampling and noise come from its per-job keyed stream (job-noise.ts), split per
// round, so the executors an owner granted reproduce its contribution bit for bit; the masks' secrets come
// from a separate source (the OS CSPRNG in production) since nobody may reproduce those.
import { sha256 } from '@noble/hashes/sha2.js'
import { bernoulli } from '../discrete-laplace.js'
import { seededSource } from '../job-noise.js'
import type { RandomSource } from '../random-source.js'
import type { Rational } from './accountant.js'
import { discreteGaussian } from './discrete-gaussian.js'
import { mul, roundDiv } from './fixed-point.js'
import { clip, type Example, type Model } from './models.js'
import { type Dropouts, secureSumInMemory } from './secure-aggregation.js'

/** A data set read in chunks, any number of times (an in-memory array or a streamed CSV file). */
export interface ExampleSource {
  /** Declared row count (public; sets the expected batch). */
  readonly rows: bigint
  scan(): AsyncIterable<readonly Example[]>
}

export const memorySource = (examples: readonly Example[], chunk = 1024): ExampleSource => ({
  rows: BigInt(examples.length),
  async *scan() {
    for (let i = 0; i < examples.length; i += chunk) yield examples.slice(i, i + chunk)
  },
})

export interface FedAvgOwner {
  readonly data: ExampleSource
  /** The owner's per-job noise seed (jobNoiseSeed of its data key), ≥ 32 bytes. */
  readonly noiseSeed: Uint8Array
  /** Secret randomness for the secure-aggregation keys and shares. */
  readonly secrets: RandomSource
}

export interface FedAvgConfig {
  readonly model: Model
  readonly rounds: number
  readonly samplingRate: Rational
  readonly noiseMultiplier: Rational
  /** Per-example L2 clipping bound on the 2^−32 grid. */
  readonly clip: bigint
  readonly learningRate: bigint
  /** Secure-aggregation threshold t, in (n/2, n]. */
  readonly threshold: number
  /** Binds masks to the job (e.g. H(chain-id ‖ job id)); the round number is appended. */
  readonly context: Uint8Array
}

export class FedAvgError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FedAvgError'
  }
}

/** The keyed stream of one owner for one round. */
export function roundSource(noiseSeed: Uint8Array, round: number): RandomSource {
  const tag = new TextEncoder().encode(`|datum-dpfedavg-round|${round}`)
  return seededSource(sha256(new Uint8Array([...noiseSeed, ...tag])))
}

/** One owner's noisy clipped gradient sum for a round (steps 1–3). */
export async function ownerContribution(
  config: FedAvgConfig,
  owner: FedAvgOwner,
  weights: readonly bigint[],
  round: number,
): Promise<bigint[]> {
  const { model, samplingRate: q, noiseMultiplier: sigma } = config
  const rng = roundSource(owner.noiseSeed, round)
  const sum = new Array<bigint>(model.size).fill(0n)
  for await (const chunk of owner.data.scan())
    for (const ex of chunk) {
      if (!bernoulli(rng, q.num, q.den)) continue
      const g = clip(model.gradient(weights, ex), config.clip)
      for (let k = 0; k < sum.length; k++) sum[k]! += g[k]!
    }
  // variance (σ·C)²/t in grid steps², as a rational
  const varNum = sigma.num * sigma.num * config.clip * config.clip
  const varDen = sigma.den * sigma.den * BigInt(config.threshold)
  for (let k = 0; k < sum.length; k++) sum[k]! += discreteGaussian(rng, varNum, varDen)
  return sum
}

export interface RoundLog {
  readonly round: number
  readonly survivors: readonly number[]
}

/** Runs every round over in-memory owners; `dropouts(round)` may simulate owners failing mid-round. */
export async function trainDpFedAvg(
  config: FedAvgConfig,
  owners: readonly FedAvgOwner[],
  initial: readonly bigint[],
  dropouts: (round: number) => Dropouts = () => ({}),
): Promise<{ weights: bigint[]; log: RoundLog[] }> {
  const { model, samplingRate: q } = config
  if (initial.length !== model.size) throw new FedAvgError(`initial weights of length ${initial.length}`)
  if (q.num <= 0n || q.num > q.den) throw new FedAvgError('sampling rate must lie in (0, 1]')
  if (config.noiseMultiplier.num <= 0n || config.noiseMultiplier.den <= 0n)
    throw new FedAvgError('noise multiplier must be positive')
  const totalRows = owners.reduce((s, o) => s + o.data.rows, 0n)
  // expected batch q·N as the rational q.num·N / q.den
  const batchNum = q.num * totalRows
  if (batchNum === 0n) throw new FedAvgError('no rows')
  let weights = [...initial]
  const log: RoundLog[] = []
  for (let round = 0; round < config.rounds; round++) {
    const contributions = await Promise.all(owners.map((o) => ownerContribution(config, o, weights, round)))
    const context = new Uint8Array([...config.context, ...new TextEncoder().encode(`|round|${round}`)])
    const { sum, survivors } = secureSumInMemory(
      { participants: owners.length, threshold: config.threshold, length: model.size, context },
      contributions,
      owners.map((o) => o.secrets),
      dropouts(round),
    )
    weights = weights.map((w, k) => w - mul(config.learningRate, roundDiv(sum[k]! * q.den, batchNum)))
    log.push({ round, survivors })
  }
  return { weights, log }
}
