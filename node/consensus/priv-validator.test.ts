import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ed25519 } from '@noble/curves/ed25519.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkHrs, FileLastSignStateStore, type LastSignState, SignStep } from './last-sign-state.js'
import { PrivValidator } from './priv-validator.js'
import { proposalSignBytes, voteSignBytes } from './sign-bytes.js'
import { blockIdFor, testKey } from './testing/keys.js'
import { msgTypeOf, NIL_BLOCK_ID, SignedMsgType, type Vote, type VoteType } from './types.js'

const CHAIN = 'guard-chain'
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'datum-privval-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function vote(type: VoteType, height: bigint, round: number, label: string | null, seconds = 100n): Vote {
  return {
    type: msgTypeOf(type),
    height,
    round,
    blockId: label === null ? NIL_BLOCK_ID : blockIdFor(label),
    timestamp: { seconds, nanos: 0 },
    validatorAddress: new Uint8Array(20),
    validatorIndex: 0,
    signature: new Uint8Array(),
    extension: new Uint8Array(),
    extensionSignature: new Uint8Array(),
  }
}

const fresh = () =>
  new PrivValidator(testKey(0), new FileLastSignStateStore(join(dir, 'priv_validator_state.json')))

describe('checkHrs (CometBFT FilePVLastSignState.CheckHRS)', () => {
  const last: LastSignState = {
    height: 10n,
    round: 2,
    step: SignStep.prevote,
    signBytes: new Uint8Array([1]),
    signature: new Uint8Array(64),
    timestamp: { seconds: 1n, nanos: 0 },
  }
  it('refuses height, round and step regressions', () => {
    expect(() => checkHrs(last, 9n, 5, SignStep.precommit)).toThrow(/height regression/)
    expect(() => checkHrs(last, 10n, 1, SignStep.precommit)).toThrow(/round regression/)
    expect(() => checkHrs(last, 10n, 2, SignStep.propose)).toThrow(/step regression/)
  })
  it('allows progress and reports the same HRS', () => {
    expect(checkHrs(last, 10n, 2, SignStep.precommit).kind).toBe('new')
    expect(checkHrs(last, 10n, 3, SignStep.propose).kind).toBe('new')
    expect(checkHrs(last, 11n, 0, SignStep.propose).kind).toBe('new')
    expect(checkHrs(last, 10n, 2, SignStep.prevote).kind).toBe('same')
    expect(checkHrs(undefined, 1n, 0, SignStep.propose).kind).toBe('new')
  })
})

describe('PrivValidator', () => {
  it('signs canonical vote bytes verifiable with its public key', () => {
    const pv = fresh()
    const signed = pv.signVote(CHAIN, vote('prevote', 1n, 0, 'a'))
    expect(ed25519.verify(signed.signature, voteSignBytes(CHAIN, signed), pv.pubKey)).toBe(true)
  })

  it('refuses a conflicting vote at the same height, round and step', () => {
    const pv = fresh()
    pv.signVote(CHAIN, vote('precommit', 5n, 1, 'a'))
    expect(() => pv.signVote(CHAIN, vote('precommit', 5n, 1, 'b'))).toThrow(
      /DOUBLE_SIGN_REFUSED.*conflicting/,
    )
    expect(() => pv.signVote(CHAIN, vote('precommit', 5n, 1, null))).toThrow(/DOUBLE_SIGN_REFUSED/)
  })

  it('refuses regressions in height, round or step', () => {
    const pv = fresh()
    pv.signVote(CHAIN, vote('precommit', 5n, 1, 'a'))
    expect(() => pv.signVote(CHAIN, vote('precommit', 4n, 9, 'a'))).toThrow(/height regression/)
    expect(() => pv.signVote(CHAIN, vote('precommit', 5n, 0, 'a'))).toThrow(/round regression/)
    expect(() => pv.signVote(CHAIN, vote('prevote', 5n, 1, 'a'))).toThrow(/step regression/)
    const proposal = {
      type: SignedMsgType.SIGNED_MSG_TYPE_PROPOSAL,
      height: 5n,
      round: 1,
      polRound: -1,
      blockId: blockIdFor('a'),
      timestamp: { seconds: 1n, nanos: 0 },
      signature: new Uint8Array(),
    }
    expect(() => pv.signProposal(CHAIN, proposal)).toThrow(/step regression/)
  })

  it('re-releases the same signature for identical sign bytes, and for a timestamp-only change', () => {
    const pv = fresh()
    const first = pv.signVote(CHAIN, vote('prevote', 3n, 0, 'a', 100n))
    expect(pv.signVote(CHAIN, vote('prevote', 3n, 0, 'a', 100n)).signature).toEqual(first.signature)
    const later = pv.signVote(CHAIN, vote('prevote', 3n, 0, 'a', 999n))
    expect(later.signature).toEqual(first.signature)
    expect(later.timestamp).toEqual(first.timestamp)
  })

  it('survives a crash between persisting and releasing: a restarted signer refuses conflicts', () => {
    const pv = fresh()
    const signed = pv.signVote(CHAIN, vote('precommit', 8n, 2, 'a'))
    // The process dies here, before the vote was broadcast. A new process loads the state from disk.
    const restarted = fresh()
    expect(restarted.lastSignState()?.height).toBe(8n)
    expect(() => restarted.signVote(CHAIN, vote('precommit', 8n, 2, 'b'))).toThrow(/DOUBLE_SIGN_REFUSED/)
    expect(restarted.signVote(CHAIN, vote('precommit', 8n, 2, 'a')).signature).toEqual(signed.signature)
    expect(() => restarted.signVote(CHAIN, vote('prevote', 8n, 2, 'b'))).toThrow(/step regression/)
  })

  it('signs proposals over CometBFT proposal sign bytes', () => {
    const pv = fresh()
    const p = pv.signProposal(CHAIN, {
      type: SignedMsgType.SIGNED_MSG_TYPE_PROPOSAL,
      height: 2n,
      round: 0,
      polRound: -1,
      blockId: blockIdFor('x'),
      timestamp: { seconds: 5n, nanos: 0 },
      signature: new Uint8Array(),
    })
    expect(ed25519.verify(p.signature, proposalSignBytes(CHAIN, p), pv.pubKey)).toBe(true)
  })

  it('refuses to start on a corrupt state file', () => {
    const path = join(dir, 'bad.json')
    writeFileSync(path, '{ not json')
    expect(() => new PrivValidator(testKey(0), new FileLastSignStateStore(path))).toThrow(
      /LAST_SIGN_STATE_CORRUPT/,
    )
  })
})
