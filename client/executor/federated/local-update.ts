// One participant's contribution to a round, computed on its own rows: Poisson-sample the rows with rate q,
// sum the sampled rows' per-example gradients each clipped to L2 norm ≤ C, and add this participant's share
// of the DP noise, a discrete Gaussian of variance (σC)²/t (t the secure-aggregation threshold: any ≥ t
// contributions that reach the sum carry variance ≥ (σC)²). Sampling and noise come from the participant's
// per-job keyed stream for that round (dp-fedavg.ts `roundSource`), so every executor granted the asset
// computes the same vector, and the requester, who never holds the data key, cannot predict the noise. This
// is the library's `ownerContribution` over streamed rows, draw for draw.

import { bernoulli } from '../discrete-laplace.js'
import type { Rational } from '../train/accountant.js'
import { discreteGaussian } from '../train/discrete-gaussian.js'
import { roundSource } from '../train/dp-fedavg.js'
import { clip, type Model } from '../train/models.js'
import type { LocalRows } from './local-rows.js'

export interface LocalUpdateParams {
  readonly model: Model
  readonly samplingRate: Rational
  readonly noiseMultiplier: Rational
  readonly clip: bigint
  readonly threshold: number
}

export async function localUpdate(
  p: LocalUpdateParams,
  rows: LocalRows,
  noiseSeed: Uint8Array,
  weights: readonly bigint[],
  round: number,
): Promise<{ update: bigint[]; sampled: number }> {
  const { samplingRate: q, noiseMultiplier: sigma } = p
  const rng = roundSource(noiseSeed, round)
  const sum = new Array<bigint>(p.model.size).fill(0n)
  let sampled = 0
  for await (const chunk of rows.scan())
    for (let i = 0; i < chunk.length; i++) {
      if (!bernoulli(rng, q.num, q.den)) continue
      sampled++
      const g = clip(p.model.gradient(weights, chunk.example(i)), p.clip)
      for (let k = 0; k < sum.length; k++) sum[k]! += g[k]!
    }
  const varNum = sigma.num * sigma.num * p.clip * p.clip
  const varDen = sigma.den * sigma.den * BigInt(p.threshold)
  for (let k = 0; k < sum.length; k++) sum[k]! += discreteGaussian(rng, varNum, varDen)
  return { update: sum, sampled }
}
