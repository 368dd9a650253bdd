// The owner's dataset: a CSV of visits with a numeric `age` column, deterministic (a seeded generator) so
// every run publishes comparable data, and the true mean the DP result is checked against.
import { writeFileSync } from 'node:fs'
import { noiseTail } from '../../client/executor/discrete-laplace.js'

export interface Dataset {
  file: string
  column: string
  rows: number
  lower: number
  upper: number
  trueMean: number
}

/** A small linear congruential generator: reproducible values, not a source of privacy noise. */
function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0
    return s / 2 ** 32
  }
}

export function writeDataset(file: string, rows = 500, seed = 7): Dataset {
  const next = lcg(seed)
  const lines = ['visit_id,age,region']
  let sum = 0
  for (let i = 0; i < rows; i++) {
    const age = 18 + Math.floor(next() * 70)
    sum += age
    lines.push(`${i + 1},${age},${next() < 0.5 ? 'north' : 'south'}`)
  }
  writeFileSync(file, `${lines.join('\n')}\n`)
  return { file, column: 'age', rows, lower: 0, upper: 100, trueMean: sum / rows }
}

/**
 * How far a dp-mean may land from the true mean except with probability about 2p: the noisy sum (discrete
 * Laplace on the grid `grid`, scale `scale` = 2·sensitivity/ε) is off by at most noiseTail(scale, grid, p)
 * plus half a grid step per row of rounding, the noisy count by noiseTail(scale / sensitivity, 1, p) (its
 * scale is 2/ε), and the ratio is worst when both errors push apart.
 */
export function meanNoiseBound(d: Dataset, scale: number, grid: number, p = 1e-6): number {
  const sensitivity = Math.max(Math.abs(d.lower), Math.abs(d.upper))
  const sumErr = noiseTail(scale, grid, p) + (d.rows * grid) / 2
  const countErr = noiseTail(scale / sensitivity, 1, p)
  const sum = d.trueMean * d.rows
  const n = d.rows
  const worst = Math.max(
    Math.abs((sum + sumErr) / Math.max(1, n - countErr) - d.trueMean),
    Math.abs((sum - sumErr) / (n + countErr) - d.trueMean),
  )
  return worst
}
