// Stateless checks every inbound consensus message passes before it may touch consensus state: shape,
// a known signer at the claimed index, and a valid signature over the canonical sign bytes.
import type { Verdict } from './driver-types.js'
import { ConsensusError } from './errors.js'
import { verifySignature } from './priv-validator.js'
import { proposalSignBytes, voteSignBytes } from './sign-bytes.js'
import type { Proposal, Vote } from './types.js'
import { bytesEqual, SignedMsgType, toHex, voteTypeOf } from './types.js'
import type { Validator, ValidatorSet } from './validator-set.js'

export function ignore(reason: string): Verdict {
  return { kind: 'ignore', reason }
}

export function reject(err: unknown): Verdict {
  if (err instanceof ConsensusError) return { kind: 'reject', error: err }
  return { kind: 'reject', error: new ConsensusError('INVALID_PROPOSAL', (err as Error).message) }
}

const isBytes = (x: unknown, max: number): boolean => x instanceof Uint8Array && x.length <= max

/** A block id decoded from the wire: hashes are empty or 32 bytes, as CometBFT's ValidateBasic demands. */
function blockIdShapeOk(id: Vote['blockId'] | undefined): boolean {
  if (id === undefined || id === null || typeof id !== 'object') return false
  const psh = id.partSetHeader
  if (psh === undefined || psh === null || !Number.isInteger(psh.total) || psh.total < 0) return false
  return [id.hash, psh.hash].every((h) => isBytes(h, 32) && (h.length === 0 || h.length === 32))
}

function timestampShapeOk(t: Vote['timestamp'] | undefined): boolean {
  return (
    t !== undefined &&
    t !== null &&
    typeof t.seconds === 'bigint' &&
    Number.isInteger(t.nanos) &&
    t.nanos >= 0 &&
    t.nanos < 1e9
  )
}

export function voteShapeError(vote: Vote): ConsensusError | undefined {
  if (vote === null || typeof vote !== 'object')
    return new ConsensusError('INVALID_VOTE', 'vote is not an object')
  if (voteTypeOf(vote.type) === undefined) return new ConsensusError('INVALID_VOTE', `vote type ${vote.type}`)
  if (typeof vote.height !== 'bigint' || !blockIdShapeOk(vote.blockId) || !timestampShapeOk(vote.timestamp)) {
    return new ConsensusError('INVALID_VOTE', 'vote height, block id or timestamp is malformed')
  }
  if (
    !isBytes(vote.validatorAddress, 20) ||
    vote.validatorAddress.length !== 20 ||
    !Number.isInteger(vote.validatorIndex)
  ) {
    return new ConsensusError('INVALID_VOTE', 'vote validator address or index is malformed')
  }
  if (!isBytes(vote.signature, 64))
    return new ConsensusError('INVALID_SIGNATURE', 'vote signature must be 64 bytes')
  if (!Number.isInteger(vote.round) || vote.round < 0)
    return new ConsensusError('INVALID_VOTE', `vote round ${vote.round}`)
  if (vote.height < 1n) return new ConsensusError('INVALID_VOTE', `vote height ${vote.height}`)
  if (vote.signature.length !== 64)
    return new ConsensusError('INVALID_SIGNATURE', 'vote signature must be 64 bytes')
  return undefined
}

export function proposalShapeError(p: Proposal): ConsensusError | undefined {
  if (p === null || typeof p !== 'object')
    return new ConsensusError('INVALID_PROPOSAL', 'proposal is not an object')
  if (typeof p.height !== 'bigint' || !blockIdShapeOk(p.blockId) || !timestampShapeOk(p.timestamp)) {
    return new ConsensusError('INVALID_PROPOSAL', 'proposal height, block id or timestamp is malformed')
  }
  if (!isBytes(p.signature, 64))
    return new ConsensusError('INVALID_SIGNATURE', 'proposal signature must be 64 bytes')
  if (p.type !== SignedMsgType.SIGNED_MSG_TYPE_PROPOSAL)
    return new ConsensusError('INVALID_PROPOSAL', `message type ${p.type}`)
  if (
    !Number.isInteger(p.round) ||
    p.round < 0 ||
    !Number.isInteger(p.polRound) ||
    p.polRound < -1 ||
    p.polRound >= p.round
  ) {
    return new ConsensusError('INVALID_PROPOSAL', `round ${p.round} with POL round ${p.polRound}`)
  }
  if (p.signature.length !== 64)
    return new ConsensusError('INVALID_SIGNATURE', 'proposal signature must be 64 bytes')
  return undefined
}

/** The validator that signed `vote`, or the reason it cannot count. `verify` false skips the signature. */
export function voteSigner(
  chainId: string,
  validators: ValidatorSet,
  vote: Vote,
  verify: boolean,
): Validator | ConsensusError {
  const validator = validators.validators[vote.validatorIndex]
  if (validator === undefined || !bytesEqual(validator.address, vote.validatorAddress)) {
    return new ConsensusError(
      'UNKNOWN_VALIDATOR',
      `${toHex(vote.validatorAddress)} at index ${vote.validatorIndex}`,
    )
  }
  if (verify && !verifySignature(validator.pubKey, voteSignBytes(chainId, vote), vote.signature)) {
    return new ConsensusError('INVALID_SIGNATURE', `vote from ${toHex(vote.validatorAddress)}`)
  }
  return validator
}

export function proposalSignatureError(
  chainId: string,
  proposer: Validator,
  p: Proposal,
): ConsensusError | undefined {
  if (verifySignature(proposer.pubKey, proposalSignBytes(chainId, p), p.signature)) return undefined
  return new ConsensusError(
    'INVALID_SIGNATURE',
    `proposal for ${p.height}/${p.round} is not signed by its proposer`,
  )
}
