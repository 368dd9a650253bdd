import { ed25519 } from '@noble/curves/ed25519.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock, type TimerHandle } from './clock.js'
import { buildCommit } from './commit.js'
import { ConsensusDriver } from './driver.js'
import type { ProposalMessage } from './driver-types.js'
import { MemoryLastSignStateStore } from './last-sign-state.js'
import { PrivValidator } from './priv-validator.js'
import { proposalSignBytes } from './sign-bytes.js'
import { signedVote, testKey } from './testing/keys.js'
import { FAST_TIMEOUTS } from './testing/simulation.js'
import { makeTestBlock, TestApp, type TestBlock } from './testing/test-block.js'
import { bytesEqual, type Proposal, SignedMsgType, toHex, type Vote } from './types.js'
import { genesisSchedule } from './validator-schedule.js'
import { ValidatorSet } from './validator-set.js'

const CHAIN = 'driver-chain'
const keys = [0, 1, 2, 3].map(testKey)
const set = ValidatorSet.create(keys.map((k) => ({ pubKey: ed25519.getPublicKey(k), power: 10n })))
const keyOf = (address: Uint8Array) =>
  keys.find((k) => bytesEqual(set.byAddress(address)?.pubKey ?? new Uint8Array(), ed25519.getPublicKey(k)))!
const proposerKey = (round: number) => keyOf(set.proposerForRound(round).address)
/** Our node: a validator that does not propose round 0 or 1. */
const me = keys.find((k) => k !== proposerKey(0) && k !== proposerKey(1))!
const others = keys.filter((k) => k !== me)

class RecordingClock extends ManualClock {
  readonly scheduled: number[] = []
  override setTimer(ms: number, fire: () => void): TimerHandle {
    this.scheduled.push(ms)
    return super.setTimer(ms, fire)
  }
}

let clock: RecordingClock
let app: TestApp
let sentVotes: Vote[]
let driver: ConsensusDriver<TestBlock>

function makeDriver(privKey?: Uint8Array): ConsensusDriver<TestBlock> {
  return new ConsensusDriver<TestBlock>({
    chainId: CHAIN,
    app,
    clock,
    timeouts: FAST_TIMEOUTS,
    rebroadcastMs: 0,
    privValidator:
      privKey === undefined ? undefined : new PrivValidator(privKey, new MemoryLastSignStateStore()),
    network: {
      broadcastProposal: () => undefined,
      broadcastVote: (v) => sentVotes.push(v),
      broadcastEvidence: () => undefined,
    },
  })
}

function proposal(
  round: number,
  block: TestBlock,
  key = proposerKey(round),
  polRound = -1,
): ProposalMessage<TestBlock> {
  const unsigned: Proposal = {
    type: SignedMsgType.SIGNED_MSG_TYPE_PROPOSAL,
    height: 1n,
    round,
    polRound,
    blockId: app.blockId(block),
    timestamp: { seconds: 1n, nanos: 0 },
    signature: new Uint8Array(),
  }
  return {
    proposal: { ...unsigned, signature: ed25519.sign(proposalSignBytes(CHAIN, unsigned), key) },
    block,
  }
}

const block = (payload: string) => makeTestBlock(1n, 'p', payload, { seconds: 1n, nanos: 0 })
const vote = (key: Uint8Array, type: 'prevote' | 'precommit', round: number, height = 1n) =>
  signedVote(set, key, { type, height, round }, CHAIN)

beforeEach(async () => {
  clock = new RecordingClock()
  app = new TestApp('me')
  sentVotes = []
  driver = makeDriver(me)
  await driver.start({ schedule: genesisSchedule(1n, set), previousBlockTime: { seconds: 1n, nanos: 0 } })
})
afterEach(() => driver.stop())

describe('driver: bad input is rejected and changes nothing', () => {
  it('rejects votes from unknown validators and with bad signatures', async () => {
    const stranger = ValidatorSet.create([{ pubKey: ed25519.getPublicKey(testKey(9)), power: 10n }])
    const foreign = signedVote(stranger, testKey(9), { type: 'prevote', height: 1n, round: 0 }, CHAIN)
    expect(await driver.receiveVote(foreign)).toMatchObject({
      kind: 'reject',
      error: { code: 'UNKNOWN_VALIDATOR' },
    })
    const forged = { ...vote(others[0]!, 'prevote', 0), signature: new Uint8Array(64).fill(5) }
    expect(await driver.receiveVote(forged)).toMatchObject({
      kind: 'reject',
      error: { code: 'INVALID_SIGNATURE' },
    })
    expect(
      await driver.receiveVote({ ...vote(others[0]!, 'prevote', 0), type: 7 as SignedMsgType }),
    ).toMatchObject({
      kind: 'reject',
    })
    expect(driver.currentVotes()).toEqual([])
  })

  it('ignores stale, far-future-round and duplicate votes without punishing', async () => {
    const v = vote(others[0]!, 'prevote', 0)
    expect((await driver.receiveVote(v)).kind).toBe('accept')
    expect(await driver.receiveVote(v)).toMatchObject({ kind: 'ignore' })
    expect(await driver.receiveVote(vote(others[0]!, 'prevote', 0, 2n))).toMatchObject({
      kind: 'ignore',
      reason: /next height/,
    })
    expect(await driver.receiveVote(vote(others[0]!, 'prevote', 5000))).toMatchObject({
      kind: 'ignore',
      reason: /rounds ahead/,
    })
  })

  it('rejects proposals from the wrong proposer, mismatched blocks and bad POL rounds', async () => {
    const wrongSigner = proposal(0, block('a'), others.find((k) => k !== proposerKey(0))!)
    expect(await driver.receiveProposal(wrongSigner)).toMatchObject({
      kind: 'reject',
      error: { code: 'INVALID_SIGNATURE' },
    })
    const mismatched = { ...proposal(0, block('a')), block: block('b') }
    expect(await driver.receiveProposal(mismatched)).toMatchObject({
      kind: 'reject',
      error: { code: 'INVALID_PROPOSAL' },
    })
    expect(await driver.receiveProposal(proposal(0, block('a'), proposerKey(0), 0))).toMatchObject({
      kind: 'reject',
      error: { code: 'INVALID_PROPOSAL' },
    })
    expect(driver.status()).toMatchObject({ round: 0, step: 'propose' })
  })

  it('prevotes a valid proposal and prevotes nil for a block the app rejects', async () => {
    expect((await driver.receiveProposal(proposal(0, block('good')))).kind).toBe('accept')
    expect(sentVotes.at(-1)).toMatchObject({ type: SignedMsgType.SIGNED_MSG_TYPE_PREVOTE, round: 0 })
    expect(sentVotes.at(-1)!.blockId.hash).toEqual(block('good').hash)

    driver.stop()
    app = new TestApp('me')
    app.invalidPayloads.add('bad')
    sentVotes = []
    driver = makeDriver(me)
    await driver.start({ schedule: genesisSchedule(1n, set), previousBlockTime: { seconds: 1n, nanos: 0 } })
    await driver.receiveProposal(proposal(0, block('bad')))
    expect(sentVotes.at(-1)!.blockId.hash).toHaveLength(0)
  })

  it('a second, different proposal for the same round is rejected', async () => {
    await driver.receiveProposal(proposal(0, block('a')))
    expect(await driver.receiveProposal(proposal(0, block('b')))).toMatchObject({ kind: 'reject' })
  })
})

describe('driver: timeouts and rounds', () => {
  it('timeouts grow by delta per round', async () => {
    expect(clock.scheduled).toContain(FAST_TIMEOUTS.proposeMs)
    // 2f+1 nil precommits in round 0: L47 schedules timeoutPrecommit, then L65 starts round 1.
    for (const k of others) await driver.receiveVote(vote(k, 'precommit', 0))
    expect(clock.scheduled).toContain(FAST_TIMEOUTS.precommitMs)
    clock.advance(FAST_TIMEOUTS.precommitMs)
    await driver.idle()
    expect(driver.status().round).toBe(1)
    expect(clock.scheduled).toContain(FAST_TIMEOUTS.proposeMs + FAST_TIMEOUTS.proposeDeltaMs)
  })

  it('skips to a higher round when f+1 of the power is already there (L55)', async () => {
    await driver.receiveVote(vote(others[0]!, 'prevote', 4))
    expect(driver.status().round).toBe(0)
    await driver.receiveVote(vote(others[1]!, 'precommit', 4))
    expect(driver.status().round).toBe(4)
  })

  it('prevotes nil when the proposal does not arrive in time (L57)', async () => {
    clock.advance(FAST_TIMEOUTS.proposeMs)
    await driver.idle()
    expect(sentVotes.at(-1)).toMatchObject({ type: SignedMsgType.SIGNED_MSG_TYPE_PREVOTE, round: 0 })
    expect(sentVotes.at(-1)!.blockId.hash).toHaveLength(0)
  })

  it('a full node (no signer) follows without ever voting', async () => {
    driver.stop()
    sentVotes = []
    driver = makeDriver()
    await driver.start({ schedule: genesisSchedule(1n, set), previousBlockTime: { seconds: 1n, nanos: 0 } })
    await driver.receiveProposal(proposal(0, block('x')))
    clock.advance(1000)
    await driver.idle()
    expect(sentVotes).toEqual([])
  })
})

describe('driver: catch-up with a committed block', () => {
  it('decides the height from a verified commit and rejects a commit without 2/3', async () => {
    const b = block('synced')
    const blockId = app.blockId(b)
    const precommits = others.map((k) =>
      signedVote(set, k, { type: 'precommit', height: 1n, round: 0, blockId }, CHAIN),
    )
    const weak = buildCommit(1n, 0, blockId, set, precommits.slice(0, 2))
    expect(await driver.receiveCommittedBlock(b, weak)).toMatchObject({
      kind: 'reject',
      error: { code: 'INVALID_COMMIT' },
    })
    expect(app.decisions).toHaveLength(0)
    const strong = buildCommit(1n, 0, blockId, set, precommits)
    expect((await driver.receiveCommittedBlock(b, strong)).kind).toBe('accept')
    expect(app.decisions.map((d) => d.hash)).toEqual([toHex(b.hash)])
    expect(driver.status().height).toBe(2n)
    expect(await driver.receiveCommittedBlock(b, strong)).toMatchObject({ kind: 'ignore' })
  })
})

describe('driver: a decided block the app cannot execute (an upgrade height)', () => {
  it('stops, reports the failure once and keeps the block with the commit that decided it', async () => {
    const fatal: Error[] = []
    const failing = new TestApp('me')
    failing.commit = async () => {
      throw new Error('UPGRADE "v2" NEEDED at height: 1')
    }
    const d = new ConsensusDriver<TestBlock>({
      chainId: CHAIN,
      app: failing,
      clock,
      timeouts: FAST_TIMEOUTS,
      rebroadcastMs: 0,
      privValidator: new PrivValidator(me, new MemoryLastSignStateStore()),
      network: {
        broadcastProposal: () => undefined,
        broadcastVote: () => undefined,
        broadcastEvidence: () => undefined,
      },
      events: { onFatal: (e) => fatal.push(e) },
    })
    await d.start({ schedule: genesisSchedule(1n, set), previousBlockTime: { seconds: 1n, nanos: 0 } })
    const b = block('plan-height')
    const blockId = app.blockId(b)
    expect((await d.receiveProposal(proposal(0, b))).kind).toBe('accept')
    for (const k of others)
      await d.receiveVote(signedVote(set, k, { type: 'prevote', height: 1n, round: 0, blockId }, CHAIN))
    expect(d.unappliedDecision()).toBeUndefined()
    for (const k of others) {
      await d
        .receiveVote(signedVote(set, k, { type: 'precommit', height: 1n, round: 0, blockId }, CHAIN))
        .catch(() => undefined)
    }
    await d.idle()
    expect(fatal.map((e) => e.message)).toEqual(['UPGRADE "v2" NEEDED at height: 1'])
    const decision = d.unappliedDecision()
    expect(decision?.block).toBe(b)
    expect(decision?.commit.height).toBe(1n)
    expect(decision?.commit.blockId.hash).toEqual(blockId.hash)
    // A peer that missed the decision can verify it: the commit carries +2/3 of the power.
    const signed = decision!.commit.signatures.filter((sig) => sig.signature.length > 0)
    expect(signed.length).toBeGreaterThanOrEqual(3)
    expect(d.status().height).toBe(1n)
  })
})

describe('driver: block interval counts from the height start (next_block_delay)', () => {
  /** Decides height 1 `ms` after it started, from the precommits of `signers` (all four by default). */
  const commitAfter = async (ms: number, signers = keys) => {
    const b = block(`at-${ms}`)
    const blockId = app.blockId(b)
    const precommits = signers.map((k) =>
      signedVote(set, k, { type: 'precommit', height: 1n, round: 0, blockId }, CHAIN),
    )
    clock.advance(ms)
    clock.scheduled.length = 0
    expect((await driver.receiveCommittedBlock(b, buildCommit(1n, 0, blockId, set, precommits))).kind).toBe(
      'accept',
    )
    return clock.scheduled[0]
  }

  it('waits only the rest of commitMs after the time the height already took', async () => {
    expect(await commitAfter(4)).toBe(FAST_TIMEOUTS.commitMs - 4)
  })

  it('starts the next height at once when the height took longer than commitMs and every precommit is in', async () => {
    expect(await commitAfter(FAST_TIMEOUTS.commitMs + 7)).toBe(0)
  })

  it('behind schedule, waits up to half the interval for a missing precommit and starts when it arrives', async () => {
    // Starting at once would leave the late validator out of the next block's last commit: counted as
    // missing from every block it is a moment late for, and jailed for downtime while it votes.
    const late = others[2]!
    const gather = Math.floor(FAST_TIMEOUTS.commitMs / 2)
    expect(gather).toBeGreaterThan(0)
    expect(
      await commitAfter(
        FAST_TIMEOUTS.commitMs + 7,
        keys.filter((k) => k !== late),
      ),
    ).toBe(gather)
    expect(driver.status()).toMatchObject({ height: 2n, step: 'unstarted' })
    const blockId = app.blockId(block(`at-${FAST_TIMEOUTS.commitMs + 7}`))
    const precommit = signedVote(set, late, { type: 'precommit', height: 1n, round: 0, blockId }, CHAIN)
    expect((await driver.receiveVote(precommit)).kind).toBe('accept')
    expect(driver.status().height).toBe(2n)
    expect(driver.status().step).not.toBe('unstarted')
  })

  it('behind schedule, a missing precommit that never comes delays the next height by half the interval only', async () => {
    const gather = Math.floor(FAST_TIMEOUTS.commitMs / 2)
    expect(await commitAfter(FAST_TIMEOUTS.commitMs + 7, others)).toBe(gather)
    clock.advance(gather - 1)
    expect(driver.status().step).toBe('unstarted')
    clock.advance(1)
    await driver.receiveVote(vote(others[0]!, 'prevote', 0, 2n)) // lets the timer's queued start run
    expect(driver.status().step).not.toBe('unstarted')
  })

  it('joins a height the others have begun instead of waiting out its own interval', async () => {
    // Decided height 1 a moment ago: our timer for height 2 still has nearly commitMs to run. Had we waited for
    // it, the proposal below would find us unstarted, height 2 would be decided without our vote, and a node
    // behind by a pause would stay behind, missing from every block it does not propose.
    await commitAfter(1)
    expect(driver.status()).toMatchObject({ height: 2n, step: 'unstarted' })
    const proposer = driver.schedule.validators.proposerForRound(0)
    const key = keyOf(proposer.address)
    expect(key).not.toBe(me)
    const b2 = makeTestBlock(2n, toHex(proposer.address), 'height-2', { seconds: 2n, nanos: 0 })
    const unsigned: Proposal = {
      type: SignedMsgType.SIGNED_MSG_TYPE_PROPOSAL,
      height: 2n,
      round: 0,
      polRound: -1,
      blockId: app.blockId(b2),
      timestamp: { seconds: 2n, nanos: 0 },
      signature: new Uint8Array(),
    }
    const signed = { ...unsigned, signature: ed25519.sign(proposalSignBytes(CHAIN, unsigned), key) }
    sentVotes = []
    expect((await driver.receiveProposal({ proposal: signed, block: b2 })).kind).toBe('accept')
    expect(sentVotes).toHaveLength(1)
    expect(sentVotes[0]).toMatchObject({ type: SignedMsgType.SIGNED_MSG_TYPE_PREVOTE, height: 2n, round: 0 })
    expect(sentVotes[0]!.blockId.hash).toEqual(b2.hash)
  })
})
