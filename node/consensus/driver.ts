// The consensus driver: owns timers, the WAL and the signer, feeds verified proposals and votes to
// the keepers, derives state-machine inputs (input-mux) and carries out the machine's outputs. All
// work runs on one serial queue, so the state machine sees one input at a time in a defined order.
import type { Commit } from 'cosmjs-types/tendermint/types/types'
import { voteTime } from './block-time.js'
import type { TimerHandle } from './clock.js'
import { BlockIDFlag, buildCommit, verifyCommit } from './commit.js'
import type { WalRecord } from './consensus-wal.js'
import type { DriverOptions, DriverStart, DriverStatus } from './driver-options.js'
import type { CommitOutcome, DecidedBlock, DriverEvents, ProposalMessage, Verdict } from './driver-types.js'
import { ConsensusError, isConsensusError } from './errors.js'
import { HeightState } from './height-state.js'
import { nextInput } from './input-mux.js'
import {
  ignore,
  proposalShapeError,
  proposalSignatureError,
  reject,
  voteShapeError,
  voteSigner,
} from './message-checks.js'
import { freshLastCommit, type PreviousHeight, proposalTime } from './previous-height.js'
import type { KeptProposal } from './proposal-keeper.js'
import type { RoundInput } from './round-input.js'
import { applyRoundInput } from './round-machine.js'
import type { RoundOutput, TimeoutStep } from './round-output.js'
import { DEFAULT_TIMEOUTS, type TimeoutConfig, timeoutFor } from './timeouts.js'
import type { Height, Proposal, Round, Timestamp, Vote } from './types.js'
import {
  bytesEqual,
  msgTypeOf,
  NIL_BLOCK_ID,
  SignedMsgType,
  timestampFromMs,
  toHex,
  valueIdOf,
} from './types.js'
import { advanceSchedule, type ValidatorSchedule } from './validator-schedule.js'
import type { Validator, ValidatorSet } from './validator-set.js'
import type { DuplicateVote } from './vote-keeper.js'
import { lockFromOwnPrecommits, ownProposalsIn } from './wal-replay.js'

export type { DriverOptions, DriverStart, DriverStatus }

type Buffered<B> = { kind: 'vote'; vote: Vote } | { kind: 'proposal'; msg: ProposalMessage<B> }

export class ConsensusDriver<B> {
  private readonly timeouts: TimeoutConfig
  private readonly events: DriverEvents<B>
  private queue: Promise<unknown> = Promise.resolve()
  private hs!: HeightState<B>
  private last?: PreviousHeight
  private lastCommit?: Commit
  private previousBlockTime!: Timestamp
  private buffered: Buffered<B>[] = []
  private readonly evidence = new Map<string, DuplicateVote>()
  private proposerCache: ValidatorSet[] = []
  private replayOwnProposals = new Map<Round, ProposalMessage<B>>()
  private replaying = false
  private stopped = false
  /** The height whose start waits for the previous height's missing precommits (see `finalize`). */
  private gatheringFor?: bigint
  private started = false
  private rebroadcastTimer?: TimerHandle
  /** When round 0 of the current height began: the commit timeout counts from here. */
  private heightStartedAt = 0
  private readonly maxRoundsAhead: number
  /** A decided block whose execution failed (an upgrade halt, a consensus failure): see `unappliedDecision`. */
  private unapplied?: DecidedBlock<B>

  constructor(private readonly opts: DriverOptions<B>) {
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts }
    this.events = opts.events ?? {}
    this.maxRoundsAhead = opts.maxRoundsAhead ?? 1000
  }

  // ---- public API -------------------------------------------------------------------------------

  /** Replays the WAL for `start.schedule.height` (if any), then enters round 0. */
  start(start: DriverStart): Promise<void> {
    if (this.started) return Promise.reject(new Error('driver already started'))
    this.started = true
    return this.run(async () => {
      this.enterHeight(start.schedule, start.lastCommit, start.previousBlockTime)
      const records = this.opts.wal?.replayFor(start.schedule.height) ?? []
      const pv = this.opts.privValidator
      this.replayOwnProposals =
        pv === undefined
          ? new Map()
          : ownProposalsIn(
              records,
              pv.address,
              (r) => this.proposerFor(r).address,
              (b) => this.opts.app.decodeBlock(b),
            )
      await this.startRound0()
      if (records.length > 0) await this.replay(records)
      this.armRebroadcast()
    })
  }

  stop(): void {
    this.stopped = true
    if (this.hs !== undefined) this.clearTimers()
    if (this.rebroadcastTimer !== undefined) this.opts.clock.clearTimer(this.rebroadcastTimer)
  }

  receiveVote(vote: Vote): Promise<Verdict> {
    if (!this.started) return Promise.resolve(ignore('consensus not started'))
    return this.run(() => this.handleVote(vote, false))
  }

  receiveProposal(msg: ProposalMessage<B>): Promise<Verdict> {
    if (!this.started) return Promise.resolve(ignore('consensus not started'))
    if (msg === null || typeof msg !== 'object' || msg.block === undefined) {
      return Promise.resolve(
        reject(new ConsensusError('INVALID_PROPOSAL', 'proposal message without a block')),
      )
    }
    return this.run(() => this.handleProposal(msg, false))
  }

  /** Catch-up: a block for the current height with a commit (from block sync) decides the height. */
  receiveCommittedBlock(block: B, commit: Commit): Promise<Verdict> {
    if (!this.started) return Promise.resolve(ignore('consensus not started'))
    return this.run(async () => {
      const hs = this.hs
      if (hs.decided) return ignore(`height ${hs.height} is already decided`)
      if (commit.height !== hs.height) {
        return ignore(`commit is for height ${commit.height}, consensus is at height ${hs.height}`)
      }
      try {
        verifyCommit(
          this.opts.chainId,
          hs.schedule.validators,
          this.opts.app.blockId(block),
          hs.height,
          commit,
        )
      } catch (err) {
        return reject(err)
      }
      await this.finalize(block, commit, commit.round)
      return { kind: 'accept' }
    })
  }

  status(): DriverStatus {
    if (this.hs === undefined) return { height: 0n, round: -1, step: 'unstarted' }
    const s = this.hs.round
    return { height: s.height, round: s.round, step: s.step, locked: s.locked, valid: s.valid }
  }

  get schedule(): ValidatorSchedule {
    return this.hs.schedule
  }

  /**
   * The block this height decided, with the +2/3 precommits that decided it, when executing it failed and
   * stopped the driver. At an upgrade height every honest node stops there, so the node that stops first
   * serves this to slower peers, which could not otherwise reach the same decision once it is gone.
   */
  unappliedDecision(): DecidedBlock<B> | undefined {
    return this.unapplied
  }

  /** Votes held for the current height (for sync responses to lagging peers). */
  currentVotes(): Vote[] {
    if (this.hs === undefined) return []
    const keeper = this.hs.votes
    return keeper
      .roundsWithVotes()
      .flatMap((r) => [...keeper.votes(r, 'prevote'), ...keeper.votes(r, 'precommit')])
  }

  /** Duplicate votes seen and not yet marked committed. */
  pendingEvidence(): DuplicateVote[] {
    return [...this.evidence.values()]
  }

  markEvidenceCommitted(evidence: DuplicateVote): void {
    this.evidence.delete(evidenceKey(evidence))
  }

  /** Resolves once every queued task has run (tests and shutdown). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined)
  }

  // ---- queue ------------------------------------------------------------------------------------

  private run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.queue.then(async () => {
      if (this.stopped) throw new ConsensusError('DRIVER_STOPPED', 'the consensus driver is stopped')
      return task()
    })
    this.queue = result.catch((err) => {
      if (!isConsensusError(err, 'DRIVER_STOPPED')) this.fail(err)
    })
    return result
  }

  private fail(err: unknown): void {
    if (this.stopped) return
    this.stop()
    this.events.onFatal?.(err instanceof Error ? err : new Error(String(err)))
  }

  // ---- heights and rounds -----------------------------------------------------------------------

  private enterHeight(
    schedule: ValidatorSchedule,
    lastCommit: Commit | undefined,
    previousBlockTime: Timestamp,
  ): void {
    this.hs = new HeightState<B>(schedule)
    this.lastCommit = lastCommit
    this.previousBlockTime = previousBlockTime
    this.proposerCache = []
    this.events.onNewHeight?.(schedule)
  }

  private async startRound0(): Promise<void> {
    this.gatheringFor = undefined
    this.heightStartedAt = this.opts.clock.now()
    await this.apply({ kind: 'NewRound', round: 0, isProposer: this.isProposer(0) })
    await this.drainBuffered()
    await this.evaluate()
  }

  /** Proposers by round, extended one rotation step at a time so far rounds cost O(rounds · n) in total. */
  private proposerFor(round: Round): Validator {
    const cache = this.proposerCache
    if (cache.length === 0) cache.push(this.hs.schedule.validators)
    while (cache.length <= round) cache.push(cache[cache.length - 1]!.incremented(1))
    return cache[round]!.proposer
  }

  private isProposer(round: Round): boolean {
    const pv = this.opts.privValidator
    return pv !== undefined && bytesEqual(this.proposerFor(round).address, pv.address)
  }

  /**
   * A peer's proposal or vote for this height while we still wait out the block interval means the height has
   * begun elsewhere: we start round 0 now instead of at our own timer. A node that fell behind by a GC pause or
   * a slow commit would otherwise stay that far behind for good (each height starts `commitMs` after its own
   * last start), find every height already decided when it starts, follow without voting, and be counted as
   * missing from every block it does not propose: jailed for downtime while it is up. CometBFT resynchronises
   * the same way, by entering a round as soon as it sees the others in it.
   */
  private async evaluateOrJoin(): Promise<void> {
    if (this.hs.round.step === 'unstarted' && !this.hs.decided && !this.replaying) return this.startRound0()
    return this.evaluate()
  }

  /** Applies inputs derived from the message log until nothing more applies. */
  private async evaluate(): Promise<void> {
    for (;;) {
      const hs = this.hs
      if (this.stopped || hs.decided) return
      const input = nextInput(hs.round, hs.votes, hs.proposals, hs.fired)
      if (input === undefined) return
      await this.apply(input)
    }
  }

  private async apply(input: RoundInput): Promise<void> {
    const hs = this.hs
    const { state, outputs } = applyRoundInput(hs.round, input)
    hs.round = state
    for (const output of outputs) {
      if (this.hs !== hs || this.stopped) return
      await this.perform(output)
    }
  }

  private async perform(out: RoundOutput): Promise<void> {
    switch (out.kind) {
      case 'NewRound':
        return this.apply({ kind: 'NewRound', round: out.round, isProposer: this.isProposer(out.round) })
      case 'GetValue':
        return this.getValue(out.round)
      case 'Proposal':
        return this.signAndSendProposal(out.round, out.value, out.validRound)
      case 'Vote':
        return this.signAndSendVote(out.type, out.round, out.value)
      case 'ScheduleTimeout':
        return this.scheduleTimeout(out.step, out.round)
      case 'Decide': {
        const hs = this.hs
        hs.decided = true
        const block = hs.proposals.block(out.value)!
        const blockId = this.opts.app.blockId(block)
        const commit = buildCommit(
          hs.height,
          out.round,
          blockId,
          hs.schedule.validators,
          hs.votes.votes(out.round, 'precommit'),
        )
        return this.finalize(block, commit, out.round)
      }
    }
  }

  private async finalize(block: B, commit: Commit, round: Round): Promise<void> {
    const hs = this.hs
    hs.decided = true
    this.clearTimers()
    let outcome: CommitOutcome
    try {
      outcome = await this.opts.app.commit(block, commit, { height: hs.height, round })
    } catch (err) {
      this.unapplied = { block, commit }
      throw err
    }
    this.opts.wal?.endHeight(hs.height)
    this.events.onDecide?.(hs.height, round, block, commit)
    const blockId = this.opts.app.blockId(block)
    this.last = { keeper: hs.votes, round, blockId, ownPrecommit: hs.ownVotes.get(`precommit/${round}`) }
    this.enterHeight(
      advanceSchedule(hs.schedule, outcome.validatorUpdates),
      commit,
      this.opts.app.blockTime(block),
    )
    const height = this.hs.height
    // CometBFT's next_block_delay: the next height starts commitMs after this one started, so the time spent
    // executing and persisting the block is part of the interval instead of added to it.
    const elapsed = this.opts.clock.now() - this.heightStartedAt
    const due = Math.max(0, this.timeouts.commitMs - elapsed)
    // Behind schedule (a slow execution, a loaded machine), starting at once would let the next proposer's
    // last commit hold only the first +2/3 precommits: a live validator whose precommit came a moment later
    // would be counted as missing from nearly every block, and jailed for downtime. So when a precommit of
    // the decided round is still missing, wait for it up to half the interval, and start as soon as the last
    // one arrives (`addLatePrecommit`). CometBFT waits timeout_commit after every commit for the same reason,
    // and skips it once every precommit is in (skip_timeout_commit).
    const gather = this.allPrecommitted() ? 0 : Math.floor(this.timeouts.commitMs / 2)
    this.gatheringFor = due < gather ? height : undefined
    this.opts.clock.setTimer(Math.max(due, gather), () => {
      void this.run(async () => {
        if (this.hs.height === height && this.hs.round.step === 'unstarted') await this.startRound0()
      }).catch(() => undefined)
    })
  }

  /**
   * Every validator of the previous height has a precommit in its decided round (block or nil): in the
   * commit it was decided by, or arrived since.
   */
  private allPrecommitted(): boolean {
    const last = this.last
    const commit = this.lastCommit
    if (last === undefined || commit === undefined) return false
    const present = new Set(last.keeper.votes(last.round, 'precommit').map((v) => v.validatorIndex))
    commit.signatures.forEach((sig, i) => {
      if (sig.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_ABSENT) present.add(i)
    })
    return present.size >= last.keeper.validators.size
  }

  // ---- timeouts ---------------------------------------------------------------------------------

  private scheduleTimeout(step: TimeoutStep, round: Round): void {
    const hs = this.hs
    const key = `${step}/${round}`
    if (hs.timers.has(key)) return
    const height = hs.height
    const handle = this.opts.clock.setTimer(timeoutFor(this.timeouts, step, round), () => {
      void this.run(() => this.onTimeout(height, round, step)).catch(() => undefined)
    })
    hs.timers.set(key, handle)
  }

  private async onTimeout(height: Height, round: Round, step: TimeoutStep): Promise<void> {
    if (this.hs.height !== height || this.hs.decided) return
    if (!this.replaying) this.opts.wal?.write({ kind: 'timeout', height, round, step }, false)
    const kind =
      step === 'propose' ? 'TimeoutPropose' : step === 'prevote' ? 'TimeoutPrevote' : 'TimeoutPrecommit'
    await this.apply({ kind, round })
    await this.evaluate()
  }

  private clearTimers(): void {
    for (const handle of this.hs.timers.values()) this.opts.clock.clearTimer(handle)
    this.hs.timers.clear()
  }

  private armRebroadcast(): void {
    const every = this.opts.rebroadcastMs ?? 2000
    if (every <= 0 || this.stopped) return
    this.rebroadcastTimer = this.opts.clock.setTimer(every, () => {
      void this.run(() => {
        this.rebroadcast()
        this.armRebroadcast()
      }).catch(() => undefined)
    })
  }

  private rebroadcast(): void {
    const hs = this.hs
    const round = hs.round.round
    if (hs.ownProposal?.proposal.round === round) this.opts.network.broadcastProposal(hs.ownProposal)
    // Own votes of this and the previous round, plus those of the POL and lock rounds a re-proposal cites.
    const cited = new Set([hs.round.valid?.round, hs.round.locked?.round])
    for (const vote of hs.ownVotes.values()) {
      if (vote.round >= round - 1 || cited.has(vote.round)) this.opts.network.broadcastVote(vote)
    }
    // Peers still finishing the previous height need our precommit to reach 2/3.
    if (this.last?.ownPrecommit !== undefined) this.opts.network.broadcastVote(this.last.ownPrecommit)
  }

  // ---- proposing --------------------------------------------------------------------------------

  private async getValue(round: Round): Promise<void> {
    const hs = this.hs
    const replayed = this.replayOwnProposals.get(round)
    if (replayed !== undefined) {
      await this.handleProposal(replayed, true)
      return this.apply({ kind: 'ProposeValue', round, value: valueIdOf(replayed.proposal.blockId)! })
    }
    if (hs.pendingValues.has(round)) return
    hs.pendingValues.add(round)
    const lastCommit = freshLastCommit(this.last, this.lastCommit, hs.schedule)
    const ctx = {
      height: hs.height,
      round,
      proposerAddress: this.opts.privValidator!.address,
      time: proposalTime(lastCommit, hs.schedule, this.previousBlockTime),
      lastCommit,
      validators: hs.schedule.validators,
      nextValidators: hs.schedule.nextValidators,
      evidence: this.pendingEvidence(),
    }
    // Building a block can take a while; other messages keep flowing meanwhile.
    Promise.resolve()
      .then(() => this.opts.app.propose(ctx))
      .then(
        (block) =>
          this.run(async () => {
            if (this.hs !== hs || hs.round.round !== round || hs.round.step !== 'propose') return
            const value = valueIdOf(this.opts.app.blockId(block))
            if (value === null) return this.events.onWarn?.('app proposed a block with an empty hash')
            hs.proposals.addBlock(value, block)
            await this.apply({ kind: 'ProposeValue', round, value })
            await this.evaluate()
          }).catch(() => undefined),
        (err) => this.events.onWarn?.(`propose(${hs.height}, ${round}) failed`, err),
      )
  }

  private async signAndSendProposal(round: Round, value: string, validRound: Round): Promise<void> {
    const hs = this.hs
    const pv = this.opts.privValidator
    const block = hs.proposals.block(value)
    if (pv === undefined || block === undefined) return
    let proposal: Proposal = {
      type: SignedMsgType.SIGNED_MSG_TYPE_PROPOSAL,
      height: hs.height,
      round,
      polRound: validRound,
      blockId: this.opts.app.blockId(block),
      timestamp: timestampFromMs(this.opts.clock.now()),
      signature: new Uint8Array(),
    }
    try {
      proposal = pv.signProposal(this.opts.chainId, proposal)
    } catch (err) {
      if (!isConsensusError(err, 'DOUBLE_SIGN_REFUSED')) throw err
      return this.events.onWarn?.(err.message)
    }
    const msg = { proposal, block }
    this.opts.wal?.write({ kind: 'proposal', proposal, block: this.opts.app.encodeBlock(block) }, true)
    hs.ownProposal = msg
    this.opts.network.broadcastProposal(msg)
    await this.handleProposal(msg, true)
  }

  private async signAndSendVote(
    type: 'prevote' | 'precommit',
    round: Round,
    value: string | null,
  ): Promise<void> {
    const hs = this.hs
    const pv = this.opts.privValidator
    if (pv === undefined) return
    const index = hs.schedule.validators.indexOf(pv.address)
    if (index < 0) return
    const block = value === null ? undefined : hs.proposals.block(value)
    if (value !== null && block === undefined) return
    const now = timestampFromMs(this.opts.clock.now())
    let vote: Vote = {
      type: msgTypeOf(type),
      height: hs.height,
      round,
      blockId: block === undefined ? NIL_BLOCK_ID : this.opts.app.blockId(block),
      timestamp: voteTime(now, block === undefined ? undefined : this.opts.app.blockTime(block)),
      validatorAddress: pv.address,
      validatorIndex: index,
      signature: new Uint8Array(),
      extension: new Uint8Array(),
      extensionSignature: new Uint8Array(),
    }
    try {
      vote = pv.signVote(this.opts.chainId, vote)
    } catch (err) {
      if (!isConsensusError(err, 'DOUBLE_SIGN_REFUSED')) throw err
      return this.events.onWarn?.(err.message)
    }
    // Durable before it leaves the node: a restart replays it instead of voting afresh.
    this.opts.wal?.write({ kind: 'vote', vote }, true)
    hs.ownVotes.set(`${type}/${round}`, vote)
    this.opts.network.broadcastVote(vote)
    if (this.opts.misbehavior === 'double-prevote' && type === 'prevote' && value !== null) {
      this.opts.network.broadcastVote(
        pv.signVoteUnguarded(this.opts.chainId, { ...vote, blockId: NIL_BLOCK_ID }),
      )
    }
    await this.handleVote(vote, true)
  }

  // ---- inbound ----------------------------------------------------------------------------------

  private async handleVote(vote: Vote, own: boolean): Promise<Verdict> {
    const hs = this.hs
    const shape = voteShapeError(vote)
    if (shape !== undefined) return reject(shape)
    if (vote.height === hs.height + 1n || (vote.height === hs.height && hs.decided)) {
      return this.buffer({ kind: 'vote', vote })
    }
    if (vote.height === hs.height - 1n && this.last !== undefined) {
      const verdict = this.addLatePrecommit(vote)
      if (verdict.kind === 'accept' && this.gatheringFor === hs.height && hs.round.step === 'unstarted')
        if (this.allPrecommitted()) await this.startRound0()
      return verdict
    }
    if (vote.height !== hs.height) return ignore(`vote for height ${vote.height}, at ${hs.height}`)
    if (vote.round > hs.round.round + this.maxRoundsAhead) return ignore('vote too many rounds ahead')
    if (hs.votes.hasExact(vote)) return ignore('duplicate vote')
    const signer = voteSigner(this.opts.chainId, hs.schedule.validators, vote, !own)
    if (signer instanceof ConsensusError) return reject(signer)
    const result = hs.votes.addVote(vote)
    if (result.status === 'duplicate') return ignore('duplicate vote')
    if (result.status === 'equivocation') {
      this.recordEvidence(result.evidence)
      return ignore('conflicting vote kept as evidence')
    }
    if (!own && !this.replaying) this.opts.wal?.write({ kind: 'vote', vote }, false)
    if (!own) await this.evaluateOrJoin()
    return { kind: 'accept' }
  }

  /** Precommits for the previous height still improve the last commit the next proposer includes. */
  private addLatePrecommit(vote: Vote): Verdict {
    const keeper = this.last!.keeper
    if (vote.type !== SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT)
      return ignore('prevote for the previous height')
    if (keeper.hasExact(vote)) return ignore('duplicate vote')
    const signer = voteSigner(this.opts.chainId, keeper.validators, vote, true)
    if (signer instanceof ConsensusError) return reject(signer)
    const result = keeper.addVote(vote)
    if (result.status === 'equivocation') this.recordEvidence(result.evidence)
    return result.status === 'added' ? { kind: 'accept' } : ignore(result.status)
  }

  private async handleProposal(msg: ProposalMessage<B>, own: boolean): Promise<Verdict> {
    const hs = this.hs
    const p = msg.proposal
    const shape = proposalShapeError(p)
    if (shape !== undefined) return reject(shape)
    if (p.height === hs.height + 1n || (p.height === hs.height && hs.decided)) {
      return this.buffer({ kind: 'proposal', msg })
    }
    if (p.height !== hs.height) return ignore(`proposal for height ${p.height}, at ${hs.height}`)
    if (p.round > hs.round.round + this.maxRoundsAhead) return ignore('proposal too many rounds ahead')
    const badSignature = own
      ? undefined
      : proposalSignatureError(this.opts.chainId, this.proposerFor(p.round), p)
    if (badSignature !== undefined) return reject(badSignature)
    let value: string | null
    try {
      value = valueIdOf(this.opts.app.blockId(msg.block))
    } catch (err) {
      return reject(new ConsensusError('INVALID_PROPOSAL', `undecodable block: ${(err as Error).message}`))
    }
    if (value === null || value !== valueIdOf(p.blockId)) {
      return reject(new ConsensusError('INVALID_PROPOSAL', 'block does not match the proposal block id'))
    }
    const existing = hs.proposals.get(p.round)
    if (existing !== undefined) {
      return existing.value === value
        ? ignore('duplicate proposal')
        : reject(new ConsensusError('INVALID_PROPOSAL', `second, different proposal for round ${p.round}`))
    }
    if (!own && !this.replaying) {
      this.opts.wal?.write(
        { kind: 'proposal', proposal: p, block: this.opts.app.encodeBlock(msg.block) },
        false,
      )
    }
    const kept: KeptProposal<B> = { msg, value }
    hs.proposals.add(p.round, kept)
    kept.valid = await this.validate(msg.block, p.round)
    if (!own) await this.evaluateOrJoin()
    return { kind: 'accept' }
  }

  private async validate(block: B, round: Round): Promise<boolean> {
    const hs = this.hs
    try {
      return await this.opts.app.validate(block, {
        height: hs.height,
        round,
        proposerAddress: this.proposerFor(round).address,
        lastValidators: hs.schedule.lastValidators,
        validators: hs.schedule.validators,
        nextValidators: hs.schedule.nextValidators,
        previousBlockTime: this.previousBlockTime,
      })
    } catch (err) {
      this.events.onWarn?.(`validate(${hs.height}, ${round}) threw; treating the block as invalid`, err)
      return false
    }
  }

  private buffer(item: Buffered<B>): Verdict {
    if (this.buffered.length >= (this.opts.maxBufferedMessages ?? 10_000))
      return ignore('next-height buffer full')
    this.buffered.push(item)
    return ignore('buffered for the next height')
  }

  private async drainBuffered(): Promise<void> {
    const items = this.buffered
    this.buffered = []
    for (const item of items) {
      if (item.kind === 'vote') await this.handleVote(item.vote, false)
      else await this.handleProposal(item.msg, false)
    }
  }

  private recordEvidence(evidence: DuplicateVote): void {
    const key = evidenceKey(evidence)
    if (this.evidence.has(key)) return
    this.evidence.set(key, evidence)
    this.opts.network.broadcastEvidence(evidence)
    this.events.onEvidence?.(evidence)
  }

  // ---- WAL replay -------------------------------------------------------------------------------

  /** Re-feeds the height's logged messages and timeouts in their original order. */
  private async replay(records: WalRecord[]): Promise<void> {
    this.replaying = true
    try {
      for (const r of records) {
        if (this.hs.decided) break
        if (r.kind === 'vote') await this.handleVote(r.vote, false)
        else if (r.kind === 'proposal') {
          await this.handleProposal(
            { proposal: r.proposal, block: this.opts.app.decodeBlock(r.block) },
            false,
          )
        } else if (r.kind === 'timeout') await this.onTimeout(r.height, r.round, r.step)
      }
      const pv = this.opts.privValidator
      if (pv !== undefined)
        this.hs.round = lockFromOwnPrecommits(this.hs.round, this.hs.votes, this.hs.proposals, pv.address)
    } finally {
      this.replaying = false
    }
    await this.evaluate()
  }
}

function evidenceKey(e: DuplicateVote): string {
  return `${toHex(e.voteA.validatorAddress)}/${e.voteA.height}/${e.voteA.round}/${e.voteA.type}`
}
