// The built-in differentially private algorithms over one CSV column: count, sum, mean and histogram.
// Neighbouring datasets differ by one row (added or removed). Each row contributes once, numeric values are
// clamped to [lower, upper] and put on a fixed-point grid, so every statistic is an integer of known
// sensitivity and its noise is exact discrete Laplace (discrete-laplace.ts). Each algorithm has a code hash
// the owner allowlists. A job that cannot run as asked, or that the output policy refuses, is an ALGORITHM
// fault.
import { sha256 } from '@noble/hashes/sha2.js'
import { CsvError, numericColumn, parseCsv, textColumn } from './csv.js'
import { discreteLaplace } from './discrete-laplace.js'
import { JobFault } from './faults.js'
import { NO_OUTPUT_POLICY, type OutputPolicy, requireRows } from './output-policy.js'
import { cryptoSource, type RandomSource } from './random-source.js'

export type DpAlgorithm = 'dp-count' | 'dp-sum' | 'dp-mean' | 'dp-histogram'

export interface DpRequest {
  algorithm: DpAlgorithm
  column: string
  /** ε in micro-units, as the chain stores it. */
  epsilonMicro: bigint
  lower?: number
  upper?: number
  /** Histogram buckets (category values); rows outside the list are not counted. */
  buckets?: string[]
}

export interface DpResult {
  algorithm: DpAlgorithm
  column: string
  value: number | Record<string, number>
  epsilonMicro: string
  /** Noise scale in the value's units (the sum's for a mean), so a reader can bound the noise. */
  scale: number
  /** The fixed-point grid step values were rounded to (1 for counts). */
  grid: number
  /** Histogram buckets whose noisy count fell below the asset's minimum aggregation. */
  suppressed?: string[]
}

const BUILTIN_VERSION = 'datum-dp-v1'

/** The code hash of a built-in algorithm: sha256 of its canonical name and version (hex). */
export const codeHashOf = (algorithm: DpAlgorithm): string =>
  Buffer.from(sha256(new TextEncoder().encode(`${BUILTIN_VERSION}/${algorithm}`))).toString('hex')

/** Grid steps per value: 2^GRID_BITS steps cover [−M, M] for M = max(|lower|, |upper|) rounded up to 2^e. */
export const GRID_BITS = 20
const MICRO = 1_000_000n

/**
 * The grid for [lo, hi]: step g = 2^(e − GRID_BITS) with 2^(e−1) < max(|lo|, |hi|) ≤ 2^e, found by exact
 * power-of-two comparisons (no log), so v / g is exact in doubles and every executor rounds alike.
 */
export function gridOf(lo: number, hi: number): { step: number; lo: bigint; hi: bigint } {
  const m = Math.max(Math.abs(lo), Math.abs(hi))
  let e = 0
  while (2 ** e < m) e++
  while (e > -1000 && 2 ** (e - 1) >= m) e--
  const step = 2 ** (e - GRID_BITS)
  return { step, lo: BigInt(Math.round(lo / step)), hi: BigInt(Math.round(hi / step)) }
}

function bounds(req: DpRequest): { lo: number; hi: number } {
  const lo = req.lower
  const hi = req.upper
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(lo! < hi!))
    throw new JobFault('ALGORITHM', `${req.algorithm} needs finite lower < upper`)
  return { lo: lo!, hi: hi! }
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x)
const clampInt = (v: bigint, lo: bigint, hi: bigint): bigint => (v < lo ? lo : v > hi ? hi : v)

/** The column on the grid: each value clamped to [lo, hi] and rounded to the nearest grid step. */
function onGrid(values: number[], g: ReturnType<typeof gridOf>): bigint[] {
  return values.map((v) => clampInt(BigInt(Math.round(v / g.step)), g.lo, g.hi))
}

/**
 * Runs one algorithm. `rng` draws the noise (the job's keyed stream in the daemon); `policy` is the asset's
 * output policy. Throws JobFault('ALGORITHM') when the job cannot run as asked or the policy refuses it.
 */
export function runDp(
  csvText: string,
  req: DpRequest,
  rng: RandomSource = cryptoSource,
  policy: OutputPolicy = NO_OUTPUT_POLICY,
): DpResult {
  try {
    return compute(csvText, req, rng, policy)
  } catch (e) {
    if (e instanceof CsvError) throw new JobFault('ALGORITHM', e.message)
    throw e
  }
}

function compute(csvText: string, req: DpRequest, rng: RandomSource, policy: OutputPolicy): DpResult {
  if (req.epsilonMicro <= 0n) throw new JobFault('ALGORITHM', 'epsilon must be positive')
  const eps = Number(req.epsilonMicro) / 1e6
  const csv = parseCsv(csvText)
  const base = { algorithm: req.algorithm, column: req.column, epsilonMicro: req.epsilonMicro.toString() }
  // noise of scale Δ/ε' in grid steps, ε' = ε·share: P ∝ exp(−|z|·ε_micro·share / (10^6·Δ))
  const noise = (sensitivity: bigint, shareDen = 1n) =>
    discreteLaplace(rng, req.epsilonMicro, MICRO * sensitivity * shareDen)
  switch (req.algorithm) {
    case 'dp-count': {
      const n = textColumn(csv, req.column).length
      requireRows(n, policy, 'the count')
      return { ...base, value: Number(BigInt(n) + noise(1n)), scale: 1 / eps, grid: 1 }
    }
    case 'dp-sum': {
      const { lo, hi } = bounds(req)
      const g = gridOf(lo, hi)
      const vals = onGrid(numericColumn(csv, req.column), g)
      requireRows(vals.length, policy, 'the sum')
      const delta = abs(g.lo) > abs(g.hi) ? abs(g.lo) : abs(g.hi)
      const s = vals.reduce((a, v) => a + v, 0n) + noise(delta)
      return { ...base, value: Number(s) * g.step, scale: (Number(delta) * g.step) / eps, grid: g.step }
    }
    case 'dp-mean': {
      // Half the budget to the sum, half to the count (sequential composition); the ratio is post-processing.
      const { lo, hi } = bounds(req)
      const g = gridOf(lo, hi)
      const vals = onGrid(numericColumn(csv, req.column), g)
      requireRows(vals.length, policy, 'the mean')
      const delta = abs(g.lo) > abs(g.hi) ? abs(g.lo) : abs(g.hi)
      const noisySum = vals.reduce((a, v) => a + v, 0n) + noise(delta, 2n)
      const noisyCount = BigInt(vals.length) + noise(1n, 2n)
      const mean = (Number(noisySum) * g.step) / Math.max(1, Number(noisyCount))
      return {
        ...base,
        value: Math.min(hi, Math.max(lo, mean)),
        scale: (2 * Number(delta) * g.step) / eps,
        grid: g.step,
      }
    }
    case 'dp-histogram': {
      if (!req.buckets || req.buckets.length === 0)
        throw new JobFault('ALGORITHM', 'dp-histogram needs buckets')
      const counts = new Map<string, bigint>(req.buckets.map((b) => [b, 0n]))
      for (const v of textColumn(csv, req.column)) if (counts.has(v)) counts.set(v, counts.get(v)! + 1n)
      // A row changes one bucket by one (L1 sensitivity 1), so every bucket takes the full ε (parallel
      // composition). Buckets are suppressed on their NOISY count: post-processing, so ε-DP still holds.
      const value: Record<string, number> = {}
      const suppressed: string[] = []
      for (const b of req.buckets) {
        const noisy = counts.get(b)! + noise(1n)
        if (policy.minAggregationK > 0 && noisy < BigInt(policy.minAggregationK)) suppressed.push(b)
        else value[b] = Number(noisy)
      }
      const out: DpResult = { ...base, value, scale: 1 / eps, grid: 1 }
      return suppressed.length > 0 ? { ...out, suppressed } : out
    }
    default:
      throw new JobFault('ALGORITHM', `unknown algorithm ${String(req.algorithm)}`)
  }
}
