// Everything the driver holds for the height it is deciding; dropped wholesale when the height ends.

import type { TimerHandle } from './clock.js'
import type { ProposalMessage } from './driver-types.js'
import { ProposalKeeper } from './proposal-keeper.js'
import { initialRoundState, type RoundState } from './round-state.js'
import type { Height, Vote } from './types.js'
import type { ValidatorSchedule } from './validator-schedule.js'
import { VoteKeeper } from './vote-keeper.js'

export class HeightState<B> {
  round: RoundState
  readonly votes: VoteKeeper
  readonly proposals = new ProposalKeeper<B>()
  /** Keys of "first time" rules already fired (see input-mux). */
  readonly fired = new Set<string>()
  readonly timers = new Map<string, TimerHandle>()
  /** Own signed messages of this height, re-broadcast until the height ends. */
  ownProposal?: ProposalMessage<B>
  readonly ownVotes = new Map<string, Vote>()
  /** Rounds whose getValue() call is in flight. */
  readonly pendingValues = new Set<number>()
  decided = false

  constructor(readonly schedule: ValidatorSchedule) {
    this.round = initialRoundState(schedule.height)
    this.votes = new VoteKeeper(schedule.height, schedule.validators)
  }

  get height(): Height {
    return this.schedule.height
  }
}
