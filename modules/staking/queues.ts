// Time-ordered queues of maturing work: unbonding delegations (DVPairs), redelegations (DVVTriplets) and
// unbonding validators (ValAddresses), each keyed by completion time, as cosmos x/staking keeps them.
import { DVPairs, DVVTriplets, ValAddresses } from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import { type Context, prefixEnd, readUint64BE, type Timestamp } from '../sdk/index.js'
import type { StakingKeeper } from './keeper.js'
import * as K from './keys.js'
import { compareTime, type Redelegation, type UnbondingDelegation } from './records.js'

export interface DVPair {
  delegator: string
  validator: string
}

export interface DVVTriplet {
  delegator: string
  src: string
  dst: string
}

function readTime(key: Uint8Array, offset: number): Timestamp {
  const seconds = readUint64BE(key, offset)
  const nanos = new DataView(key.buffer, key.byteOffset, key.byteLength).getUint32(offset + 8)
  return { seconds, nanos }
}

/** Keys of `prefix` whose time is ≤ now, in order (the upper bound is the key just after `now`). */
function matureKeys(k: StakingKeeper, ctx: Context, prefix: Uint8Array, now: Timestamp): Uint8Array[] {
  const s = k.store(ctx)
  const end = prefixEnd(new Uint8Array([...prefix, ...K.timeBytes(now)]))
  const out: Uint8Array[] = []
  for (const { key } of s.iterator(prefix, end)) out.push(key)
  return out
}

export function insertUbdQueue(k: StakingKeeper, ctx: Context, u: UnbondingDelegation, t: Timestamp): void {
  const s = k.store(ctx)
  const key = K.ubdQueueKey(t)
  const raw = s.get(key)
  const pairs = raw ? DVPairs.decode(raw).pairs : []
  pairs.push({ delegatorAddress: u.delegator, validatorAddress: u.validator })
  s.set(key, DVPairs.encode({ pairs }).finish())
}

/** Removes and returns every (delegator, validator) whose unbonding completes at or before `now`. */
export function dequeueMatureUbds(k: StakingKeeper, ctx: Context, now: Timestamp): DVPair[] {
  const s = k.store(ctx)
  const out: DVPair[] = []
  for (const key of matureKeys(k, ctx, K.UNBONDING_QUEUE_PREFIX, now)) {
    for (const p of DVPairs.decode(s.get(key)!).pairs)
      out.push({ delegator: p.delegatorAddress, validator: p.validatorAddress })
    s.delete(key)
  }
  return out
}

export function insertRedelegationQueue(k: StakingKeeper, ctx: Context, r: Redelegation, t: Timestamp): void {
  const s = k.store(ctx)
  const key = K.redQueueKey(t)
  const raw = s.get(key)
  const triplets = raw ? DVVTriplets.decode(raw).triplets : []
  triplets.push({ delegatorAddress: r.delegator, validatorSrcAddress: r.src, validatorDstAddress: r.dst })
  s.set(key, DVVTriplets.encode({ triplets }).finish())
}

export function dequeueMatureRedelegations(k: StakingKeeper, ctx: Context, now: Timestamp): DVVTriplet[] {
  const s = k.store(ctx)
  const out: DVVTriplet[] = []
  for (const key of matureKeys(k, ctx, K.REDELEGATION_QUEUE_PREFIX, now)) {
    for (const t of DVVTriplets.decode(s.get(key)!).triplets)
      out.push({ delegator: t.delegatorAddress, src: t.validatorSrcAddress, dst: t.validatorDstAddress })
    s.delete(key)
  }
  return out
}

export function insertValidatorQueue(
  k: StakingKeeper,
  ctx: Context,
  val: string,
  t: Timestamp,
  height: bigint,
): void {
  const s = k.store(ctx)
  const key = K.validatorQueueKey(t, height)
  const raw = s.get(key)
  const addresses = raw ? ValAddresses.decode(raw).addresses : []
  addresses.push(val)
  s.set(key, ValAddresses.encode({ addresses }).finish())
}

export function deleteFromValidatorQueue(
  k: StakingKeeper,
  ctx: Context,
  val: string,
  t: Timestamp,
  height: bigint,
): void {
  const s = k.store(ctx)
  const key = K.validatorQueueKey(t, height)
  const raw = s.get(key)
  if (!raw) return
  const addresses = ValAddresses.decode(raw).addresses.filter((a) => a !== val)
  if (addresses.length === 0) s.delete(key)
  else s.set(key, ValAddresses.encode({ addresses }).finish())
}

/** Validators whose unbonding period ended (time ≤ now and height ≤ the current height); keys are removed. */
export function dequeueMatureValidators(
  k: StakingKeeper,
  ctx: Context,
  now: Timestamp,
  height: bigint,
): string[] {
  const s = k.store(ctx)
  const out: string[] = []
  for (const key of matureKeys(k, ctx, K.VALIDATOR_QUEUE_PREFIX, now)) {
    const t = readTime(key, 1)
    if (compareTime(t, now) > 0) continue
    if (readUint64BE(key, 13) > height) continue
    out.push(...ValAddresses.decode(s.get(key)!).addresses)
    s.delete(key)
  }
  return out
}
