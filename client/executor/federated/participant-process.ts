// One participant as its own process: `tsx participant-process.ts <spec.json>`. The spec names the task (JSON
// form), the executor's secret key, its CSV file, its per-job noise seed and where to listen. Progress is
// one JSON line per event on stdout: listening, phase (after each of its sends), paused, round, message-refused,
// done (digest, weights and, if the task asks, the attribution), error. Multi-process tests and `npm run bench:train` run participants this way.
// `pauseAfter` stops the participant once one of its sends is delivered (`paused`) and waits to be killed
// (a dropout, for tests).
import { readFileSync } from 'node:fs'
import { encodeVector } from '../train/fixed-point.js'
import { trainFederated } from './federated-trainer.js'
import { csvRows } from './local-rows.js'
import type { Phase } from './peer-message.js'
import { PeerServer } from './peer-server.js'
import { taskFromJson } from './training-task.js'

export interface ParticipantSpec {
  /** taskToJson of the TrainingTask. */
  readonly task: string
  readonly secretKey: string
  readonly csv: string
  readonly noiseSeed: string
  readonly host: string
  readonly port: number
  readonly pauseAfter?: { readonly round: number; readonly phase: Phase }
}

const emit = (event: string, fields: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ event, ...fields })}\n`)

async function main(): Promise<void> {
  const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ParticipantSpec
  const task = taskFromJson(spec.task)
  const server = new PeerServer(emit)
  const port = await server.listen(spec.host, spec.port)
  emit('listening', { port })
  try {
    const rows = await csvRows(spec.csv, task.features, task.label)
    const result = await trainFederated(
      task,
      { secretKey: Buffer.from(spec.secretKey, 'hex'), rows, noiseSeed: Buffer.from(spec.noiseSeed, 'hex') },
      server,
      {
        log: emit,
        onPhase: async (round, phase, delivered) => {
          emit('phase', { round, phase })
          if (spec.pauseAfter?.round === round && spec.pauseAfter.phase === phase) {
            await delivered
            emit('paused', { round, phase })
            await new Promise<never>(() => {})
          }
        },
      },
    )
    emit('done', {
      self: result.self,
      digest: result.digest,
      weights: Buffer.from(encodeVector(result.weights)).toString('hex'),
      ...(result.attribution
        ? {
            attributionPpm: result.attribution.ppm,
            attributionScores: result.attribution.scores.map(String),
          }
        : {}),
      cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    })
  } catch (e) {
    const err = e as Error & { code?: string; faultClass?: string }
    emit('error', { name: err.name, code: err.code ?? err.faultClass, message: err.message })
    process.exitCode = 1
  } finally {
    await server.close()
  }
}

void main()
