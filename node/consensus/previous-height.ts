// What the driver keeps of the height it just decided: the precommits (late ones keep arriving and
// make the next block's last commit fuller), the decided block id, and our own precommit for peers
// still finishing that height.
import type { Commit } from 'cosmjs-types/tendermint/types/types'
import { blockTimeFromCommit } from './block-time.js'
import { BlockIDFlag, buildCommit } from './commit.js'
import type { BlockID, Round, Timestamp, Vote } from './types.js'
import type { ValidatorSchedule } from './validator-schedule.js'
import type { VoteKeeper } from './vote-keeper.js'

export interface PreviousHeight {
  keeper: VoteKeeper
  round: Round
  blockId: BlockID
  ownPrecommit?: Vote
}

/**
 * The last commit a proposer includes: the stored commit (from our decision or from block sync) with
 * every late precommit for the same block and round filled into its empty slots.
 */
export function freshLastCommit(
  previous: PreviousHeight | undefined,
  storedLastCommit: Commit | undefined,
  schedule: ValidatorSchedule,
): Commit | undefined {
  const lastValidators = schedule.lastValidators
  if (previous === undefined || lastValidators === undefined || storedLastCommit === undefined)
    return storedLastCommit
  if (storedLastCommit.round !== previous.round) return storedLastCommit
  const precommits = previous.keeper.votes(previous.round, 'precommit')
  const rebuilt = buildCommit(
    schedule.height - 1n,
    previous.round,
    previous.blockId,
    lastValidators,
    precommits,
  )
  const signatures = storedLastCommit.signatures.map((stored, i) => {
    const late = rebuilt.signatures[i]
    if (late === undefined || stored.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_COMMIT) return stored
    return late.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_ABSENT ? stored : late
  })
  return { ...storedLastCommit, signatures }
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
