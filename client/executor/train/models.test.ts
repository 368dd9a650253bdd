// The models: analytic per-example gradients agree with finite differences of the fixed-point loss, clipping
// bounds the norm exactly (property test, seed printed), each family learns, and the same training run in two
// child processes yields byte-identical weights equal to the in-process run and to a pinned digest.
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { seededSource } from '../job-noise.js'
import { encodeVector, fromNumber, norm2, ONE } from './fixed-point.js'
import {
  accuracy,
  clip,
  type Example,
  initialParameters,
  linearRegression,
  logisticRegression,
  type Model,
  ModelError,
  meanLoss,
  mlp,
  sgdStep,
} from './models.js'
import { logisticExamples } from './synthetic.js'
import { trainReference } from './testdata/train-reference.js'

const run = promisify(execFile)
const rngOf = (byte: number) => seededSource(new Uint8Array(32).fill(byte))

/** Central difference of the loss in parameter i, step h, as a double. */
function numericGradient(model: Model, w: bigint[], ex: Example, i: number, h: bigint): number {
  const plus = [...w]
  const minus = [...w]
  plus[i]! += h
  minus[i]! -= h
  return Number(model.loss(plus, ex) - model.loss(minus, ex)) / Number(2n * h)
}

describe('models: gradients', () => {
  const ex: Example = { x: [fromNumber(0.5), fromNumber(-0.3), fromNumber(0.9)], y: ONE }
  const models: [Model, bigint[]][] = [
    [linearRegression(3), [fromNumber(0.2), fromNumber(-0.4), fromNumber(0.1), fromNumber(0.3)]],
    [logisticRegression(3), [fromNumber(0.2), fromNumber(-0.4), fromNumber(0.1), fromNumber(0.3)]],
  ]
  const net = mlp(3, 4)
  models.push([
    net,
    initialParameters(net, rngOf(3)).map((v, i) => (i >= 12 && i < 16 ? fromNumber(0.1) : v)),
  ])
  for (const [model, w] of models)
    it(`${model.kind}: analytic = finite difference`, () => {
      const g = model.gradient(w, ex)
      expect(g.length).toBe(model.size)
      for (let i = 0; i < model.size; i++) {
        const want = numericGradient(model, w, ex, i, fromNumber(1e-3))
        expect(Math.abs(Number(g[i]!) / 2 ** 32 - want)).toBeLessThan(1e-4)
      }
    })

  it('refuses wrong shapes', () => {
    expect(() => logisticRegression(3).predict([0n, 0n], [0n, 0n, 0n])).toThrow(ModelError)
    expect(() => linearRegression(2).predict([0n, 0n, 0n], [0n])).toThrow(ModelError)
    expect(() => mlp(2, 0)).toThrow(ModelError)
  })
})

describe('models: clipping', () => {
  it('‖clip(v, C)‖ ≤ C exactly, and short vectors pass unchanged (property)', () => {
    const seed = randomBytes(32)
    console.log(`clip property seed ${seed.toString('hex')}`)
    const rng = seededSource(seed)
    for (let trial = 0; trial < 500; trial++) {
      const d = 1 + Number(rng.below(20n))
      const v = Array.from({ length: d }, () => rng.below(200n * ONE) - 100n * ONE)
      const c = 1n + rng.below(10n * ONE)
      const out = clip(v, c)
      expect(norm2(out) <= c).toBe(true)
      const s = out.reduce((a, x) => a + x * x, 0n)
      expect(s <= c * c).toBe(true)
      if (norm2(v) < c) expect(out).toEqual(v)
    }
  })
})

describe('models: learning', () => {
  const truth = [fromNumber(4), fromNumber(-3), fromNumber(1.5), fromNumber(0.5)]
  const rng = rngOf(11)
  const train = logisticExamples(rng, truth, 400)
  const test = logisticExamples(rng, truth, 1000)
  const trainModel = (model: Model, data: Example[], epochs: number) => {
    let w = initialParameters(model, rngOf(5))
    for (let e = 0; e < epochs; e++)
      for (const ex of data) w = sgdStep(w, model.gradient(w, ex), fromNumber(0.1))
    return w
  }

  it('logistic regression approaches the Bayes accuracy of the truth', () => {
    const model = logisticRegression(3)
    const w = trainModel(model, train, 5)
    const bayes = accuracy(model, truth, test)
    expect(accuracy(model, w, test)).toBeGreaterThan(bayes - 0.03)
    expect(meanLoss(model, w, test) < meanLoss(model, initialParameters(model, rng), test)).toBe(true)
  })

  it('the MLP learns the same task', () => {
    const model = mlp(3, 4)
    const w = trainModel(model, train, 5)
    expect(accuracy(model, w, test)).toBeGreaterThan(accuracy(logisticRegression(3), truth, test) - 0.06)
  })

  it('linear regression recovers a noiseless linear target', () => {
    const model = linearRegression(3)
    const data = train.map((ex) => ({ x: ex.x, y: model.predict(truth, ex.x) }))
    const w = trainModel(model, data, 20)
    for (const [i, t] of truth.entries()) expect(Math.abs(Number(w[i]! - t) / 2 ** 32)).toBeLessThan(1e-3)
  })
})

describe('models: reproducible across processes', () => {
  // sha256 of the weight bytes of testdata/train-reference.ts from seed 0x07…, lr 0.5 (pinned: any change in
  // the arithmetic or its rounding shows up here, on any platform)
  const PINNED = 'edaf1b6b5e8faeebdcd5e9a391e54600f22fdec7e2d1278642a34f02d5068e33'
  it('two child processes and this one produce identical weight bytes', async () => {
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx')
    const script = join(import.meta.dirname, 'testdata/train-once.ts')
    const [a, b] = await Promise.all([run(tsx, [script]), run(tsx, [script])])
    const here = Buffer.from(encodeVector(trainReference(rngOf(7), fromNumber(0.5)))).toString('hex')
    expect(a.stdout).toBe(here)
    expect(b.stdout).toBe(here)
    expect(createHash('sha256').update(Buffer.from(here, 'hex')).digest('hex')).toBe(PINNED)
  }, 60_000)
})
