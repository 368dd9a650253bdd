// A participant's whole federated training: for each round, its local update on its own rows, then a secure
// round with its peers (secure-round.ts), then the same gradient step every participant takes on the same
// unmasked sum: w ← w − η · Σ / (q · ΣNᵢ), the expected batch over the declared row counts (public; the
// realized count would leak). All arithmetic is fixed point, so every participant ends with the same weights
// bit for bit, and the same digest. A participant that drops out stays out of later rounds; training goes on
// while at least t remain. A task that asks for attribution ends with one more secure round, of the
// participants' noised contribution scores (attribution.ts): every participant unmasks the same score vector
// and converts it to the same ppm shares.
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { JobFault } from '../faults.js'
import { seededSource } from '../job-noise.js'
import { cryptoSource, type RandomSource } from '../random-source.js'
import { mul, roundDiv } from '../train/fixed-point.js'
import { initialParameters } from '../train/models.js'
import { attributionPpm, attributionScore } from './attribution.js'
import { TrainingError } from './errors.js'
import { Inbox } from './inbox.js'
import type { LocalRows } from './local-rows.js'
import { localUpdate } from './local-update.js'
import { modelDigest } from './model-digest.js'
import { PeerClient } from './peer-client.js'
import type { Phase } from './peer-message.js'
import type { PeerServer } from './peer-server.js'
import { secureRound } from './secure-round.js'
import { planOf, type TrainingPlan, type TrainingTask } from './training-task.js'

export interface LocalParticipant {
  /** The executor's secp256k1 secret key; its public key names this participant in the task. */
  readonly secretKey: Uint8Array
  readonly rows: LocalRows
  /** The asset's per-job noise seed (jobNoiseSeed of its data key): sampling and noise. */
  readonly noiseSeed: Uint8Array
  /** Secret randomness for masks and shares; the OS CSPRNG unless a test pins it. */
  readonly secrets?: RandomSource
}

export interface RoundStats {
  readonly round: number
  readonly survivors: readonly number[]
  readonly recovered: readonly number[]
  readonly sampled: number
  readonly localMs: number
  readonly roundMs: number
  readonly bytesOut: number
  readonly bytesIn: number
}

export interface Attribution {
  /** The unmasked noised scores, one per participant (raw, 2^−32 units; 0 for one not in the last sum). */
  readonly scores: bigint[]
  /** The shares in ppm (attributionPpm of the scores): what the executors attest. */
  readonly ppm: number[]
  readonly survivors: readonly number[]
  /** Rows this participant sampled for its score. */
  readonly sampled: number
}

export interface TrainingResult {
  readonly self: number
  readonly weights: bigint[]
  /** Hex sha256 of the canonical model encoding (model-digest.ts). */
  readonly digest: string
  readonly rounds: RoundStats[]
  /** Present when the task asks for attribution. */
  readonly attribution?: Attribution
}

export interface TrainingOptions {
  readonly signal?: AbortSignal
  readonly onPhase?: (round: number, phase: Phase, delivered: Promise<void>) => Promise<void> | void
  readonly log?: (event: string, fields?: Record<string, unknown>) => void
}

/** The public, job-wide start (the MLP's random initial weights): every participant draws the same. */
export const initialWeights = (plan: TrainingPlan): bigint[] =>
  initialParameters(
    plan.model,
    seededSource(sha256(new Uint8Array([...plan.taskHash, ...new TextEncoder().encode('|datum-init')]))),
  )

export async function trainFederated(
  task: TrainingTask,
  local: LocalParticipant,
  server: PeerServer,
  opts: TrainingOptions = {},
): Promise<TrainingResult> {
  const plan = planOf(task)
  const log = opts.log ?? (() => {})
  const pub = Buffer.from(secp256k1.getPublicKey(local.secretKey, true)).toString('hex')
  const index = task.participants.findIndex((p) => p.pubKey === pub)
  if (index < 0)
    throw new TrainingError('NOT_IN_TASK', `key ${pub} is not a participant of job ${task.jobId}`)
  const self = index + 1
  const declared = task.participants[index]!.rows
  if (local.rows.rows !== declared)
    throw new JobFault(
      'DATA',
      `asset ${task.participants[index]!.assetId} has ${local.rows.rows} rows, declared ${declared}`,
    )
  const { model, samplingRate: q, learningRate, timeouts } = plan
  const inbox = new Inbox({
    chainId: task.chainId,
    jobId: task.jobId,
    taskHash: plan.taskHash,
    self,
    pubKeys: task.participants.map((p) => p.pubKey),
    // the attribution round, after the last training round, carries one score per participant
    vectorLength: (round: number) => (round < task.hyper.rounds ? model.size : task.participants.length),
  })
  server.register(task.jobId, inbox)
  const client = new PeerClient(task.jobId)
  const peers = {
    chainId: task.chainId,
    jobId: task.jobId,
    taskHash: plan.taskHash,
    self,
    endpoints: task.participants.map((p) => p.endpoint),
    threshold: task.threshold,
    secretKey: local.secretKey,
    inbox,
    client,
    secrets: local.secrets ?? cryptoSource,
    signal: opts.signal,
    onPhase: opts.onPhase,
    log,
  }
  const batch = q.num * task.participants.reduce((s, p) => s + p.rows, 0n)
  const initial = initialWeights(plan)
  let weights = initial
  let active = task.participants.map((_, i) => i + 1)
  const rounds: RoundStats[] = []
  const jobKey = task.jobId.toString()
  let attribution: Attribution | undefined
  try {
    for (let round = 0; round < task.hyper.rounds; round++) {
      const t0 = Date.now()
      const out0 = client.bytesOut
      const in0 = server.bytesIn.get(jobKey) ?? 0
      const { update, sampled } = await localUpdate(
        {
          model,
          samplingRate: q,
          noiseMultiplier: plan.noiseMultiplier,
          clip: plan.clip,
          threshold: task.threshold,
        },
        local.rows,
        local.noiseSeed,
        weights,
        round,
      )
      const t1 = Date.now()
      const out = await secureRound(
        peers,
        { advertiseMs: round === 0 ? timeouts.startMs : timeouts.roundMs, phaseMs: timeouts.phaseMs },
        round,
        active,
        update,
      )
      weights = weights.map((w, k) => w - mul(learningRate, roundDiv(out.sum[k]! * q.den, batch)))
      active = out.survivors
      const stats: RoundStats = {
        round,
        survivors: out.survivors,
        recovered: out.recovered,
        sampled,
        localMs: t1 - t0,
        roundMs: Date.now() - t0,
        bytesOut: client.bytesOut - out0,
        bytesIn: (server.bytesIn.get(jobKey) ?? 0) - in0,
      }
      rounds.push(stats)
      log('round', { ...stats })
    }
    if (task.attribution) {
      const stream = task.hyper.rounds
      const { score, sampled } = await attributionScore(
        { model, samplingRate: q, noiseMultiplier: plan.noiseMultiplier, clip: plan.clip },
        local.rows,
        local.noiseSeed,
        initial,
        weights,
        stream,
      )
      const input = task.participants.map((_, i) => (i === index ? score : 0n))
      const out = await secureRound(
        peers,
        { advertiseMs: timeouts.roundMs, phaseMs: timeouts.phaseMs },
        stream,
        active,
        input,
      )
      attribution = { scores: out.sum, ppm: attributionPpm(out.sum), survivors: out.survivors, sampled }
      log('attribution', { scores: out.sum.map(String), ppm: attribution.ppm, survivors: out.survivors })
    }
    await client.drain()
  } finally {
    // late peers may still deliver this job's last messages; they are refused as UNKNOWN_JOB once it is gone
    setTimeout(() => server.unregister(task.jobId), timeouts.phaseMs).unref()
  }
  return {
    self,
    weights,
    digest: modelDigest(plan.taskHash, model, weights),
    rounds,
    ...(attribution ? { attribution } : {}),
  }
}
