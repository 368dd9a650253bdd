// Which validator set rules which height. Updates returned by end-block of height H change the set
// that signs H+2 (CometBFT state.go updateState): H+1 is already fixed when H is being finalized.
import type { Height } from './types.js'
import type { ValidatorChange, ValidatorSet } from './validator-set.js'

export interface ValidatorSchedule {
  /** The height `validators` is for. */
  height: Height
  /** Signed the commit of height − 1 (undefined at the initial height). */
  lastValidators?: ValidatorSet
  validators: ValidatorSet
  nextValidators: ValidatorSet
  /** The height the set last changed at, as CometBFT's LastHeightValidatorsChanged. */
  lastHeightValidatorsChanged: Height
}

/** Genesis: the initial set rules the initial height and (rotated once) the next. */
export function genesisSchedule(initialHeight: Height, validators: ValidatorSet): ValidatorSchedule {
  return {
    height: initialHeight,
    validators,
    nextValidators: validators.incremented(1),
    lastHeightValidatorsChanged: initialHeight,
  }
}

/** Advance past a finalized height whose end-block returned `updates`. */
export function advanceSchedule(
  s: ValidatorSchedule,
  updates: readonly ValidatorChange[],
): ValidatorSchedule {
  let next = s.nextValidators
  let changedAt = s.lastHeightValidatorsChanged
  if (updates.length > 0) {
    next = next.withUpdates(updates)
    changedAt = s.height + 2n
  }
  return {
    height: s.height + 1n,
    lastValidators: s.validators,
    validators: s.nextValidators,
    nextValidators: next.incremented(1),
    lastHeightValidatorsChanged: changedAt,
  }
}
