// Staking state as keepers use it (bigint amounts, Dec atomics) and its protobuf form: the store keeps the
// cosmjs-types `cosmos.staking.v1beta1` messages, so queries hand out stored bytes' shapes unchanged.
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import {
  BondStatus,
  Delegation as DelegationProto,
  type Description,
  Redelegation as RedelegationProto,
  UnbondingDelegation as UbdProto,
  Validator as ValidatorProto,
} from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import { type Dec, decFromAtomics, decToAtomics } from '../sdk/dec.js'
import type { Timestamp } from '../sdk/index.js'

export { BondStatus, type Description }

export const ED25519_PUBKEY_TYPE_URL = '/cosmos.crypto.ed25519.PubKey'
export const ZERO_TIME: Timestamp = { seconds: 0n, nanos: 0 }

export interface Commission {
  rate: Dec
  maxRate: Dec
  maxChangeRate: Dec
  updateTime: Timestamp
}

export interface Validator {
  operator: string
  /** ed25519 consensus public key, 32 bytes. */
  consPubKey: Uint8Array
  jailed: boolean
  status: BondStatus
  tokens: bigint
  delegatorShares: Dec
  description: Description
  unbondingHeight: bigint
  unbondingTime: Timestamp
  commission: Commission
  minSelfDelegation: bigint
}

export interface Delegation {
  delegator: string
  validator: string
  shares: Dec
}

export interface UbdEntry {
  creationHeight: bigint
  completionTime: Timestamp
  initialBalance: bigint
  balance: bigint
  unbondingId: bigint
}

export interface UnbondingDelegation {
  delegator: string
  validator: string
  entries: UbdEntry[]
}

export interface RedelegationEntry {
  creationHeight: bigint
  completionTime: Timestamp
  initialBalance: bigint
  sharesDst: Dec
  unbondingId: bigint
}

export interface Redelegation {
  delegator: string
  src: string
  dst: string
  entries: RedelegationEntry[]
}

export function validatorToProto(v: Validator): ValidatorProto {
  return {
    operatorAddress: v.operator,
    consensusPubkey: {
      typeUrl: ED25519_PUBKEY_TYPE_URL,
      value: Ed25519PubKey.encode({ key: v.consPubKey }).finish(),
    },
    jailed: v.jailed,
    status: v.status,
    tokens: v.tokens.toString(),
    delegatorShares: decToAtomics(v.delegatorShares),
    description: v.description,
    unbondingHeight: v.unbondingHeight,
    unbondingTime: v.unbondingTime,
    commission: {
      commissionRates: {
        rate: decToAtomics(v.commission.rate),
        maxRate: decToAtomics(v.commission.maxRate),
        maxChangeRate: decToAtomics(v.commission.maxChangeRate),
      },
      updateTime: v.commission.updateTime,
    },
    minSelfDelegation: v.minSelfDelegation.toString(),
    unbondingOnHoldRefCount: 0n,
    unbondingIds: [],
  }
}

export function validatorFromProto(p: ValidatorProto): Validator {
  const rates = p.commission.commissionRates
  return {
    operator: p.operatorAddress,
    consPubKey: Ed25519PubKey.decode(p.consensusPubkey!.value).key,
    jailed: p.jailed,
    status: p.status,
    tokens: BigInt(p.tokens),
    delegatorShares: decFromAtomics(p.delegatorShares),
    description: p.description,
    unbondingHeight: p.unbondingHeight,
    unbondingTime: p.unbondingTime ?? ZERO_TIME,
    commission: {
      rate: decFromAtomics(rates.rate),
      maxRate: decFromAtomics(rates.maxRate),
      maxChangeRate: decFromAtomics(rates.maxChangeRate),
      updateTime: p.commission.updateTime ?? ZERO_TIME,
    },
    minSelfDelegation: BigInt(p.minSelfDelegation),
  }
}

export const encodeValidator = (v: Validator): Uint8Array =>
  ValidatorProto.encode(validatorToProto(v)).finish()
export const decodeValidator = (b: Uint8Array): Validator => validatorFromProto(ValidatorProto.decode(b))

export const delegationToProto = (d: Delegation): DelegationProto => ({
  delegatorAddress: d.delegator,
  validatorAddress: d.validator,
  shares: decToAtomics(d.shares),
})
export const encodeDelegation = (d: Delegation): Uint8Array =>
  DelegationProto.encode(delegationToProto(d)).finish()
export function decodeDelegation(b: Uint8Array): Delegation {
  const p = DelegationProto.decode(b)
  return { delegator: p.delegatorAddress, validator: p.validatorAddress, shares: decFromAtomics(p.shares) }
}

export const ubdToProto = (u: UnbondingDelegation): UbdProto => ({
  delegatorAddress: u.delegator,
  validatorAddress: u.validator,
  entries: u.entries.map((e) => ({
    creationHeight: e.creationHeight,
    completionTime: e.completionTime,
    initialBalance: e.initialBalance.toString(),
    balance: e.balance.toString(),
    unbondingId: e.unbondingId,
    unbondingOnHoldRefCount: 0n,
  })),
})
export const encodeUbd = (u: UnbondingDelegation): Uint8Array => UbdProto.encode(ubdToProto(u)).finish()
export function decodeUbd(b: Uint8Array): UnbondingDelegation {
  const p = UbdProto.decode(b)
  return {
    delegator: p.delegatorAddress,
    validator: p.validatorAddress,
    entries: p.entries.map((e) => ({
      creationHeight: e.creationHeight,
      completionTime: e.completionTime,
      initialBalance: BigInt(e.initialBalance),
      balance: BigInt(e.balance),
      unbondingId: e.unbondingId,
    })),
  }
}

export const redelegationToProto = (r: Redelegation): RedelegationProto => ({
  delegatorAddress: r.delegator,
  validatorSrcAddress: r.src,
  validatorDstAddress: r.dst,
  entries: r.entries.map((e) => ({
    creationHeight: e.creationHeight,
    completionTime: e.completionTime,
    initialBalance: e.initialBalance.toString(),
    sharesDst: decToAtomics(e.sharesDst),
    unbondingId: e.unbondingId,
    unbondingOnHoldRefCount: 0n,
  })),
})
export const encodeRedelegation = (r: Redelegation): Uint8Array =>
  RedelegationProto.encode(redelegationToProto(r)).finish()
export function decodeRedelegation(b: Uint8Array): Redelegation {
  const p = RedelegationProto.decode(b)
  return {
    delegator: p.delegatorAddress,
    src: p.validatorSrcAddress,
    dst: p.validatorDstAddress,
    entries: p.entries.map((e) => ({
      creationHeight: e.creationHeight,
      completionTime: e.completionTime,
      initialBalance: BigInt(e.initialBalance),
      sharesDst: decFromAtomics(e.sharesDst),
      unbondingId: e.unbondingId,
    })),
  }
}

/** Block-time arithmetic on protobuf timestamps. */
export function compareTime(a: Timestamp, b: Timestamp): number {
  if (a.seconds !== b.seconds) return a.seconds < b.seconds ? -1 : 1
  return a.nanos - b.nanos
}

export function addDuration(t: Timestamp, d: { seconds: bigint; nanos: number }): Timestamp {
  let seconds = t.seconds + d.seconds
  let nanos = t.nanos + d.nanos
  if (nanos >= 1_000_000_000) {
    nanos -= 1_000_000_000
    seconds += 1n
  }
  return { seconds, nanos }
}

/** RFC 3339 in UTC with nanoseconds trimmed as Go's time.RFC3339 prints whole seconds (event attributes). */
export function rfc3339(t: Timestamp): string {
  const iso = new Date(Number(t.seconds) * 1000).toISOString()
  return `${iso.slice(0, 19)}Z`
}
