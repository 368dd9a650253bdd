// Round timeouts grow linearly with the round (timeoutX(r) = base + r·delta), which is what lets a
// round eventually last long enough after GST for the correct processes to hear each other.
import type { TimeoutStep } from './round-output.js'

export interface TimeoutConfig {
  proposeMs: number
  proposeDeltaMs: number
  prevoteMs: number
  prevoteDeltaMs: number
  precommitMs: number
  precommitDeltaMs: number
  /**
   * Time from round 0 of one height to round 0 of the next (CometBFT v1 next_block_delay): the decided
   * block's execution and persistence count against it; when they took longer, the next height starts at once.
   */
  commitMs: number
}

/** CometBFT 0.38 defaults. */
export const DEFAULT_TIMEOUTS: TimeoutConfig = {
  proposeMs: 3000,
  proposeDeltaMs: 500,
  prevoteMs: 1000,
  prevoteDeltaMs: 500,
  precommitMs: 1000,
  precommitDeltaMs: 500,
  commitMs: 1000,
}

export function timeoutFor(config: TimeoutConfig, step: TimeoutStep, round: number): number {
  switch (step) {
    case 'propose':
      return config.proposeMs + round * config.proposeDeltaMs
    case 'prevote':
      return config.prevoteMs + round * config.prevoteDeltaMs
    case 'precommit':
      return config.precommitMs + round * config.precommitDeltaMs
  }
}
