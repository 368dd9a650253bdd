// Validator-set hashing as CometBFT 0.38 `ValidatorSet.Hash`: merkle over each validator's `SimpleValidator`
// encoding (ed25519 public key + voting power), in the set's canonical order.
import { SimpleValidator } from 'cosmjs-types/tendermint/types/validator'
import { compareBytes } from '../../modules/sdk/bytes.js'
import { BlockDataError } from './errors.js'
import { sha256 } from './hash.js'
import { hashFromByteSlices } from './merkle.js'

export interface ValidatorEntry {
  /** ed25519 public key, 32 bytes. */
  pubKey: Uint8Array
  power: bigint
}

/** An ed25519 validator's address: the first 20 bytes of sha256(pubkey) (CometBFT `crypto.AddressHash`). */
export function validatorAddress(pubKey: Uint8Array): Uint8Array {
  return sha256(pubKey).subarray(0, 20)
}

/** CometBFT's canonical order: voting power descending, then address ascending. */
export function sortValidators<T extends ValidatorEntry>(validators: readonly T[]): T[] {
  return [...validators].sort((a, b) => {
    if (a.power !== b.power) return a.power > b.power ? -1 : 1
    return compareBytes(validatorAddress(a.pubKey), validatorAddress(b.pubKey))
  })
}

/** Hash of a validator set given in canonical order (see `sortValidators`). */
export function validatorsHash(validators: readonly ValidatorEntry[]): Uint8Array {
  return hashFromByteSlices(
    validators.map((v) => {
      if (v.pubKey.length !== 32) {
        throw new BlockDataError('INVALID_VALIDATOR', `ed25519 key must be 32 bytes, got ${v.pubKey.length}`)
      }
      if (v.power <= 0n)
        throw new BlockDataError('INVALID_VALIDATOR', `voting power must be positive, got ${v.power}`)
      return SimpleValidator.encode({ pubKey: { ed25519: v.pubKey }, votingPower: v.power }).finish()
    }),
  )
}
