// One participant of `npm run soak:train-1gb`, as its own process (the soak starts it with
// `--max-old-space-size=1024`): the daemon's training path exactly — `runTrainingTask` opens the encrypted
// package from its file:// storage uri with the granted data key (DatasetSource: cached copy, decrypt into a
// private temp dir, content-hash check), streams the CSV through `csvRows` and trains with the other
// participant over HTTP (secure aggregation). Emits JSON lines (listening, the trainer's events, done with
// digest, weights and the memory it used: peak RSS and peak V8 heap sampled every 100 ms, and the kernel's
// max RSS).
import { readFileSync } from 'node:fs'
import { getHeapStatistics } from 'node:v8'
import { DatasetSource } from '../../client/executor/daemon/dataset-source.js'
import { runTrainingTask } from '../../client/executor/daemon/training-run.js'
import { PeerServer } from '../../client/executor/federated/peer-server.js'
import { taskFromJson } from '../../client/executor/federated/training-task.js'
import { encodeVector } from '../../client/executor/train/fixed-point.js'

export interface SoakParticipantSpec {
  /** taskToJson of the task. */
  readonly task: string
  readonly assetId: string
  readonly contentHash: string
  readonly storageUri: string
  /** The data key the owner granted, hex. */
  readonly dataKey: string
  readonly secretKey: string
  readonly dataDir: string
  readonly port: number
  /** The buyer's output key (compressed hex): the model is sealed to it, as the daemon does. */
  readonly readerKey: string
}

const emit = (event: string, fields: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ event, ...fields })}\n`)

const MB = 1024 * 1024
let peakRss = 0
let peakHeap = 0
const sample = () => {
  const m = process.memoryUsage()
  peakRss = Math.max(peakRss, m.rss)
  peakHeap = Math.max(peakHeap, m.heapUsed)
}

async function main(): Promise<void> {
  const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as SoakParticipantSpec
  const sampler = setInterval(sample, 100)
  const task = taskFromJson(spec.task)
  const server = new PeerServer(emit)
  await server.listen('127.0.0.1', spec.port)
  emit('listening', { heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / MB) })
  const dataKey = Buffer.from(spec.dataKey, 'hex')
  try {
    const outcome = await runTrainingTask(
      task,
      { assetId: BigInt(spec.assetId), contentHash: spec.contentHash, storageUri: spec.storageUri },
      [Buffer.from(spec.readerKey, 'hex')],
      {
        secretKey: Buffer.from(spec.secretKey, 'hex'),
        grants: { has: (id) => id === spec.assetId, dataKey: () => dataKey },
        datasets: new DatasetSource(spec.dataDir),
        server,
        log: (event, fields) => {
          sample()
          emit(event, { ...fields, rssMb: Math.round(process.memoryUsage().rss / MB) })
        },
      },
    )
    sample()
    const cpu = process.cpuUsage()
    emit('done', {
      digest: outcome.result.digest,
      weights: Buffer.from(encodeVector(outcome.result.weights)).toString('hex'),
      peakRssMb: Math.round(peakRss / MB),
      peakHeapMb: Math.round(peakHeap / MB),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / MB),
      cpuS: Math.round((cpu.user + cpu.system) / 1e5) / 10,
    })
  } catch (e) {
    const err = e as Error & { code?: string; faultClass?: string }
    emit('error', {
      name: err.name,
      code: err.code ?? err.faultClass,
      message: err.message,
      peakRssMb: Math.round(peakRss / MB),
    })
    process.exitCode = 1
  } finally {
    clearInterval(sampler)
    await server.close()
  }
}

void main()
