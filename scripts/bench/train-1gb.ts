// `npm run soak:train-1gb` (issue 16: "datasets larger than memory stream; a 1 GB CSV trains on an executor
// with 1 GB of heap"). Writes a synthetic CSV of ~1 GiB (TRAIN_SOAK_BYTES) from the known logistic model
// `groundTruth(20)` to a temp dir, 2,000 rows at a time (nothing big in memory), packages it as an owner's publish does
// (manifest, AES-256-GCM package in a file:// storage dir) and a second, small asset (20,000 rows) for the
// other participant, then runs a federated DP training job of TRAIN_SOAK_ROUNDS rounds (default 5) over both
// with two participant processes, each started with `--max-old-space-size=1024` and running the daemon's
// training path (`train-1gb-participant.ts` → `runTrainingTask`: decrypt into a private temp dir, stream the
// CSV with `csvRows`, secure aggregation over HTTP). Prints rows, rounds, wall time, the big participant's
// peak RSS and heap, and accuracy on 20,000 held-out rows against the ground-truth model, with the load
// average. The temp dir (CSV, packages, decrypted copies) is deleted at the end, also on failure.
import { once } from 'node:events'
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { encryptPackage, newKey } from '../../client/cli/publish/encrypt.js'
import { buildManifest } from '../../client/cli/publish/manifest.js'
import { storeInDirectory } from '../../client/cli/publish/storage.js'
import { freePort, testKey } from '../../client/executor/federated/testdata/cluster.js'
import { spawnSpecProcess } from '../../client/executor/federated/testdata/spawn-participant.js'
import {
  groundTruth,
  header,
  syntheticExamples,
  writeSyntheticCsv,
} from '../../client/executor/federated/testdata/synthetic-csv.js'
import { taskToJson } from '../../client/executor/federated/training-task.js'
import { decodeVector, ONE } from '../../client/executor/train/fixed-point.js'
import { accuracy, logisticRegression } from '../../client/executor/train/models.js'
import { seededRandom } from '../../node/testing/seeded-random.js'
import { loadAverage } from './load.js'
import type { SoakParticipantSpec } from './train-1gb-participant.js'
import { runTrainBench } from './train-run.js'
import { benchTrainingTask } from './train-task.js'

const BYTES = Number(process.env.TRAIN_SOAK_BYTES ?? 2 ** 30)
const ROUNDS = Number(process.env.TRAIN_SOAK_ROUNDS ?? 5)
const HEAP_MB = Number(process.env.TRAIN_SOAK_HEAP_MB ?? 1024)
const FEATURES = 20
const SMALL_ROWS = 20_000
const TEST_ROWS = 20_000
const Q = '0.001'
const LR = '5'
const DELTA = '1e-6'
/** Generous peer timeouts: the small participant waits while the big one makes its validating read. */
const TIMEOUTS = { startMs: 3_600_000, roundMs: 3_600_000, phaseMs: 600_000 }
const MB = 1024 * 1024
const HERE = fileURLToPath(new URL('.', import.meta.url))

const secs = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1)

const cell = (k: number): string => {
  const a = Math.abs(k)
  return `${k < 0 ? '-' : ''}${Math.floor(a / 10_000)}.${String(a % 10_000).padStart(4, '0')}`
}

/**
 * Rows from the ground-truth model written until the file holds at least `bytes`; returns the row count.
 * The same distribution as synthetic-csv.ts (features uniform on the 4-decimal grid of [−1, 1], label
 * Bernoulli(σ(w*·x + b*))), but drawn with a fast generator and the sigmoid in doubles: the keyed,
 * fixed-point generator writes about 1 MB/s on this shared machine, too slow for a gigabyte.
 */
async function writeCsvOfSize(path: string, seed: number, truth: readonly bigint[], bytes: number) {
  const d = truth.length - 1
  const w = truth.map((v) => Number(v) / Number(ONE))
  const rand = seededRandom(seed)
  const out = createWriteStream(path, { highWaterMark: 1 << 20 })
  let written = 0
  let rows = 0
  const put = async (s: string) => {
    written += Buffer.byteLength(s)
    if (!out.write(s)) await once(out, 'drain')
  }
  await put(`${header(d)}\n`)
  while (written < bytes) {
    let batch = ''
    for (let r = 0; r < 2000; r++) {
      let z = w[d]!
      let line = ''
      for (let i = 0; i < d; i++) {
        const k = Math.floor(rand() * 20_001) - 10_000
        z += w[i]! * (k / 10_000)
        line += `${cell(k)},`
      }
      batch += `${line}${rand() < 1 / (1 + Math.exp(-z)) ? 1 : 0}\n`
    }
    rows += 2000
    await put(batch)
  }
  out.end()
  await once(out, 'finish')
  return rows
}

/** The owner's publish: manifest, encrypted package in a storage dir, the plaintext source deleted. */
async function publish(csv: string, storage: string) {
  const built = await buildManifest(csv)
  const key = newKey()
  const tmp = `${csv}.enc.tmp`
  await encryptPackage(built, key, tmp)
  const uri = await storeInDirectory(tmp, storage, built.contentHash)
  rmSync(csv)
  return { contentHash: built.contentHash, uri, key: key.toString('hex') }
}

function spawnSoakParticipant(spec: SoakParticipantSpec, dir: string, name: string) {
  return spawnSpecProcess(spec, dir, name, {
    entry: join(HERE, 'train-1gb-participant.ts'),
    nodeArgs: [`--max-old-space-size=${HEAP_MB}`],
    onLine: (l) => {
      if (l.event === 'training-start' || l.event === 'round')
        console.log(`  ${name} ${l.event} ${JSON.stringify(l)} (load ${loadAverage()})`)
    },
  })
}

runTrainBench('datum-soak-train-', async (dir, children) => {
  console.log(
    `soak:train-1gb — ${BYTES} bytes of CSV × ${FEATURES} features, ${ROUNDS} rounds, q ${Q}, participant heap ${HEAP_MB} MB`,
  )
  console.log(`machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, node ${process.version}`)
  console.log(`load average at start: ${loadAverage()}`)
  const truth = groundTruth(FEATURES)
  const storage = join(dir, 'storage')
  mkdirSync(storage)
  const g0 = performance.now()
  const bigCsv = join(dir, 'big.csv')
  const bigRows = await writeCsvOfSize(bigCsv, 20261205, truth, BYTES)
  const bigBytes = statSync(bigCsv).size
  console.log(`data: ${bigRows} rows, ${bigBytes} bytes written in ${secs(g0)} s (load ${loadAverage()})`)
  const smallCsv = join(dir, 'small.csv')
  const smallRows = await writeSyntheticCsv(smallCsv, 'soak-train-small', truth, SMALL_ROWS)
  const p0 = performance.now()
  const big = await publish(bigCsv, storage)
  const small = await publish(smallCsv, storage)
  console.log(
    `publish: both packages encrypted in ${secs(p0)} s; plaintext CSVs deleted (load ${loadAverage()})`,
  )

  const ports = [await freePort(), await freePort()]
  const { task, privacy } = benchTrainingTask({
    chainId: 'datum-soak',
    keyLabel: 'soak',
    features: FEATURES,
    rounds: ROUNDS,
    samplingRate: Q,
    learningRate: LR,
    clip: '1',
    delta: DELTA,
    ports,
    rows: [bigRows, smallRows],
    timeouts: TIMEOUTS,
  })
  console.log(privacy)
  const buyerKey = Buffer.from(secp256k1.getPublicKey(testKey('soak-buyer', 1), true)).toString('hex')
  const t0 = performance.now()
  for (const [i, pkg] of [big, small].entries()) {
    const dataDir = join(dir, `executor-${i + 1}`)
    mkdirSync(dataDir)
    children.push(
      spawnSoakParticipant(
        {
          task: taskToJson(task),
          assetId: `${i + 1}`,
          contentHash: pkg.contentHash,
          storageUri: pkg.uri,
          dataKey: pkg.key,
          secretKey: Buffer.from(testKey('soak', i + 1)).toString('hex'),
          dataDir,
          port: ports[i]!,
          readerKey: buyerKey,
        },
        dir,
        `participant-${i + 1}`,
      ),
    )
  }
  const results = await Promise.all(children.map((c) => c.result(24 * 3_600_000)))
  const wallS = secs(t0)
  for (const r of results) if (r.event !== 'done') throw new Error(`participant failed: ${JSON.stringify(r)}`)
  if (results[0]!.digest !== results[1]!.digest) throw new Error('participants disagree on the model')
  const roundLines = children[0]!.lines.filter((l) => l.event === 'round')
  const model = logisticRegression(FEATURES)
  const weights = decodeVector(Buffer.from(results[0]!.weights as string, 'hex'))
  const test = syntheticExamples('soak-train-test', truth, TEST_ROWS)
  const r = results[0]!
  console.log(`model digest ${r.digest} (identical in both processes)`)
  console.log(
    `soak.rows: ${bigRows} (${(bigBytes / MB).toFixed(0)} MiB CSV, package ${(statSync(new URL(big.uri)).size / MB).toFixed(0)} MiB) + ${smallRows} in the small asset`,
  )
  console.log(
    `soak.rounds: ${roundLines.length} (${roundLines.map((l) => `${l.sampled} sampled, local ${((l.localMs as number) / 1000).toFixed(1)} s`).join('; ')})`,
  )
  console.log(
    `soak.wall_s: ${wallS} (spawn → both done: decrypt, validating read, ${ROUNDS} streamed passes, secure rounds); CPU ${r.cpuS} s in participant 1`,
  )
  console.log(
    `soak.memory (participant 1, heap limit ${r.heapLimitMb} MB): peak RSS ${r.peakRssMb} MB (kernel max RSS ${r.maxRssMb} MB), peak heap used ${r.peakHeapMb} MB`,
  )
  console.log(
    `soak.accuracy: trained ${accuracy(model, weights, test).toFixed(4)} vs ground-truth model ${accuracy(model, truth, test).toFixed(4)} on ${TEST_ROWS} held-out rows`,
  )
  console.log(`load average at end: ${loadAverage()}`)
})
