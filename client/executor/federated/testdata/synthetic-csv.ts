// Synthetic rows for federated tests and the training benchmark, from a known logistic model and a keyed
// stream (the same seed gives the same rows everywhere; nothing is downloaded). Features are decimals with 4
// places, uniform in [−1, 1]; the label is Bernoulli(σ(w*·x + b*)) evaluated in fixed point on the exact grid
// value of the written decimal, so a reader of the CSV sees exactly the rows that were labelled.

import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { sha256 } from '@noble/hashes/sha2.js'
import { bernoulli } from '../../discrete-laplace.js'
import { seededSource } from '../../job-noise.js'
import { dot, ONE, parseFixed, sigmoid } from '../../train/fixed-point.js'
import type { Example } from '../../train/models.js'

const SCALE = 10_000n

/** The ground truth used by tests and the benchmark: weights cycling −1, −½, 0, ½, 1 and bias ¼ (raw). */
export function groundTruth(features: number): bigint[] {
  return [...Array.from({ length: features }, (_, i) => (BigInt((i % 5) - 2) * ONE) / 2n), ONE / 4n]
}

const cell = (k: bigint): string => {
  const a = k < 0n ? -k : k
  return `${k < 0n ? '-' : ''}${a / SCALE}.${(a % SCALE).toString().padStart(4, '0')}`
}

/** `count` rows as (CSV line, example) from the stream keyed by `seed`. */
export function* syntheticRows(
  seed: string,
  truth: readonly bigint[],
  count: number,
): Generator<[string, Example]> {
  const rng = seededSource(sha256(new TextEncoder().encode(`datum-synthetic|${seed}`)))
  const d = truth.length - 1
  const w = truth.slice(0, d)
  for (let n = 0; n < count; n++) {
    const cells = Array.from({ length: d }, () => cell(rng.below(2n * SCALE + 1n) - SCALE))
    const x = cells.map((c) => parseFixed(c))
    const y = bernoulli(rng, sigmoid(dot(w, x) + truth[d]!), ONE) ? ONE : 0n
    yield [`${cells.join(',')},${y === ONE ? 1 : 0}`, { x, y }]
  }
}

export const header = (features: number): string =>
  [...Array.from({ length: features }, (_, i) => `f${i}`), 'label'].join(',')

/** Writes the rows to `path` (header f0..f{d−1},label) and returns how many were written. */
export async function writeSyntheticCsv(path: string, seed: string, truth: readonly bigint[], count: number) {
  const out = createWriteStream(path)
  out.write(`${header(truth.length - 1)}\n`)
  let lines: string[] = []
  for (const [line] of syntheticRows(seed, truth, count)) {
    lines.push(line)
    if (lines.length === 1000) {
      if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain')
      lines = []
    }
  }
  if (lines.length > 0) out.write(`${lines.join('\n')}\n`)
  out.end()
  await once(out, 'finish')
  return count
}

/** The same rows in memory. */
export const syntheticExamples = (seed: string, truth: readonly bigint[], count: number): Example[] =>
  [...syntheticRows(seed, truth, count)].map(([, e]) => e)
