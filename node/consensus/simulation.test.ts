import { ed25519 } from '@noble/curves/ed25519.js'
import { afterEach, describe, expect, it } from 'vitest'
import { verifyCommit } from './commit.js'
import { voteSignBytes } from './sign-bytes.js'
import { conflictingDecisions, SIM_CHAIN_ID, Simulation } from './testing/simulation.js'
import { compareTimestamps, NIL_BLOCK_ID, SignedMsgType, type Vote } from './types.js'
import { addressOf } from './validator-set.js'

let sim: Simulation | undefined
afterEach(() => sim?.stopAll())

function expectAgreement(s: Simulation): void {
  expect(conflictingDecisions(s)).toEqual([])
}

describe('four validators on an in-memory network', { timeout: 120_000 }, () => {
  it('all decide the same blocks for many heights, with valid commits and rising block times', async () => {
    sim = new Simulation({ validators: 4, seed: 7 })
    await sim.start()
    await sim.run(20_000, 5, () => sim!.minDecided() >= 20)
    expect(sim.minDecided()).toBeGreaterThanOrEqual(20)
    expectAgreement(sim)
    const decisions = sim.nodes[0]!.app.decisions
    decisions.forEach((d, i) => {
      const blockId = sim!.nodes[0]!.app.blockId(d.block)
      expect(d.height, `decision ${i}`).toBe(BigInt(i + 1))
      expect(() => verifyCommit(SIM_CHAIN_ID, sim!.validatorSet, blockId, d.height, d.commit)).not.toThrow()
      if (i > 0)
        expect(
          compareTimestamps(d.block.time, decisions[i - 1]!.block.time),
          `time at ${d.height}`,
        ).toBeGreaterThan(0)
    })
    for (const node of sim.nodes) expect(node.fatal, `node ${node.index}`).toBeUndefined()
  })

  it('still decides with one of four validators silent', async () => {
    sim = new Simulation({ validators: 4, seed: 3, silent: [2] })
    await sim.start()
    await sim.run(30_000, 5, () => sim!.minDecided() >= 8)
    expect(sim.minDecided()).toBeGreaterThanOrEqual(8)
    expectAgreement(sim)
  })

  it('decides nothing with two of four validators silent, then resumes when they return', async () => {
    sim = new Simulation({ validators: 4, seed: 5, silent: [1, 3] })
    await sim.start()
    await sim.run(5_000, 10)
    for (const node of sim.nodes) expect(node.app.decisions, `node ${node.index}`).toHaveLength(0)
    // Without 2f+1 prevotes of any kind, L34 never fires: the live half waits at height 1.
    expect(sim.nodes[0]!.driver!.status()).toMatchObject({ height: 1n, step: 'prevote' })
    await sim.startNode(1)
    await sim.startNode(3)
    await sim.run(20_000, 5, () => sim!.minDecided() >= 3)
    expect(sim.minDecided()).toBeGreaterThanOrEqual(3)
    expectAgreement(sim)
    for (const node of sim.nodes) expect(node.fatal).toBeUndefined()
  })

  it('catches an equivocating validator as duplicate-vote evidence and keeps agreeing', async () => {
    // Validator 3 sends, next to each real prevote, a conflicting nil prevote for the same round.
    sim = new Simulation({
      validators: 4,
      seed: 11,
      tamperVote: (from, vote, key) => {
        if (
          from !== 3 ||
          vote.type !== SignedMsgType.SIGNED_MSG_TYPE_PREVOTE ||
          vote.blockId.hash.length === 0
        )
          return []
        const conflicting: Vote = { ...vote, blockId: NIL_BLOCK_ID }
        return [{ ...conflicting, signature: ed25519.sign(voteSignBytes(SIM_CHAIN_ID, conflicting), key) }]
      },
    })
    await sim.start()
    await sim.run(20_000, 5, () => sim!.minDecided() >= 5)
    expect(sim.minDecided()).toBeGreaterThanOrEqual(5)
    expectAgreement(sim)
    const caught = sim.nodes.slice(0, 3).flatMap((n) => n.evidence)
    expect(caught.length).toBeGreaterThan(0)
    for (const e of caught) {
      expect(Buffer.from(e.voteA.validatorAddress)).toEqual(
        Buffer.from(sim.validatorSet.byAddress(e.voteA.validatorAddress)!.address),
      )
      expect(e.voteA.height).toBe(e.voteB.height)
      expect(e.voteA.round).toBe(e.voteB.round)
      expect(e.validatorPower).toBe(10n)
      expect(e.totalVotingPower).toBe(40n)
    }
  })
})

describe('test-only misbehaviour hook', { timeout: 120_000 }, () => {
  it("a driver run with misbehavior 'double-prevote' is caught by every honest validator", async () => {
    sim = new Simulation({ validators: 4, seed: 17, doublePrevoters: [1] })
    await sim.start()
    await sim.run(
      20_000,
      5,
      () => sim!.minDecided() >= 4 && [0, 2, 3].every((i) => sim!.nodes[i]!.evidence.length > 0),
    )
    expectAgreement(sim)
    const culprit = Buffer.from(addressOf(ed25519.getPublicKey(sim.nodes[1]!.key)))
    for (const i of [0, 2, 3]) {
      const evidence = sim.nodes[i]!.evidence
      expect(evidence.length, `node ${i}`).toBeGreaterThan(0)
      for (const e of evidence) expect(Buffer.from(e.voteA.validatorAddress)).toEqual(culprit)
    }
  })
})

describe('validator-set changes', { timeout: 120_000 }, () => {
  it('an end-block removal at height 2 takes effect at height 4', async () => {
    sim = new Simulation({ validators: 4, seed: 13 })
    const leaving = sim.nodes[3]!
    const removal = [{ pubKey: ed25519.getPublicKey(leaving.key), power: 0n }]
    for (const node of sim.nodes) node.app.updatesAt.set(2n, removal)
    await sim.start()
    await sim.run(30_000, 5, () => sim!.minDecided() >= 8)
    expect(sim.minDecided()).toBeGreaterThanOrEqual(8)
    expectAgreement(sim)
    const decisions = sim.nodes[0]!.app.decisions
    expect(decisions[2]!.commit.signatures, 'height 3 is still signed by four').toHaveLength(4)
    expect(decisions[3]!.commit.signatures, 'height 4 by the remaining three').toHaveLength(3)
    expect(
      sim.nodes[3]!.driver!.schedule.validators.byAddress(sim.validatorSet.validators[0]!.address),
    ).toBeDefined()
    expect(sim.nodes[0]!.driver!.schedule.validators.size).toBe(3)
  })
})
