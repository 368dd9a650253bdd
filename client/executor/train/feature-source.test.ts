// Feature code in the training path: a hand-assembled WebAssembly module (x ↦ x/2 per column, bounds ±1)
// maps streamed CSV rows; DP-FedAvg over it gives bit-identical weights to training on the halved rows held
// in memory (halved by the grid rule, ties toward +∞, which is what the exact f64 half rounds to), and a
// module that returns out-of-bounds features stops the job with JobFault('ALGORITHM').
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { JobFault } from '../faults.js'
import { seededSource } from '../job-noise.js'
import { loadFeatureModule } from '../wasm/sandbox.js'
import { F64_LOAD, F64_STORE, f64, featureModule, i32 } from '../wasm/testdata/wasm-builder.js'
import { rational } from './accountant.js'
import { type FedAvgConfig, memorySource, trainDpFedAvg } from './dp-fedavg.js'
import { mappedCsvSource } from './feature-source.js'
import { fromNumber, ONE, roundShift } from './fixed-point.js'
import { logisticRegression } from './models.js'
import { examplesToCsv, logisticExamples } from './synthetic.js'

const dir = mkdtempSync(join(tmpdir(), 'datum-feature-source-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const bytes = (b: number) => new Uint8Array(32).fill(b)

/** out[k] = in[k] · factor for k = 0, 1; returns 2. */
const scaler = (factor: number) =>
  featureModule(
    [0, 1]
      .flatMap((k) => [...i32(32768 + 8 * k), ...i32(8 * k), ...F64_LOAD, ...f64(factor), 0xa2, ...F64_STORE])
      .concat(i32(2)),
  )
const loadScaler = (factor: number) => {
  const wasm = scaler(factor)
  return loadFeatureModule(wasm, createHash('sha256').update(wasm).digest('hex'), {
    bounds: [
      [-1, 1],
      [-1, 1],
    ],
  })
}

describe('training on features from a sandboxed module', () => {
  const truth = [fromNumber(2), fromNumber(-2), fromNumber(0.5)]
  const raw = [1, 2].map((i) => logisticExamples(seededSource(bytes(i)), truth, 300))
  const paths = raw.map((rows, i) => {
    const p = join(dir, `owner${i}.csv`)
    writeFileSync(p, examplesToCsv(rows))
    return p
  })
  const config: FedAvgConfig = {
    model: logisticRegression(2),
    rounds: 3,
    samplingRate: rational('0.1'),
    noiseMultiplier: rational('1.5'),
    clip: ONE,
    learningRate: ONE,
    threshold: 2,
    context: new TextEncoder().encode('feature-job'),
  }
  const owner = (data: ReturnType<typeof memorySource>, i: number) => ({
    data,
    noiseSeed: bytes(50 + i),
    secrets: seededSource(bytes(60 + i)),
  })

  it('streams CSV through the module into DP-FedAvg, equal to the mapped rows in memory', async () => {
    const mapper = loadScaler(0.5)
    const viaWasm = paths.map((p, i) => owner(mappedCsvSource(p, 300n, ['f0', 'f1'], 'label', mapper, 50), i))
    const halved = raw.map((rows, i) =>
      owner(memorySource(rows.map((e) => ({ x: e.x.map((v) => roundShift(v, 1)), y: e.y }))), i),
    )
    const a = await trainDpFedAvg(config, viaWasm, [0n, 0n, 0n])
    const b = await trainDpFedAvg(config, halved, [0n, 0n, 0n])
    expect(a.weights).toEqual(b.weights)
  })

  it('a module whose features leave their bounds stops the job as an ALGORITHM fault', async () => {
    const mapper = loadScaler(3) // inputs in [−1, 1] → up to ±3, bounds ±1
    const owners = paths.map((p, i) => owner(mappedCsvSource(p, 300n, ['f0', 'f1'], 'label', mapper), i))
    const run = trainDpFedAvg(config, owners, [0n, 0n, 0n])
    await expect(run).rejects.toBeInstanceOf(JobFault)
    await expect(run).rejects.toMatchObject({ faultClass: 'ALGORITHM' })
  })
})
