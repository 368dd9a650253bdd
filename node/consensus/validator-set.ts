// An immutable validator set in CometBFT order (power descending, then address ascending), with the
// proposer rotation state. Changes from end-block go through `withUpdates` (UpdateWithChangeSet).
import { sha256 } from '@noble/hashes/sha2.js'
import { ConsensusError } from './errors.js'
import {
  incrementProposerPriority,
  mostPriority,
  type PrioritizedValidator,
  priorityForNewValidator,
  rescaleAndCenter,
  totalPower,
} from './proposer-priority.js'
import { compareBytes, toHex } from './types.js'

export interface Validator extends PrioritizedValidator {
  /** ed25519 public key, 32 bytes. */
  pubKey: Uint8Array
}

export interface ValidatorChange {
  pubKey: Uint8Array
  /** 0 removes the validator. */
  power: bigint
}

/** CometBFT MaxTotalVotingPower: int64 max / 8, so priorities cannot overflow. */
export const MAX_TOTAL_VOTING_POWER = ((1n << 63n) - 1n) / 8n

/** ed25519 address: the first 20 bytes of sha256(pubkey). */
export function addressOf(pubKey: Uint8Array): Uint8Array {
  return sha256(pubKey).subarray(0, 20)
}

function byVotingPower(a: Validator, b: Validator): number {
  if (a.power !== b.power) return a.power > b.power ? -1 : 1
  return compareBytes(a.address, b.address)
}

const copyValidator = (v: Validator): Validator => ({ ...v })

export class ValidatorSet {
  readonly validators: readonly Validator[]
  readonly totalPower: bigint
  readonly proposer: Validator
  private readonly indexByAddress: Map<string, number>

  /** Takes ownership of `validators`; `proposer` defaults to the highest priority (GetProposer). */
  private constructor(validators: Validator[], proposer?: Validator) {
    validators.sort(byVotingPower)
    this.validators = validators
    this.totalPower = totalPower(validators)
    this.indexByAddress = new Map(validators.map((v, i) => [toHex(v.address), i]))
    this.proposer = proposer ?? mostPriority(validators)
  }

  /** NewValidatorSet: every validator joins, then one rotation step picks the first proposer. */
  static create(initial: readonly ValidatorChange[]): ValidatorSet {
    const vals = applyChanges([], 0n, initial)
    const proposer = incrementProposerPriority(vals, 1)
    return new ValidatorSet(vals, proposer)
  }

  /** Rebuilds a set from stored validators and priorities (no rotation step). */
  static restore(validators: readonly Validator[]): ValidatorSet {
    if (validators.length === 0) throw new ConsensusError('INVALID_VALIDATOR_SET', 'validator set is empty')
    return new ValidatorSet(validators.map(copyValidator))
  }

  get size(): number {
    return this.validators.length
  }

  indexOf(address: Uint8Array): number {
    return this.indexByAddress.get(toHex(address)) ?? -1
  }

  byAddress(address: Uint8Array): Validator | undefined {
    const i = this.indexOf(address)
    return i < 0 ? undefined : this.validators[i]
  }

  /** CopyIncrementProposerPriority(times). */
  incremented(times: number): ValidatorSet {
    const vals = this.validators.map(copyValidator)
    const proposer = incrementProposerPriority(vals, times)
    return new ValidatorSet(vals, proposer)
  }

  /**
   * The proposer of `round` at the height this set is for: round 0 is `proposer`, each later round one
   * more rotation step (as CometBFT advances round by round). The driver caches the same sequence.
   */
  proposerForRound(round: number): Validator {
    let set: ValidatorSet = this
    for (let r = 0; r < round; r++) set = set.incremented(1)
    return set.proposer
  }

  /** UpdateWithChangeSet: power 0 removes, new validators start at −1.125 × total; rescale, centre. */
  withUpdates(changes: readonly ValidatorChange[]): ValidatorSet {
    if (changes.length === 0) return new ValidatorSet(this.validators.map(copyValidator), this.proposer)
    return new ValidatorSet(applyChanges(this.validators, this.totalPower, changes))
  }
}

function applyChanges(
  validators: readonly Validator[],
  currentTotal: bigint,
  changes: readonly ValidatorChange[],
): Validator[] {
  const seen = new Set<string>()
  const current = new Map(validators.map((v) => [toHex(v.address), copyValidator(v)]))
  let totalAfterUpdates = currentTotal
  for (const change of changes) {
    if (change.pubKey.length !== 32) {
      throw new ConsensusError('INVALID_VALIDATOR_SET', 'validator public key must be 32 bytes (ed25519)')
    }
    if (change.power < 0n)
      throw new ConsensusError('INVALID_VALIDATOR_SET', 'voting power must not be negative')
    const key = toHex(addressOf(change.pubKey))
    if (seen.has(key))
      throw new ConsensusError('INVALID_VALIDATOR_SET', `duplicate validator ${key} in changes`)
    seen.add(key)
    const existing = current.get(key)
    if (change.power === 0n && existing === undefined) {
      throw new ConsensusError('INVALID_VALIDATOR_SET', `cannot remove unknown validator ${key}`)
    }
    if (change.power > 0n) totalAfterUpdates += change.power - (existing?.power ?? 0n)
  }
  if (totalAfterUpdates > MAX_TOTAL_VOTING_POWER) {
    throw new ConsensusError('INVALID_VALIDATOR_SET', 'total voting power exceeds the maximum')
  }
  for (const change of changes) {
    const address = addressOf(change.pubKey)
    const key = toHex(address)
    const existing = current.get(key)
    if (change.power === 0n) current.delete(key)
    else if (existing !== undefined) existing.power = change.power
    else {
      const proposerPriority = priorityForNewValidator(totalAfterUpdates)
      current.set(key, { address, pubKey: change.pubKey, power: change.power, proposerPriority })
    }
  }
  const vals = [...current.values()].sort((a, b) => compareBytes(a.address, b.address))
  if (vals.length === 0)
    throw new ConsensusError('INVALID_VALIDATOR_SET', 'changes would remove every validator')
  rescaleAndCenter(vals)
  return vals
}
