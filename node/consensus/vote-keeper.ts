// Tallies voting power per (round, vote type, value) for one height and turns raw votes into the
// threshold events the driver needs (2f+1 = more than 2/3 of total power, f+1 = more than 1/3), each
// emitted once. A validator counts once per (round, type); a second, different vote is equivocation and
// is kept as duplicate-vote evidence. Signatures are checked by the caller before votes come here.
import { ConsensusError } from './errors.js'
import type { Height, Round, ValueId, Vote, VoteType } from './types.js'
import { bytesEqual, compareBytes, toHex, valueIdOf, voteTypeOf } from './types.js'
import type { ValidatorSet } from './validator-set.js'

export type ThresholdEvent =
  | { kind: 'PolkaAny'; round: Round }
  | { kind: 'PolkaNil'; round: Round }
  | { kind: 'PolkaValue'; round: Round; value: ValueId }
  | { kind: 'PrecommitAny'; round: Round }
  | { kind: 'PrecommitValue'; round: Round; value: ValueId }
  | { kind: 'SkipRound'; round: Round }

export interface DuplicateVote {
  /** Ordered as CometBFT orders them: voteA has the smaller block id. */
  voteA: Vote
  voteB: Vote
  validatorPower: bigint
  totalVotingPower: bigint
}

export type AddVoteResult =
  | { status: 'added'; events: ThresholdEvent[] }
  | { status: 'duplicate' }
  | { status: 'equivocation'; evidence: DuplicateVote }

const NIL = 'nil'

/** 2f+1: strictly more than two thirds, in integers. */
export const isQuorum = (power: bigint, total: bigint): boolean => power * 3n > total * 2n
/** f+1: strictly more than one third. */
export const isHonestShare = (power: bigint, total: bigint): boolean => power * 3n > total

class Tally {
  readonly byValidator = new Map<string, Vote>()
  readonly powerByValue = new Map<string, bigint>()
  total = 0n

  add(key: string, vote: Vote, value: string, power: bigint): void {
    this.byValidator.set(key, vote)
    this.powerByValue.set(value, (this.powerByValue.get(value) ?? 0n) + power)
    this.total += power
  }
}

class RoundVotes {
  readonly prevote = new Tally()
  readonly precommit = new Tally()
  /** Power of distinct validators with any vote in this round (for L55). */
  readonly voters = new Map<string, bigint>()
  voterPower = 0n
  readonly emitted = new Set<string>()
}

export class VoteKeeper {
  private readonly rounds = new Map<Round, RoundVotes>()
  private readonly evidence = new Map<string, DuplicateVote>()

  constructor(
    readonly height: Height,
    readonly validators: ValidatorSet,
  ) {}

  /** Counts a vote whose signature the caller verified. Throws on votes that can never count. */
  addVote(vote: Vote): AddVoteResult {
    const type = voteTypeOf(vote.type)
    if (type === undefined)
      throw new ConsensusError('INVALID_VOTE', `vote type ${vote.type} is not prevote or precommit`)
    if (vote.height !== this.height) {
      throw new ConsensusError('WRONG_HEIGHT', `vote for height ${vote.height}, keeper is at ${this.height}`)
    }
    if (!Number.isInteger(vote.round) || vote.round < 0) {
      throw new ConsensusError('INVALID_VOTE', `vote round ${vote.round} is not a non-negative integer`)
    }
    const validator = this.validators.validators[vote.validatorIndex]
    if (validator === undefined || !bytesEqual(validator.address, vote.validatorAddress)) {
      throw new ConsensusError(
        'UNKNOWN_VALIDATOR',
        `no validator ${toHex(vote.validatorAddress)} at index ${vote.validatorIndex}`,
      )
    }
    const key = toHex(vote.validatorAddress)
    const value = valueIdOf(vote.blockId) ?? NIL
    const round = this.roundVotes(vote.round)
    const tally = round[type]
    const existing = tally.byValidator.get(key)
    if (existing !== undefined) {
      if ((valueIdOf(existing.blockId) ?? NIL) === value) return { status: 'duplicate' }
      return {
        status: 'equivocation',
        evidence: this.recordEvidence(key, type, existing, vote, validator.power),
      }
    }
    tally.add(key, vote, value, validator.power)
    if (!round.voters.has(key)) {
      round.voters.set(key, validator.power)
      round.voterPower += validator.power
    }
    return { status: 'added', events: this.newEvents(vote.round, type, value, round) }
  }

  private recordEvidence(
    key: string,
    type: VoteType,
    first: Vote,
    second: Vote,
    power: bigint,
  ): DuplicateVote {
    const id = `${key}/${first.round}/${type}`
    const known = this.evidence.get(id)
    if (known !== undefined) return known
    const [voteA, voteB] = compareBlockIds(first, second) < 0 ? [first, second] : [second, first]
    const dup = { voteA, voteB, validatorPower: power, totalVotingPower: this.validators.totalPower }
    this.evidence.set(id, dup)
    return dup
  }

  private newEvents(r: Round, type: VoteType, value: string, round: RoundVotes): ThresholdEvent[] {
    const total = this.validators.totalPower
    const tally = round[type]
    const events: ThresholdEvent[] = []
    const once = (id: string, event: ThresholdEvent) => {
      if (round.emitted.has(id)) return
      round.emitted.add(id)
      events.push(event)
    }
    if (isHonestShare(round.voterPower, total)) once('skip', { kind: 'SkipRound', round: r })
    if (isQuorum(tally.powerByValue.get(value)!, total)) {
      if (type === 'prevote') {
        once(
          `pv:${value}`,
          value === NIL ? { kind: 'PolkaNil', round: r } : { kind: 'PolkaValue', round: r, value },
        )
      } else if (value !== NIL) once(`pc:${value}`, { kind: 'PrecommitValue', round: r, value })
    }
    if (isQuorum(tally.total, total)) {
      once(
        `${type}:any`,
        type === 'prevote' ? { kind: 'PolkaAny', round: r } : { kind: 'PrecommitAny', round: r },
      )
    }
    return events
  }

  private roundVotes(round: Round): RoundVotes {
    let votes = this.rounds.get(round)
    if (votes === undefined) {
      votes = new RoundVotes()
      this.rounds.set(round, votes)
    }
    return votes
  }

  /** Voting power behind `value` (null = nil) for (round, type). */
  powerFor(round: Round, type: VoteType, value: ValueId | null): bigint {
    return this.rounds.get(round)?.[type].powerByValue.get(value ?? NIL) ?? 0n
  }

  hasQuorumFor(round: Round, type: VoteType, value: ValueId | null): boolean {
    return isQuorum(this.powerFor(round, type, value), this.validators.totalPower)
  }

  hasQuorumAny(round: Round, type: VoteType): boolean {
    return isQuorum(this.rounds.get(round)?.[type].total ?? 0n, this.validators.totalPower)
  }

  /** The non-nil value with 2f+1 votes of `type` in `round`, if any (at most one can exist). */
  quorumValue(round: Round, type: VoteType): ValueId | undefined {
    const tally = this.rounds.get(round)?.[type]
    if (tally === undefined) return undefined
    for (const [value, power] of tally.powerByValue) {
      if (value !== NIL && isQuorum(power, this.validators.totalPower)) return value
    }
    return undefined
  }

  /** Rounds above `round` where validators with more than 1/3 of the power have voted. */
  highestSkipRound(round: Round): Round | undefined {
    let best: Round | undefined
    for (const [r, votes] of this.rounds) {
      if (
        r > round &&
        (best === undefined || r > best) &&
        isHonestShare(votes.voterPower, this.validators.totalPower)
      ) {
        best = r
      }
    }
    return best
  }

  /** True when this exact signed vote is already counted (cheap check before verifying a signature). */
  hasExact(vote: Vote): boolean {
    const type = voteTypeOf(vote.type)
    if (type === undefined) return false
    const existing = this.rounds.get(vote.round)?.[type].byValidator.get(toHex(vote.validatorAddress))
    return existing !== undefined && bytesEqual(existing.signature, vote.signature)
  }

  /** Votes of `type` in `round`, in validator-set order. */
  votes(round: Round, type: VoteType): Vote[] {
    const tally = this.rounds.get(round)?.[type]
    if (tally === undefined) return []
    return [...tally.byValidator.values()].sort((a, b) => a.validatorIndex - b.validatorIndex)
  }

  /** Rounds that hold at least one vote, ascending. */
  roundsWithVotes(): Round[] {
    return [...this.rounds.keys()].sort((a, b) => a - b)
  }

  allEvidence(): DuplicateVote[] {
    return [...this.evidence.values()]
  }
}

/** CometBFT orders the votes of DuplicateVoteEvidence by BlockID.Key(): hash, then part-set header. */
function compareBlockIds(a: Vote, b: Vote): number {
  const byHash = compareBytes(a.blockId?.hash ?? new Uint8Array(), b.blockId?.hash ?? new Uint8Array())
  if (byHash !== 0) return byHash
  return compareBytes(
    a.blockId?.partSetHeader.hash ?? new Uint8Array(),
    b.blockId?.partSetHeader.hash ?? new Uint8Array(),
  )
}
