import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { seededSource } from '../job-noise.js'
import { rational } from '../train/accountant.js'
import { ONE } from '../train/fixed-point.js'
import { logisticRegression } from '../train/models.js'
import { attributionPpm, attributionScore } from './attribution.js'
import { csvRows, memoryRows } from './local-rows.js'
import { noiseSeedOf } from './testdata/cluster.js'
import { groundTruth, syntheticExamples, writeSyntheticCsv } from './testdata/synthetic-csv.js'

const dir = mkdtempSync(join(tmpdir(), 'datum-attribution-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const truth = groundTruth(3)
const model = logisticRegression(3)
const params = { model, samplingRate: rational('0.2'), noiseMultiplier: rational('1.1'), clip: ONE }
const initial = [0n, 0n, 0n, 0n]
// a final model that moved toward the ground truth (what training on informative rows does)
const final = truth.map((w) => w / 2n)

describe('attribution shares from scores (integers only)', () => {
  it('clamps non-positive scores to 0, falls back to the equal split, and gives the remainder to the first positive inputs', () => {
    expect(attributionPpm([3n, 1n])).toEqual([750_000, 250_000])
    expect(attributionPpm([-5n, 0n, 10n])).toEqual([0, 0, 1_000_000])
    expect(attributionPpm([0n, -1n])).toEqual([500_000, 500_000])
    expect(attributionPpm([-7n, -7n, -7n])).toEqual([333_334, 333_333, 333_333])
    expect(attributionPpm([0n, 1n, 1n, 1n])).toEqual([0, 333_334, 333_333, 333_333])
    expect(attributionPpm([1n, 1n, 1n])).toEqual([333_334, 333_333, 333_333])
    expect(attributionPpm([-1n, 2n, 0n, 1n])).toEqual([0, 666_667, 0, 333_333])
    expect(attributionPpm([1n << 200n, 1n])).toEqual([1_000_000, 0])
    expect(attributionPpm([])).toEqual([])
  })

  it('always sums to 10⁶ with every entry in [0, 10⁶], zero for a non-positive score (random vectors, seed printed)', () => {
    const seed = 'attribution-ppm-property-1'
    console.log(`attributionPpm property seed: ${seed}`)
    const rng = seededSource(new TextEncoder().encode(seed.padEnd(32, '.')))
    for (let trial = 0; trial < 2000; trial++) {
      const n = 1 + Number(rng.below(8n))
      const scores = Array.from({ length: n }, () => rng.below(1n << 40n) - (1n << 39n))
      const ppm = attributionPpm(scores)
      expect(
        ppm.reduce((a, b) => a + b, 0),
        `${scores}`,
      ).toBe(1_000_000)
      const anyPositive = scores.some((s) => s > 0n)
      for (const [i, p] of ppm.entries()) {
        expect(Number.isInteger(p) && p >= 0 && p <= 1_000_000).toBe(true)
        if (anyPositive && scores[i]! <= 0n) expect(p).toBe(0)
      }
    }
  })
})

describe('a participant’s attribution score on its own rows', () => {
  it('is the same in two runs and from memory or its CSV file (keyed stream, fixed point)', async () => {
    const rows = syntheticExamples('attr-repro', truth, 400)
    const csv = join(dir, 'repro.csv')
    await writeSyntheticCsv(csv, 'attr-repro', truth, 400)
    const seed = noiseSeedOf('attr', 1)
    const a = await attributionScore(params, memoryRows(rows, 64), seed, initial, final, 5)
    const b = await attributionScore(params, memoryRows(rows, 1000), seed, initial, final, 5)
    const c = await attributionScore(
      params,
      await csvRows(csv, ['f0', 'f1', 'f2'], 'label'),
      seed,
      initial,
      final,
      5,
    )
    expect(b).toEqual(a)
    expect(c).toEqual(a)
    expect(a.sampled).toBeGreaterThan(40)
    // another stream index (another job step) samples and noises differently
    expect(await attributionScore(params, memoryRows(rows), seed, initial, final, 6)).not.toEqual(a)
  })

  it('is bounded by C per sampled row; a model that did not move scores only the noise', async () => {
    const rows = syntheticExamples('attr-bound', truth, 300)
    const seed = noiseSeedOf('attr', 2)
    // σ tiny: the noise is a few grid steps, so the score is the clipped alignment sum itself
    const quiet = { ...params, noiseMultiplier: rational('0.000000001'), clip: ONE / 4n }
    const s = await attributionScore(quiet, memoryRows(rows), seed, initial, final, 0)
    expect(s.score > 0n).toBe(true)
    expect(s.score <= (ONE / 4n) * BigInt(s.sampled) + 64n).toBe(true)
    const still = await attributionScore(quiet, memoryRows(rows), seed, initial, initial, 0)
    expect(still.score < 64n && still.score > -64n).toBe(true)
    const otherRows = syntheticExamples('attr-bound-2', truth, 300)
    expect(await attributionScore(quiet, memoryRows(otherRows), seed, initial, initial, 0)).toEqual(still)
  })

  it('scores informative rows above rows with random labels and above fewer informative rows (fixed seeds)', async () => {
    const seeds = ['attr-rich', 'attr-poor', 'attr-noise']
    console.log(`synthetic data seeds: ${seeds.join(', ')}; noise seeds noiseSeedOf('attr', 3..5)`)
    const rich = syntheticExamples(seeds[0]!, truth, 1000)
    const poor = syntheticExamples(seeds[1]!, truth, 150)
    const irrelevant = syntheticExamples(seeds[2]!, [0n, 0n, 0n, 0n], 1000)
    const scores = await Promise.all(
      [rich, poor, irrelevant].map(
        async (rows, i) =>
          (await attributionScore(params, memoryRows(rows), noiseSeedOf('attr', 3 + i), initial, final, 0))
            .score,
      ),
    )
    const ppm = attributionPpm(scores)
    console.log(`scores ${scores.map((s) => Number(s) / 2 ** 32)} → ppm ${ppm}`)
    expect(ppm[0]!).toBeGreaterThan(ppm[1]!)
    expect(ppm[0]!).toBeGreaterThan(ppm[2]!)
    expect(ppm[0]!).toBeGreaterThan(500_000)
  })
})
