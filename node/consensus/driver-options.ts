// How the node configures and starts a driver, and what it can ask the driver about its progress.
import type { Commit } from 'cosmjs-types/tendermint/types/types'
import type { Clock } from './clock.js'
import type { ConsensusWal } from './consensus-wal.js'
import type { ConsensusApp, ConsensusNetwork, DriverEvents } from './driver-types.js'
import type { PrivValidator } from './priv-validator.js'
import type { RoundValue, Step } from './round-state.js'
import type { TimeoutConfig } from './timeouts.js'
import type { Height, Round, Timestamp } from './types.js'
import type { ValidatorSchedule } from './validator-schedule.js'

export interface DriverOptions<B> {
  chainId: string
  app: ConsensusApp<B>
  network: ConsensusNetwork<B>
  clock: Clock
  timeouts?: Partial<TimeoutConfig>
  /** Absent on full nodes: they follow consensus but never sign. */
  privValidator?: PrivValidator
  wal?: ConsensusWal
  events?: DriverEvents<B>
  /** Own proposal and votes of the current round are re-sent this often (gossip is lossy). */
  rebroadcastMs?: number
  /** Votes and proposals further ahead than this many rounds are ignored (bounds memory). */
  maxRoundsAhead?: number
  /** Messages for the next height kept until this node gets there. */
  maxBufferedMessages?: number
  /**
   * Test-only: make this validator byzantine so testnets can check evidence handling.
   * 'double-prevote' sends, next to every non-nil prevote, a conflicting nil prevote for the same round.
   */
  misbehavior?: 'double-prevote'
}

export interface DriverStart {
  /** Validator sets for the height to decide now. */
  schedule: ValidatorSchedule
  /** Commit of height − 1, from the block store (undefined at the initial height). */
  lastCommit?: Commit
  /** Time of block height − 1, or the genesis time at the initial height. */
  previousBlockTime: Timestamp
}

export interface DriverStatus {
  height: Height
  round: Round
  step: Step
  locked?: RoundValue
  valid?: RoundValue
}
