import { describe, expect, it } from 'vitest'
import { nextInput } from './input-mux.js'
import { ProposalKeeper } from './proposal-keeper.js'
import type { RoundState } from './round-state.js'
import { blockIdFor, signedVote, testValidatorSet } from './testing/keys.js'
import { type Proposal, SignedMsgType, toHex } from './types.js'
import { VoteKeeper } from './vote-keeper.js'

const { set, keys } = testValidatorSet([10n, 10n, 10n, 10n])
const V = blockIdFor('v')
const v = toHex(V.hash)

function setup(state: Partial<RoundState>) {
  const votes = new VoteKeeper(1n, set)
  const proposals = new ProposalKeeper<string>()
  const fired = new Set<string>()
  const s: RoundState = { height: 1n, round: 0, step: 'propose', ...state }
  const propose = (round: number, polRound: number, valid: boolean | undefined) => {
    const proposal: Proposal = {
      type: SignedMsgType.SIGNED_MSG_TYPE_PROPOSAL,
      height: 1n,
      round,
      polRound,
      blockId: V,
      timestamp: { seconds: 0n, nanos: 0 },
      signature: new Uint8Array(64),
    }
    proposals.add(round, { msg: { proposal, block: 'block-v' }, value: v, valid })
  }
  const vote = (type: 'prevote' | 'precommit', round: number, who: number[], blockId = V) => {
    for (const i of who) votes.addVote(signedVote(set, keys[i]!, { type, height: 1n, round, blockId }))
  }
  return { s, votes, proposals, fired, propose, vote, next: () => nextInput(s, votes, proposals, fired) }
}

describe('input mux: from the message log to the next input', () => {
  it('waits while the app is still validating the proposal', () => {
    const t = setup({})
    t.propose(0, -1, undefined)
    expect(t.next()).toBeUndefined()
  })

  it('L22 for a fresh proposal, InvalidProposal when the app rejected it', () => {
    const ok = setup({})
    ok.propose(0, -1, true)
    expect(ok.next()).toEqual({ kind: 'Proposal', round: 0, value: v })
    const bad = setup({})
    bad.propose(0, -1, false)
    expect(bad.next()).toEqual({ kind: 'InvalidProposal', round: 0 })
  })

  it('L28 only once the POL round holds 2f+1 prevotes for the value', () => {
    const t = setup({ round: 2 })
    t.propose(2, 1, true)
    expect(t.next()).toBeUndefined()
    t.vote('prevote', 1, [0, 1, 2])
    expect(t.next()).toEqual({ kind: 'ProposalAndPolkaPrevious', round: 2, value: v, validRound: 1 })
  })

  it('L36 fires once per round; L34 and L47 once as well', () => {
    const t = setup({ step: 'prevote' })
    t.propose(0, -1, true)
    t.vote('prevote', 0, [0, 1, 2])
    expect(t.next()).toEqual({ kind: 'ProposalAndPolkaCurrent', round: 0, value: v })
    expect(t.next()).toEqual({ kind: 'PolkaAny', round: 0 })
    expect(t.next()).toBeUndefined()
  })

  it('L44 for a nil polka at prevote', () => {
    const t = setup({ step: 'prevote' })
    t.vote('prevote', 0, [0, 1, 2], {
      hash: new Uint8Array(),
      partSetHeader: { total: 0, hash: new Uint8Array() },
    })
    expect(t.next()).toEqual({ kind: 'PolkaNil', round: 0 })
  })

  it('L49 decides with precommits of an earlier round and the proposal from any round', () => {
    const t = setup({ round: 3, step: 'prevote' })
    t.propose(1, -1, true)
    t.vote('precommit', 2, [0, 1, 3])
    expect(t.next()).toEqual({ kind: 'ProposalAndPrecommitValue', round: 2, value: v })
  })

  it('L55 prefers the highest round where more than 1/3 already voted', () => {
    const t = setup({ round: 0, step: 'prevote' })
    t.vote('prevote', 3, [0, 1])
    t.vote('precommit', 5, [2, 3])
    expect(t.next()).toEqual({ kind: 'RoundSkip', round: 5 })
  })
})
