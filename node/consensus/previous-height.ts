// What the driver keeps of the height it just decided: the precommits (late ones keep arriving and
// make the next block's last commit fuller), the decided block id, and our own precommit for peers
// still finishing that height.
import type { Commit } from 'cosmjs-types/tendermint/types/types'
import { blockTimeFromCommit } from './block-time.js'
import { buildCommit } from './commit.js'
import type { BlockID, Round, Timestamp, Vote } from './types.js'
import type { ValidatorSchedule } from './validator-schedule.js'
import type { VoteKeeper } from './vote-keeper.js'

export interface PreviousHeight {
  keeper: VoteKeeper
  round: Round
  blockId: BlockID
  ownPrecommit?: Vote
}

/** The last commit a proposer includes: rebuilt with late precommits when we decided it ourselves. */
export function freshLastCommit(
  previous: PreviousHeight | undefined,
  storedLastCommit: Commit | undefined,
  schedule: ValidatorSchedule,
): Commit | undefined {
  const lastValidators = schedule.lastValidators
  if (previous === undefined || lastValidators === undefined) return storedLastCommit
  const precommits = previous.keeper.votes(previous.round, 'precommit')
  return buildCommit(schedule.height - 1n, previous.round, previous.blockId, lastValidators, precommits)
}

/** BFT time of the block being proposed: genesis time at the initial height. */
export function proposalTime(
  lastCommit: Commit | undefined,
  schedule: ValidatorSchedule,
  previousBlockTime: Timestamp,
): Timestamp {
  const lastValidators = schedule.lastValidators
  if (lastCommit === undefined || lastValidators === undefined) return previousBlockTime
  return blockTimeFromCommit(lastCommit, lastValidators, previousBlockTime)
}
