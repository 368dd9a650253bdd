import { describe, expect, it } from 'vitest'
import { applyRoundInput } from './round-machine.js'
import { initialRoundState, type RoundState } from './round-state.js'

const at = (over: Partial<RoundState> = {}): RoundState => ({
  height: 5n,
  round: 1,
  step: 'propose',
  ...over,
})

describe('round state machine, rule by rule (arXiv 1807.04938, Algorithm 1)', () => {
  it('L11/L20 StartRound as non-proposer: step propose, schedule timeoutPropose', () => {
    const t = applyRoundInput(initialRoundState(5n), { kind: 'NewRound', round: 0, isProposer: false })
    expect(t.state).toMatchObject({ round: 0, step: 'propose' })
    expect(t.outputs).toEqual([{ kind: 'ScheduleTimeout', step: 'propose', round: 0 }])
  })

  it('L14-L18 StartRound as proposer without a valid value: getValue()', () => {
    const t = applyRoundInput(initialRoundState(5n), { kind: 'NewRound', round: 0, isProposer: true })
    expect(t.outputs[0]).toEqual({ kind: 'GetValue', round: 0 })
  })

  it('L15-L16 StartRound as proposer with validValue: re-propose it with validRound', () => {
    const s = at({ round: 1, step: 'precommit', valid: { value: 'aa', round: 1 } })
    const t = applyRoundInput(s, { kind: 'NewRound', round: 2, isProposer: true })
    expect(t.outputs).toEqual([{ kind: 'Proposal', round: 2, value: 'aa', validRound: 1 }])
  })

  it('L19 broadcast the fresh value with validRound -1', () => {
    const t = applyRoundInput(at(), { kind: 'ProposeValue', round: 1, value: 'bb' })
    expect(t.outputs).toEqual([{ kind: 'Proposal', round: 1, value: 'bb', validRound: -1 }])
    expect(
      applyRoundInput(at({ step: 'prevote' }), { kind: 'ProposeValue', round: 1, value: 'bb' }).outputs,
    ).toEqual([])
  })

  it('L22-L24 prevote v when not locked', () => {
    const t = applyRoundInput(at(), { kind: 'Proposal', round: 1, value: 'v' })
    expect(t.state.step).toBe('prevote')
    expect(t.outputs).toEqual([{ kind: 'Vote', type: 'prevote', round: 1, value: 'v' }])
  })

  it('L22-L24 prevote v when locked on v', () => {
    const t = applyRoundInput(at({ locked: { value: 'v', round: 0 } }), {
      kind: 'Proposal',
      round: 1,
      value: 'v',
    })
    expect(t.outputs).toEqual([{ kind: 'Vote', type: 'prevote', round: 1, value: 'v' }])
  })

  it('L26 prevote nil when locked on another value', () => {
    const t = applyRoundInput(at({ locked: { value: 'w', round: 0 } }), {
      kind: 'Proposal',
      round: 1,
      value: 'v',
    })
    expect(t.outputs).toEqual([{ kind: 'Vote', type: 'prevote', round: 1, value: null }])
    expect(t.state.step).toBe('prevote')
  })

  it('L22/L26 an invalid proposal gets a nil prevote', () => {
    const t = applyRoundInput(at(), { kind: 'InvalidProposal', round: 1 })
    expect(t.outputs).toEqual([{ kind: 'Vote', type: 'prevote', round: 1, value: null }])
  })

  it('L22 is ignored outside the propose step or for another round', () => {
    expect(
      applyRoundInput(at({ step: 'prevote' }), { kind: 'Proposal', round: 1, value: 'v' }).outputs,
    ).toEqual([])
    expect(applyRoundInput(at(), { kind: 'Proposal', round: 2, value: 'v' }).outputs).toEqual([])
  })

  it('L28-L30 a re-proposal with a POL at vr ≥ lockedRound is prevoted', () => {
    const s = at({ round: 3, locked: { value: 'w', round: 1 } })
    const t = applyRoundInput(s, { kind: 'ProposalAndPolkaPrevious', round: 3, value: 'v', validRound: 2 })
    expect(t.outputs).toEqual([{ kind: 'Vote', type: 'prevote', round: 3, value: 'v' }])
  })

  it('L28-L30 lockedRound equal to vr still unlocks (≤ vr)', () => {
    const s = at({ round: 3, locked: { value: 'w', round: 2 } })
    const t = applyRoundInput(s, { kind: 'ProposalAndPolkaPrevious', round: 3, value: 'v', validRound: 2 })
    expect(t.outputs[0]).toMatchObject({ value: 'v' })
  })

  it('L32 a re-proposal with a POL older than the lock is prevoted nil', () => {
    const s = at({ round: 3, locked: { value: 'w', round: 2 } })
    const t = applyRoundInput(s, { kind: 'ProposalAndPolkaPrevious', round: 3, value: 'v', validRound: 1 })
    expect(t.outputs).toEqual([{ kind: 'Vote', type: 'prevote', round: 3, value: null }])
  })

  it('L28 needs 0 ≤ vr < r', () => {
    const s = at({ round: 3 })
    expect(
      applyRoundInput(s, { kind: 'ProposalAndPolkaPrevious', round: 3, value: 'v', validRound: 3 }).outputs,
    ).toEqual([])
  })

  it('L34-L35 2f+1 prevotes for anything: schedule timeoutPrevote', () => {
    const t = applyRoundInput(at({ step: 'prevote' }), { kind: 'PolkaAny', round: 1 })
    expect(t.outputs).toEqual([{ kind: 'ScheduleTimeout', step: 'prevote', round: 1 }])
    expect(applyRoundInput(at(), { kind: 'PolkaAny', round: 1 }).outputs).toEqual([])
  })

  it('L36-L41 at prevote: lock, precommit v, set valid', () => {
    const t = applyRoundInput(at({ step: 'prevote' }), {
      kind: 'ProposalAndPolkaCurrent',
      round: 1,
      value: 'v',
    })
    expect(t.state).toMatchObject({
      step: 'precommit',
      locked: { value: 'v', round: 1 },
      valid: { value: 'v', round: 1 },
    })
    expect(t.outputs).toEqual([{ kind: 'Vote', type: 'precommit', round: 1, value: 'v' }])
  })

  it('L42-L43 at precommit: only validValue/validRound change', () => {
    const s = at({ step: 'precommit', locked: { value: 'w', round: 0 } })
    const t = applyRoundInput(s, { kind: 'ProposalAndPolkaCurrent', round: 1, value: 'v' })
    expect(t.state.locked).toEqual({ value: 'w', round: 0 })
    expect(t.state.valid).toEqual({ value: 'v', round: 1 })
    expect(t.outputs).toEqual([])
  })

  it('L36 does not fire during the propose step', () => {
    expect(applyRoundInput(at(), { kind: 'ProposalAndPolkaCurrent', round: 1, value: 'v' }).state).toEqual(
      at(),
    )
  })

  it('L44-L46 2f+1 nil prevotes: precommit nil', () => {
    const t = applyRoundInput(at({ step: 'prevote' }), { kind: 'PolkaNil', round: 1 })
    expect(t.state.step).toBe('precommit')
    expect(t.outputs).toEqual([{ kind: 'Vote', type: 'precommit', round: 1, value: null }])
  })

  it('L47-L48 2f+1 precommits for anything: schedule timeoutPrecommit', () => {
    const t = applyRoundInput(at({ step: 'precommit' }), { kind: 'PrecommitAny', round: 1 })
    expect(t.outputs).toEqual([{ kind: 'ScheduleTimeout', step: 'precommit', round: 1 }])
  })

  it('L49-L54 decide in any round, once', () => {
    const t = applyRoundInput(at({ round: 4, step: 'prevote' }), {
      kind: 'ProposalAndPrecommitValue',
      round: 2,
      value: 'v',
    })
    expect(t.state).toMatchObject({ step: 'commit', decision: { value: 'v', round: 2 } })
    expect(t.outputs).toEqual([{ kind: 'Decide', round: 2, value: 'v' }])
    expect(
      applyRoundInput(t.state, { kind: 'ProposalAndPrecommitValue', round: 3, value: 'w' }).outputs,
    ).toEqual([])
  })

  it('L55-L56 f+1 messages from a higher round: start that round', () => {
    const t = applyRoundInput(at({ step: 'prevote' }), { kind: 'RoundSkip', round: 4 })
    expect(t.outputs).toEqual([{ kind: 'NewRound', round: 4 }])
    expect(applyRoundInput(at(), { kind: 'RoundSkip', round: 1 }).outputs).toEqual([])
  })

  it('L57-L60 timeoutPropose at (h, r, propose): prevote nil', () => {
    const t = applyRoundInput(at(), { kind: 'TimeoutPropose', round: 1 })
    expect(t.outputs).toEqual([{ kind: 'Vote', type: 'prevote', round: 1, value: null }])
    expect(applyRoundInput(at({ step: 'prevote' }), { kind: 'TimeoutPropose', round: 1 }).outputs).toEqual([])
    expect(applyRoundInput(at(), { kind: 'TimeoutPropose', round: 0 }).outputs).toEqual([])
  })

  it('L61-L64 timeoutPrevote at (h, r, prevote): precommit nil', () => {
    const t = applyRoundInput(at({ step: 'prevote' }), { kind: 'TimeoutPrevote', round: 1 })
    expect(t.outputs).toEqual([{ kind: 'Vote', type: 'precommit', round: 1, value: null }])
    expect(applyRoundInput(at({ step: 'precommit' }), { kind: 'TimeoutPrevote', round: 1 }).outputs).toEqual(
      [],
    )
  })

  it('L65-L67 timeoutPrecommit at (h, r): start round r+1', () => {
    const t = applyRoundInput(at({ step: 'precommit' }), { kind: 'TimeoutPrecommit', round: 1 })
    expect(t.outputs).toEqual([{ kind: 'NewRound', round: 2 }])
    expect(applyRoundInput(at({ round: 2 }), { kind: 'TimeoutPrecommit', round: 1 }).outputs).toEqual([])
  })

  it('StartRound never goes back to an earlier or the same round', () => {
    expect(
      applyRoundInput(at({ round: 3 }), { kind: 'NewRound', round: 3, isProposer: false }).outputs,
    ).toEqual([])
    expect(
      applyRoundInput(at({ round: 3 }), { kind: 'NewRound', round: 2, isProposer: true }).outputs,
    ).toEqual([])
  })
})
