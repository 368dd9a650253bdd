// Synthetic classification data from a known ground-truth logistic model, drawn from a keyed stream so that
// tests and demos get the same rows everywhere: x uniform on the grid in [−1, 1]^d, y ~ Bernoulli(σ(w*·x + b*)).
import { bernoulli } from '../discrete-laplace.js'
import type { RandomSource } from '../random-source.js'
import { dot, ONE, sigmoid } from './fixed-point.js'
import type { Example } from './models.js'

/** `count` examples labelled by the logistic model with weights `truth` (last entry the bias). */
export function logisticExamples(rng: RandomSource, truth: readonly bigint[], count: number): Example[] {
  const d = truth.length - 1
  const out: Example[] = []
  for (let n = 0; n < count; n++) {
    const x = Array.from({ length: d }, () => rng.below(2n * ONE + 1n) - ONE)
    const p = sigmoid(dot(truth.slice(0, d), x) + truth[d]!)
    out.push({ x, y: bernoulli(rng, p, ONE) ? ONE : 0n })
  }
  return out
}

/** The same rows as CSV text (header f0..f{d−1},label), exact decimals of the grid values. */
export function examplesToCsv(examples: readonly Example[]): string {
  const d = examples[0]?.x.length ?? 0
  const header = [...Array.from({ length: d }, (_, i) => `f${i}`), 'label'].join(',')
  const cell = (raw: bigint) => {
    // raw · 2^−32 has an exact decimal expansion of at most 32 fraction digits
    const neg = raw < 0n
    const a = neg ? -raw : raw
    const int = a >> 32n
    const frac = ((a & (ONE - 1n)) * 10n ** 32n) >> 32n
    const fracText = frac.toString().padStart(32, '0').replace(/0+$/, '')
    return `${neg ? '-' : ''}${int}${fracText ? `.${fracText}` : ''}`
  }
  return `${[header, ...examples.map((e) => [...e.x, e.y].map(cell).join(','))].join('\n')}\n`
}
