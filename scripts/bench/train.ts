// `npm run bench:train`: federated DP logistic regression across 3 participant processes on 127.0.0.1,
// 3 × 100,000 rows × 20 features of synthetic data from a known logistic model (written to a temp dir,
// nothing downloaded), ε = 1 per asset by the RDP accountant (σ is the smallest on a 1/1000 grid that
// reaches it), secure aggregation every round. Prints rounds per minute, wall time, accuracy on 20,000
// held-out rows against non-private SGD on the pooled rows (and the true model), bytes exchanged per round
// per executor, and the load average (the machine is shared). Sizes: BENCH_ROWS, BENCH_FEATURES,
// BENCH_ROUNDS, BENCH_Q, BENCH_LR.
import { join } from 'node:path'
import { csvRows } from '../../client/executor/federated/local-rows.js'
import { freePort, noiseSeedOf, testKey } from '../../client/executor/federated/testdata/cluster.js'
import { spawnParticipant } from '../../client/executor/federated/testdata/spawn-participant.js'
import {
  groundTruth,
  syntheticExamples,
  writeSyntheticCsv,
} from '../../client/executor/federated/testdata/synthetic-csv.js'
import { DEFAULT_TIMEOUTS, taskToJson } from '../../client/executor/federated/training-task.js'
import { decodeVector, mul, parseFixed } from '../../client/executor/train/fixed-point.js'
import { accuracy, logisticRegression } from '../../client/executor/train/models.js'
import { loadAverage } from './load.js'
import { runTrainBench } from './train-run.js'
import { benchTrainingTask, featureNames } from './train-task.js'

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000)
const FEATURES = Number(process.env.BENCH_FEATURES ?? 20)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100)
const Q = process.env.BENCH_Q ?? '0.01'
const LR = process.env.BENCH_LR ?? '5'
const CLIP = '1'
const DELTA = '1e-6'
const TEST_ROWS = 20_000
const PARTICIPANTS = 3

/** Pooled non-private minibatch SGD (no clipping, no noise) over the same CSV files, streamed. */
async function pooledBaseline(paths: string[], epochs: number, batch: number, lr: bigint): Promise<bigint[]> {
  const model = logisticRegression(FEATURES)
  let w = new Array<bigint>(model.size).fill(0n)
  const sources = await Promise.all(paths.map((p) => csvRows(p, names, 'label')))
  for (let e = 0; e < epochs; e++) {
    const acc = new Array<bigint>(model.size).fill(0n)
    let inBatch = 0
    const step = () => {
      w = w.map((x, k) => x - mul(lr, acc[k]! / BigInt(inBatch)))
      acc.fill(0n)
      inBatch = 0
    }
    for (const s of sources)
      for await (const chunk of s.scan())
        for (let i = 0; i < chunk.length; i++) {
          const g = model.gradient(w, chunk.example(i))
          for (let k = 0; k < g.length; k++) acc[k]! += g[k]!
          if (++inBatch === batch) step()
        }
    if (inBatch > 0) step()
  }
  return w
}

const names = featureNames(FEATURES)

runTrainBench('datum-bench-train-', async (dir, children) => {
  console.log(`bench:train — ${PARTICIPANTS} × ${ROWS} rows × ${FEATURES} features, ${ROUNDS} rounds, q ${Q}`)
  console.log(`load average at start: ${loadAverage()}`)
  const truth = groundTruth(FEATURES)
  const g0 = performance.now()
  const paths = await Promise.all(
    Array.from({ length: PARTICIPANTS }, async (_, i) => {
      const path = join(dir, `asset-${i}.csv`)
      await writeSyntheticCsv(path, `bench-train-${i}`, truth, ROWS)
      return path
    }),
  )
  const test = syntheticExamples('bench-train-test', truth, TEST_ROWS)
  console.log(`data: ${((performance.now() - g0) / 1000).toFixed(1)} s to write the CSVs and the test rows`)

  const ports = await Promise.all(Array.from({ length: PARTICIPANTS }, () => freePort()))
  const { task, privacy } = benchTrainingTask({
    chainId: 'datum-bench',
    keyLabel: 'bench',
    features: FEATURES,
    rounds: ROUNDS,
    samplingRate: Q,
    learningRate: LR,
    clip: CLIP,
    delta: DELTA,
    ports,
    rows: ports.map(() => ROWS),
    timeouts: DEFAULT_TIMEOUTS,
  })
  console.log(privacy)
  const t0 = performance.now()
  for (let i = 0; i < PARTICIPANTS; i++)
    children.push(
      spawnParticipant(
        {
          task: taskToJson(task),
          secretKey: Buffer.from(testKey('bench', i + 1)).toString('hex'),
          csv: paths[i]!,
          noiseSeed: Buffer.from(noiseSeedOf('bench', i + 1)).toString('hex'),
          host: '127.0.0.1',
          port: ports[i]!,
        },
        dir,
        `participant-${i + 1}`,
      ),
    )
  const results = await Promise.all(children.map((c) => c.result(3_600_000)))
  const wallS = (performance.now() - t0) / 1000
  for (const r of results) if (r.event !== 'done') throw new Error(`participant failed: ${JSON.stringify(r)}`)
  if (new Set(results.map((r) => r.digest)).size !== 1) throw new Error('participants disagree on the model')
  const rounds = children.map((c) => c.lines.filter((l) => l.event === 'round'))
  const trainS = Math.max(...rounds.map((r) => r.reduce((s, l) => s + (l.roundMs as number), 0))) / 1000
  const localS = rounds[0]!.reduce((s, l) => s + (l.localMs as number), 0) / 1000
  const perRound = rounds.flat().map((l) => (l.bytesOut as number) + (l.bytesIn as number))
  const meanBytes = perRound.reduce((a, b) => a + b, 0) / perRound.length
  const cpuPerRound = results.map((r) => (r.cpuMs as number) / ROUNDS)

  const model = logisticRegression(FEATURES)
  const weights = decodeVector(Buffer.from(results[0]!.weights as string, 'hex'))
  const b0 = performance.now()
  const baseline = await pooledBaseline(paths, 1, 256, parseFixed('1'))
  const baselineS = (performance.now() - b0) / 1000
  const accPrivate = accuracy(model, weights, test)
  const accBaseline = accuracy(model, baseline, test)
  const accTruth = accuracy(model, truth, test)

  console.log(`model digest ${results[0]!.digest} (identical in all ${PARTICIPANTS} processes)`)
  console.log(
    `train.wall_s: ${wallS.toFixed(1)} (spawn → all done, incl. each process's validating read of its CSV)`,
  )
  console.log(
    `train.rounds_per_min: ${((ROUNDS / trainS) * 60).toFixed(1)} (${ROUNDS} rounds in ${trainS.toFixed(1)} s; local passes ${localS.toFixed(1)} s of it in participant 1)`,
  )
  console.log(`train.cpu_ms_per_round_per_participant: ${cpuPerRound.map((c) => c.toFixed(0)).join(' / ')}`)
  console.log(
    `train.bytes_per_round_per_executor: ${meanBytes.toFixed(0)} (sent + received request bodies, mean over rounds and participants)`,
  )
  console.log(
    `train.accuracy: private ${accPrivate.toFixed(4)}, pooled non-private ${accBaseline.toFixed(4)} (1 epoch SGD, batch 256, lr 1, ${baselineS.toFixed(1)} s), true model ${accTruth.toFixed(4)}; gap ${(accBaseline - accPrivate).toFixed(4)}`,
  )
  console.log(`load average at end: ${loadAverage()}`)
})
