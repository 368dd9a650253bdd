// A participant's whole federated training: for each round, its local update on its own rows, then a secure
// round with its peers (secure-round.ts), then the same gradient step every participant takes on the same
// unmasked sum: w ← w − η · Σ / (q · ΣNᵢ), the expected batch over the declared row counts (public; the
// realized count would leak). All arithmetic is fixed point, so every participant ends with the same weights
// bit for bit, and the same digest. A participant that drops out stays out of later rounds; training goes on
// while at least t remain.
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { JobFault } from '../faults.js'
import { seededSource } from '../job-noise.js'
import { cryptoSource, type RandomSource } from '../random-source.js'
import { mul, roundDiv } from '../train/fixed-point.js'
import { initialParameters } from '../train/models.js'
import { TrainingError } from './errors.js'
import { Inbox } from './inbox.js'
import type { LocalRows } from './local-rows.js'
import { localUpdate } from './local-update.js'
import { modelDigest } from './model-digest.js'
import { PeerClient } from './peer-client.js'
import type { Phase } from './peer-message.js'
import type { PeerServer } from './peer-server.js'
import { secureRound } from './secure-round.js'
import { planOf, type TrainingTask } from './training-task.js'

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

export interface TrainingResult {
  readonly self: number
  readonly weights: bigint[]
  /** Hex sha256 of the canonical model encoding (model-digest.ts). */
  readonly digest: string
  readonly rounds: RoundStats[]
}

export interface TrainingOptions {
  readonly signal?: AbortSignal
  readonly onPhase?: (round: number, phase: Phase, delivered: Promise<void>) => Promise<void> | void
  readonly log?: (event: string, fields?: Record<string, unknown>) => void
}

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
    vectorLength: model.size,
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
  // public, job-wide start (the MLP's random initial weights): every participant draws the same
  let weights = initialParameters(
    model,
    seededSource(sha256(new Uint8Array([...plan.taskHash, ...new TextEncoder().encode('|datum-init')]))),
  )
  let active = task.participants.map((_, i) => i + 1)
  const rounds: RoundStats[] = []
  const jobKey = task.jobId.toString()
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
    await client.drain()
  } finally {
    // late peers may still deliver this job's last messages; they are refused as UNKNOWN_JOB once it is gone
    setTimeout(() => server.unregister(task.jobId), timeouts.phaseMs).unref()
  }
  return { self, weights, digest: modelDigest(plan.taskHash, model, weights), rounds }
}
