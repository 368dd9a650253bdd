import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto'
// The validator's signer: ed25519 over CometBFT canonical sign bytes, guarded by the last-sign state.
// Order matters for crash safety: check HRS, sign, persist (fsync), and only then return the signature.
import { ed25519 } from '@noble/curves/ed25519.js'
import { ConsensusError } from './errors.js'
import {
  checkHrs,
  type LastSignState,
  type LastSignStateStore,
  SignStep,
  type SignStepValue,
} from './last-sign-state.js'
import { proposalSignBytes, voteSignBytes } from './sign-bytes.js'
import type { Proposal, Timestamp, Vote } from './types.js'
import { bytesEqual, SignedMsgType } from './types.js'
import { addressOf } from './validator-set.js'

export class PrivValidator {
  readonly pubKey: Uint8Array
  readonly address: Uint8Array
  private last: LastSignState | undefined

  /** `privateKey` is the 32-byte ed25519 seed. */
  constructor(
    private readonly privateKey: Uint8Array,
    private readonly store: LastSignStateStore,
  ) {
    if (privateKey.length !== 32) throw new RangeError('ed25519 private key must be 32 bytes')
    this.pubKey = ed25519.getPublicKey(privateKey)
    this.address = addressOf(this.pubKey)
    this.last = store.load()
  }

  lastSignState(): LastSignState | undefined {
    return this.last
  }

  /** Returns the vote with its signature (and, on a time-only re-sign, the stored timestamp). */
  signVote(chainId: string, vote: Vote): Vote {
    const step = vote.type === SignedMsgType.SIGNED_MSG_TYPE_PREVOTE ? SignStep.prevote : SignStep.precommit
    if (
      vote.type !== SignedMsgType.SIGNED_MSG_TYPE_PREVOTE &&
      vote.type !== SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT
    ) {
      throw new ConsensusError('INVALID_VOTE', `cannot sign vote type ${vote.type}`)
    }
    const signed = this.sign(vote.height, vote.round, step, vote.timestamp, (t) =>
      voteSignBytes(chainId, { ...vote, timestamp: t }),
    )
    return { ...vote, timestamp: signed.timestamp, signature: signed.signature }
  }

  /**
   * Test-only misbehaviour hook (CometBFT's maverick "double-prevote"): signs without consulting or
   * updating the double-sign guard. Reached only through `DriverOptions.misbehavior`.
   */
  signVoteUnguarded(chainId: string, vote: Vote): Vote {
    return { ...vote, signature: ed25519.sign(voteSignBytes(chainId, vote), this.privateKey) }
  }

  signProposal(chainId: string, proposal: Proposal): Proposal {
    const signed = this.sign(proposal.height, proposal.round, SignStep.propose, proposal.timestamp, (t) =>
      proposalSignBytes(chainId, { ...proposal, timestamp: t }),
    )
    return { ...proposal, timestamp: signed.timestamp, signature: signed.signature }
  }

  private sign(
    height: bigint,
    round: number,
    step: SignStepValue,
    timestamp: Timestamp,
    bytesAt: (t: Timestamp) => Uint8Array,
  ): { signature: Uint8Array; timestamp: Timestamp } {
    const check = checkHrs(this.last, height, round, step)
    const signBytes = bytesAt(timestamp)
    if (check.kind === 'same') {
      const last = check.last
      if (bytesEqual(signBytes, last.signBytes))
        return { signature: last.signature, timestamp: last.timestamp }
      if (bytesEqual(bytesAt(last.timestamp), last.signBytes)) {
        return { signature: last.signature, timestamp: last.timestamp }
      }
      throw new ConsensusError('DOUBLE_SIGN_REFUSED', `conflicting data at ${height}/${round}/${step}`)
    }
    const signature = ed25519.sign(signBytes, this.privateKey)
    const next: LastSignState = { height, round, step, signBytes, signature, timestamp }
    this.store.save(next)
    this.last = next
    return { signature, timestamp }
  }
}

// Verification runs on every vote and commit signature, so it uses OpenSSL through node:crypto (an order of
// magnitude faster than pure JS); public keys are imported once and cached.
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')
const keyCache = new Map<string, KeyObject>()

function publicKeyObject(pubKey: Uint8Array): KeyObject {
  const id = Buffer.from(pubKey).toString('hex')
  let key = keyCache.get(id)
  if (key === undefined) {
    key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, pubKey]), format: 'der', type: 'spki' })
    if (keyCache.size >= 10_000) keyCache.clear()
    keyCache.set(id, key)
  }
  return key
}

export function verifySignature(pubKey: Uint8Array, signBytes: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64 || pubKey.length !== 32) return false
  try {
    return cryptoVerify(null, signBytes, publicKeyObject(pubKey), signature)
  } catch {
    return false
  }
}
