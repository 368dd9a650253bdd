// BFT time (CometBFT MedianTime): a block's time is the voting-power-weighted median of the timestamps
// in the previous block's commit. Faulty clocks holding less than 1/3 of the power cannot move it
// outside the honest range, and it never goes backwards: at least the previous block time + 1 ms.
import type { Commit } from 'cosmjs-types/tendermint/types/types'
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator'
import type { Timestamp } from './types.js'
import { addMs, compareTimestamps } from './types.js'
import type { ValidatorSet } from './validator-set.js'

export function weightedMedian(
  samples: readonly { time: Timestamp; weight: bigint }[],
): Timestamp | undefined {
  const sorted = [...samples].sort((a, b) => compareTimestamps(a.time, b.time))
  const total = sorted.reduce((s, x) => s + x.weight, 0n)
  let median = total / 2n
  for (const sample of sorted) {
    if (median <= sample.weight) return sample.time
    median -= sample.weight
  }
  return undefined
}

/** Median of the commit's non-absent signature timestamps, weighted by the signers' power. */
export function medianTime(commit: Commit, validators: ValidatorSet): Timestamp | undefined {
  const samples: { time: Timestamp; weight: bigint }[] = []
  for (const sig of commit.signatures) {
    if (sig.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_ABSENT) continue
    const validator = validators.byAddress(sig.validatorAddress)
    if (validator !== undefined) samples.push({ time: sig.timestamp, weight: validator.power })
  }
  return weightedMedian(samples)
}

/**
 * The time of the block after the one `lastCommit` commits. `lastValidators` signed that commit;
 * `previousBlockTime` is that block's time. Monotonic by construction.
 */
export function blockTimeFromCommit(
  lastCommit: Commit,
  lastValidators: ValidatorSet,
  previousBlockTime: Timestamp,
): Timestamp {
  const floor = addMs(previousBlockTime, 1)
  const median = medianTime(lastCommit, lastValidators)
  return median === undefined || compareTimestamps(median, floor) < 0 ? floor : median
}

/** A vote's timestamp: local time, but never before the voted block's time + 1 ms (CometBFT voteTime). */
export function voteTime(now: Timestamp, blockTime: Timestamp | undefined): Timestamp {
  if (blockTime === undefined) return now
  const min = addMs(blockTime, 1)
  return compareTimestamps(now, min) > 0 ? now : min
}
