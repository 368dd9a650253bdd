// The reference training shared by the in-process and child-process reproducibility checks.
import type { RandomSource } from '../../random-source.js'
import { fromNumber } from '../fixed-point.js'
import { clip, initialParameters, mlp, sgdStep } from '../models.js'
import { logisticExamples } from '../synthetic.js'

export function trainReference(rng: RandomSource, lr: bigint): bigint[] {
  const truth = [fromNumber(2), fromNumber(-1.5), fromNumber(0.75), fromNumber(0.25)]
  const data = logisticExamples(rng, truth, 200)
  const model = mlp(3, 4)
  let w = initialParameters(model, rng)
  for (let epoch = 0; epoch < 3; epoch++)
    for (const ex of data) w = sgdStep(w, clip(model.gradient(w, ex), fromNumber(1)), lr)
  return w
}
