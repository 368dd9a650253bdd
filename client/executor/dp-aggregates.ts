// The built-in differentially private algorithms over one CSV column: count, sum, mean and histogram.
// Each row contributes at most once and its value is clamped to [lower, upper] (bounded contributions),
// which fixes the sensitivity the Laplace scale uses. Each algorithm has a code hash the owner allowlists.
import { sha256 } from '@noble/hashes/sha2.js'
import { numericColumn, parseCsv, textColumn } from './csv.js'
import { cryptoUniform, laplace, type UniformSource } from './laplace.js'

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
  /** Laplace scale(s) used, so a reader can bound the noise. */
  scale: number
}

const BUILTIN_VERSION = 'datum-dp-v1'

/** The code hash of a built-in algorithm: sha256 of its canonical name and version (hex). */
export const codeHashOf = (algorithm: DpAlgorithm): string =>
  Buffer.from(sha256(new TextEncoder().encode(`${BUILTIN_VERSION}/${algorithm}`))).toString('hex')

export class DpError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DpError'
  }
}

function bounds(req: DpRequest): { lo: number; hi: number } {
  const lo = req.lower
  const hi = req.upper
  if (lo === undefined || hi === undefined || !(lo < hi))
    throw new DpError(`${req.algorithm} needs lower < upper`)
  return { lo, hi }
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v))

export function runDp(csvText: string, req: DpRequest, uniform: UniformSource = cryptoUniform): DpResult {
  if (req.epsilonMicro <= 0n) throw new DpError('epsilon must be positive')
  const eps = Number(req.epsilonMicro) / 1e6
  const csv = parseCsv(csvText)
  const base = { algorithm: req.algorithm, column: req.column, epsilonMicro: req.epsilonMicro.toString() }
  switch (req.algorithm) {
    case 'dp-count': {
      const n = textColumn(csv, req.column).length
      return { ...base, value: n + laplace(1 / eps, uniform), scale: 1 / eps }
    }
    case 'dp-sum': {
      const { lo, hi } = bounds(req)
      const sens = Math.max(Math.abs(lo), Math.abs(hi))
      const s = numericColumn(csv, req.column).reduce((a, v) => a + clamp(v, lo, hi), 0)
      return { ...base, value: s + laplace(sens / eps, uniform), scale: sens / eps }
    }
    case 'dp-mean': {
      // Half the budget to the sum, half to the count (sequential composition).
      const { lo, hi } = bounds(req)
      const vals = numericColumn(csv, req.column).map((v) => clamp(v, lo, hi))
      const sens = Math.max(Math.abs(lo), Math.abs(hi))
      const noisySum = vals.reduce((a, v) => a + v, 0) + laplace((2 * sens) / eps, uniform)
      const noisyCount = Math.max(1, vals.length + laplace(2 / eps, uniform))
      return { ...base, value: clamp(noisySum / noisyCount, lo, hi), scale: (2 * sens) / eps }
    }
    case 'dp-histogram': {
      if (!req.buckets || req.buckets.length === 0) throw new DpError('dp-histogram needs buckets')
      const counts: Record<string, number> = Object.fromEntries(req.buckets.map((b) => [b, 0]))
      for (const v of textColumn(csv, req.column)) if (Object.hasOwn(counts, v)) counts[v]! += 1
      // A row changes one bucket, so every bucket takes the full ε (parallel composition).
      for (const b of req.buckets) counts[b]! += laplace(1 / eps, uniform)
      return { ...base, value: counts, scale: 1 / eps }
    }
    default:
      throw new DpError(`unknown algorithm ${String(req.algorithm)}`)
  }
}
