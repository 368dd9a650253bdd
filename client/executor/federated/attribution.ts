// Attribution (issue 16): how much each input asset's rows did for the trained model, measured by the
// participants on their own rows and released through one more secure-aggregation round, noised so that the
// release is one more step of the same Poisson-subsampled Gaussian mechanism the training used.
//
// Score of asset i: Sᵢ = Σ over its rows r sampled with rate q of ⟨clip(∇ℓ(θ₀; r), C), u⟩, plus a discrete
// Gaussian of variance (σC)², where θ₀ is the public initial model, θ_T the final one and u = (θ₀ − θ_T)/‖θ₀ − θ_T‖
// the direction training moved. ⟨∇ℓ(θ₀; r), θ_T − θ₀⟩ is the first-order change of row r's loss along the path
// actually taken (TracIn's gradient-alignment idea, Pruthi et al. 2020, at the starting checkpoint), so a
// positive score means the asset's rows pulled the model where it went. Each row adds at most C in absolute
// value (‖clip(g)‖ ≤ C, ‖u‖ = 1, and the division below truncates toward zero, so the bound is exact), a row
// added or removed moves Sᵢ by ≤ C and only Sᵢ: with rate q and noise σC it is exactly one more step of the
// training's mechanism (the chain charges rounds × local_steps + 1). u depends on θ_T, itself a DP release, so
// the step is an adaptive composition, which RDP allows.
//
// Unlike a training step, each participant adds the FULL noise to its own slot (the slots are disjoint, so
// nothing is over-noised): the release of Sᵢ is private even if every other participant colludes. Sampling
// and noise come from the asset's per-job keyed stream at index `rounds` (the one after the last training
// round), so every executor granted the asset computes the same score and the requester cannot predict it.
import { bernoulli } from '../discrete-laplace.js'
import type { Rational } from '../train/accountant.js'
import { discreteGaussian } from '../train/discrete-gaussian.js'
import { roundSource } from '../train/dp-fedavg.js'
import { clip, type Model, normCeil } from '../train/models.js'
import type { LocalRows } from './local-rows.js'

export interface AttributionParams {
  readonly model: Model
  readonly samplingRate: Rational
  readonly noiseMultiplier: Rational
  readonly clip: bigint
}

/**
 * This participant's noised score (raw, 2^−32 units) on its own rows; `stream` is the keyed-stream index (the
 * task's round count). A model that did not move (θ_T = θ₀) has no direction: every row scores 0.
 */
export async function attributionScore(
  p: AttributionParams,
  rows: LocalRows,
  noiseSeed: Uint8Array,
  initial: readonly bigint[],
  final: readonly bigint[],
  stream: number,
): Promise<{ score: bigint; sampled: number }> {
  const { samplingRate: q, noiseMultiplier: sigma } = p
  const rng = roundSource(noiseSeed, stream)
  const d = initial.map((w, k) => w - final[k]!)
  const length = normCeil(d)
  let sum = 0n
  let sampled = 0
  for await (const chunk of rows.scan())
    for (let i = 0; i < chunk.length; i++) {
      if (!bernoulli(rng, q.num, q.den)) continue
      sampled++
      if (length === 0n) continue
      const g = clip(p.model.gradient(initial, chunk.example(i)), p.clip)
      let num = 0n
      for (let k = 0; k < g.length; k++) num += g[k]! * d[k]!
      // |Σ gₖdₖ| ≤ ‖g‖·‖d‖ ≤ C·⌈‖d‖⌉, and bigint division truncates toward zero: |term| ≤ C exactly
      sum += num / length
    }
  const noise = discreteGaussian(rng, sigma.num * sigma.num * p.clip * p.clip, sigma.den * sigma.den)
  return { score: sum + noise, sampled }
}

const PPM = 1_000_000n

/**
 * Scores → shares in ppm summing to 10⁶, integers only, so every participant (and a quorum) gets the same
 * split: a non-positive score counts as 0; if none is positive, the chain's equal split (⌊10⁶/n⌋ each, the
 * remainder one ppm apiece to the first inputs); else ⌊10⁶·sᵢ/Σs⌋ each and the remainder (fewer ppm than
 * positive scores) one ppm apiece to the first inputs with a positive score.
 */
export function attributionPpm(scores: readonly bigint[]): number[] {
  const n = scores.length
  if (n === 0) return []
  const pos = scores.map((s) => (s > 0n ? s : 0n))
  const total = pos.reduce((a, b) => a + b, 0n)
  if (total === 0n) {
    const each = PPM / BigInt(n)
    const extra = Number(PPM - each * BigInt(n))
    return pos.map((_, i) => Number(each) + (i < extra ? 1 : 0))
  }
  const ppm = pos.map((s) => (s * PPM) / total)
  let rest = PPM - ppm.reduce((a, b) => a + b, 0n)
  for (let i = 0; i < n && rest > 0n; i++)
    if (pos[i]! > 0n) {
      ppm[i]! += 1n
      rest--
    }
  return ppm.map(Number)
}
