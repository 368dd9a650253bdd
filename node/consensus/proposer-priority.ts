// CometBFT's weighted round-robin proposer selection (types/validator_set.go): each step adds every
// validator's power to its priority, picks the highest (ties: smaller address) and charges it the total
// power. Priorities are rescaled to a window of 2×total and centred on zero first. All int64 in Go;
// bigint here, clipped to int64 exactly where Go clips, so sequences match CometBFT bit for bit.
import { compareBytes } from './types.js'

export interface PrioritizedValidator {
  address: Uint8Array
  power: bigint
  proposerPriority: bigint
}

const INT64_MAX = (1n << 63n) - 1n
const INT64_MIN = -(1n << 63n)
/** CometBFT PriorityWindowSizeFactor. */
const PRIORITY_WINDOW_SIZE_FACTOR = 2n

export function clipInt64(x: bigint): bigint {
  return x > INT64_MAX ? INT64_MAX : x < INT64_MIN ? INT64_MIN : x
}

export function totalPower(vals: readonly PrioritizedValidator[]): bigint {
  return vals.reduce((sum, v) => sum + v.power, 0n)
}

/** Go's big.Int Div is Euclidean: for a positive divisor it rounds toward negative infinity. */
function floorDiv(x: bigint, n: bigint): bigint {
  const q = x / n
  return x % n !== 0n && x < 0n ? q - 1n : q
}

/** Highest priority wins; equal priorities go to the lexicographically smaller address. */
export function mostPriority<T extends PrioritizedValidator>(vals: readonly T[]): T {
  let best = vals[0]!
  for (const v of vals.slice(1)) {
    if (v.proposerPriority > best.proposerPriority) best = v
    else if (v.proposerPriority === best.proposerPriority && compareBytes(v.address, best.address) < 0)
      best = v
  }
  return best
}

/** RescalePriorities: divide all priorities so that max − min fits in `diffMax`. */
export function rescalePriorities(vals: PrioritizedValidator[], diffMax: bigint): void {
  if (diffMax <= 0n || vals.length === 0) return
  let max = vals[0]!.proposerPriority
  let min = max
  for (const v of vals) {
    if (v.proposerPriority > max) max = v.proposerPriority
    if (v.proposerPriority < min) min = v.proposerPriority
  }
  const diff = max - min
  if (diff <= diffMax) return
  const ratio = (diff + diffMax - 1n) / diffMax
  for (const v of vals) v.proposerPriority = v.proposerPriority / ratio
}

/** shiftByAvgProposerPriority: centre priorities on zero. */
export function centerPriorities(vals: PrioritizedValidator[]): void {
  if (vals.length === 0) return
  const sum = vals.reduce((s, v) => s + v.proposerPriority, 0n)
  const avg = floorDiv(sum, BigInt(vals.length))
  for (const v of vals) v.proposerPriority = clipInt64(v.proposerPriority - avg)
}

/** IncrementProposerPriority(times): returns the proposer after the last step. Mutates `vals`. */
export function incrementProposerPriority<T extends PrioritizedValidator>(vals: T[], times: number): T {
  if (vals.length === 0) throw new RangeError('cannot select a proposer from an empty validator set')
  if (!Number.isInteger(times) || times <= 0)
    throw new RangeError(`times must be a positive integer, got ${times}`)
  const total = totalPower(vals)
  rescalePriorities(vals, PRIORITY_WINDOW_SIZE_FACTOR * total)
  centerPriorities(vals)
  let proposer = vals[0]!
  for (let i = 0; i < times; i++) {
    for (const v of vals) v.proposerPriority = clipInt64(v.proposerPriority + v.power)
    proposer = mostPriority(vals)
    proposer.proposerPriority = clipInt64(proposer.proposerPriority - total)
  }
  return proposer
}

/** A validator joining an existing set starts at −1.125 × total so it cannot propose at once. */
export function priorityForNewValidator(totalAfterUpdates: bigint): bigint {
  return -(totalAfterUpdates + (totalAfterUpdates >> 3n))
}

export function rescaleAndCenter(vals: PrioritizedValidator[]): void {
  rescalePriorities(vals, PRIORITY_WINDOW_SIZE_FACTOR * totalPower(vals))
  centerPriorities(vals)
}
