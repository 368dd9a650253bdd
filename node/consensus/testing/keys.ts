// Deterministic validator keys and signed votes for unit tests.
import { ed25519 } from '@noble/curves/ed25519.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { voteSignBytes } from '../sign-bytes.js'
import type { BlockID, Vote } from '../types.js'
import { msgTypeOf, NIL_BLOCK_ID, type VoteType } from '../types.js'
import { ValidatorSet } from '../validator-set.js'

export function testKey(i: number): Uint8Array {
  return sha256(new TextEncoder().encode(`validator-${i}`))
}

export function testValidatorSet(powers: bigint[]): { set: ValidatorSet; keys: Uint8Array[] } {
  const keys = powers.map((_, i) => testKey(i))
  const set = ValidatorSet.create(
    keys.map((k, i) => ({ pubKey: ed25519.getPublicKey(k), power: powers[i]! })),
  )
  return { set, keys }
}

export function blockIdFor(label: string): BlockID {
  const hash = sha256(new TextEncoder().encode(label))
  return { hash, partSetHeader: { total: 1, hash: sha256(hash) } }
}

/** A vote by the holder of `key`, signed over the canonical bytes for `chainId`. */
export function signedVote(
  set: ValidatorSet,
  key: Uint8Array,
  fields: { type: VoteType; height: bigint; round: number; blockId?: BlockID; ms?: number },
  chainId = 'test-chain',
): Vote {
  const pubKey = ed25519.getPublicKey(key)
  const validator = set.validators.find((v) => Buffer.from(v.pubKey).equals(Buffer.from(pubKey)))!
  const ms = fields.ms ?? 1_700_000_000_000
  const vote: Vote = {
    type: msgTypeOf(fields.type),
    height: fields.height,
    round: fields.round,
    blockId: fields.blockId ?? NIL_BLOCK_ID,
    timestamp: { seconds: BigInt(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1_000_000 },
    validatorAddress: validator.address,
    validatorIndex: set.indexOf(validator.address),
    signature: new Uint8Array(),
    extension: new Uint8Array(),
    extensionSignature: new Uint8Array(),
  }
  return { ...vote, signature: ed25519.sign(voteSignBytes(chainId, vote), key) }
}
