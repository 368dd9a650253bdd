// Offerings, rights and jobs with their indexes (asset, holder, requester), the expiry queue, per-buyer
// counters, sequences and params. Every write of a right or job goes through `putRight`/`putJob`, which keep
// the indexes in step with the state.
import {
  ComputeRight,
  Job,
  JobState,
  Offering,
  Params,
  RightState,
} from '../../proto/gen/datum/computeright/v1/index.js'
import {
  type Context,
  fromBech32,
  type KVStore,
  prefixIterator,
  readUint64BE,
  uint64BE,
} from '../sdk/index.js'
import * as K from './keys.js'
import { DEFAULT_PARAMS } from './params.js'

/** Not yet in an end state (FINALIZED, FAILED, EXPIRED, CANCELLED): the job still holds its locks. */
const UNSETTLED_JOB_STATES = new Set([
  JobState.JOB_STATE_REQUESTED,
  JobState.JOB_STATE_ASSIGNED,
  JobState.JOB_STATE_COMMITTED,
  JobState.JOB_STATE_ATTESTED,
  JobState.JOB_STATE_CHALLENGED,
])
export const isUnsettledJob = (j: Job): boolean => UNSETTLED_JOB_STATES.has(j.state)

/** REQUESTED, ASSIGNED or COMMITTED: executors may still accept, commit and reveal (attestation acts only then). */
const AWAITING_ATTESTATION_STATES = new Set([
  JobState.JOB_STATE_REQUESTED,
  JobState.JOB_STATE_ASSIGNED,
  JobState.JOB_STATE_COMMITTED,
])
export const awaitsAttestation = (j: Job): boolean => AWAITING_ATTESTATION_STATES.has(j.state)

/** ATTESTED or CHALLENGED: a result may have been released, so the job is never refunded as expired or revoked. */
export const reachedAttestation = (j: Job): boolean =>
  j.state === JobState.JOB_STATE_ATTESTED || j.state === JobState.JOB_STATE_CHALLENGED

/** A right stays indexed by asset while it is ACTIVE or still has uses locked in unsettled jobs. */
const isLiveRight = (r: ComputeRight): boolean =>
  r.state === RightState.RIGHT_STATE_ACTIVE || r.usesInJobs > 0

export class ComputeRightStore {
  kv(ctx: Context): KVStore {
    return ctx.kvStore(K.STORE_KEY)
  }

  params(ctx: Context): Params {
    const raw = this.kv(ctx).get(K.PARAMS_KEY)
    return raw ? Params.decode(raw) : DEFAULT_PARAMS
  }

  setParams(ctx: Context, p: Params): void {
    this.kv(ctx).set(K.PARAMS_KEY, Params.encode(p))
  }

  sequence(ctx: Context, kind: number): bigint {
    const raw = this.kv(ctx).get(K.sequenceKey(kind))
    return raw ? readUint64BE(raw) : 0n
  }

  setSequence(ctx: Context, kind: number, n: bigint): void {
    this.kv(ctx).set(K.sequenceKey(kind), uint64BE(n))
  }

  nextId(ctx: Context, kind: number): bigint {
    const n = this.sequence(ctx, kind) + 1n
    this.setSequence(ctx, kind, n)
    return n
  }

  offering(ctx: Context, id: bigint): Offering | undefined {
    const raw = this.kv(ctx).get(K.offeringKey(id))
    return raw ? Offering.decode(raw) : undefined
  }

  putOffering(ctx: Context, o: Offering): void {
    const kv = this.kv(ctx)
    kv.set(K.offeringKey(o.id), Offering.encode(o))
    kv.set(K.assetIndexKey(o.assetId, K.KIND_OFFERING, o.id), K.INDEX_MARKER)
  }

  right(ctx: Context, id: bigint): ComputeRight | undefined {
    const raw = this.kv(ctx).get(K.rightKey(id))
    return raw ? ComputeRight.decode(raw) : undefined
  }

  putRight(ctx: Context, r: ComputeRight, previous?: ComputeRight): void {
    const kv = this.kv(ctx)
    if (previous) {
      kv.delete(K.holderIndexKey(fromBech32(previous.holder), previous.id))
      kv.delete(K.expiryKey(BigInt(previous.expiresAt), previous.id))
      kv.delete(K.assetIndexKey(previous.assetId, K.KIND_RIGHT, previous.id))
    }
    kv.set(K.rightKey(r.id), ComputeRight.encode(r))
    kv.set(K.holderIndexKey(fromBech32(r.holder), r.id), K.INDEX_MARKER)
    if (r.state === RightState.RIGHT_STATE_ACTIVE)
      kv.set(K.expiryKey(BigInt(r.expiresAt), r.id), K.INDEX_MARKER)
    if (isLiveRight(r)) kv.set(K.assetIndexKey(r.assetId, K.KIND_RIGHT, r.id), K.INDEX_MARKER)
  }

  job(ctx: Context, id: bigint): Job | undefined {
    const raw = this.kv(ctx).get(K.jobKey(id))
    return raw ? Job.decode(raw) : undefined
  }

  /**
   * `assetIds`: the assets of the job's rights (the KIND_JOB asset index lists unsettled jobs only; the job-asset
   * index lists all). The state index entry of the stored job is moved, so every transition keeps it exact.
   */
  putJob(ctx: Context, j: Job, assetIds: readonly string[]): void {
    const kv = this.kv(ctx)
    const before = this.job(ctx, j.id)
    if (before && before.state !== j.state) kv.delete(K.jobStateIndexKey(before.state, j.id))
    kv.set(K.jobKey(j.id), Job.encode(j))
    kv.set(K.jobStateIndexKey(j.state, j.id), K.INDEX_MARKER)
    kv.set(K.requesterIndexKey(fromBech32(j.requester), j.id), K.INDEX_MARKER)
    for (const a of assetIds) {
      const key = K.assetIndexKey(a, K.KIND_JOB, j.id)
      if (isUnsettledJob(j)) kv.set(key, K.INDEX_MARKER)
      else kv.delete(key)
      kv.set(K.jobAssetIndexKey(a, j.id), K.INDEX_MARKER)
    }
  }

  buyerCount(ctx: Context, offeringId: bigint, buyer: string): bigint {
    const raw = this.kv(ctx).get(K.buyerCountKey(offeringId, fromBech32(buyer)))
    return raw ? readUint64BE(raw) : 0n
  }

  setBuyerCount(ctx: Context, offeringId: bigint, buyer: string, n: bigint): void {
    this.kv(ctx).set(K.buyerCountKey(offeringId, fromBech32(buyer)), uint64BE(n))
  }

  /** Ids under an index prefix whose keys end with a uint64 id, in id order. */
  *idsUnder(ctx: Context, prefix: Uint8Array): IterableIterator<bigint> {
    for (const { key } of prefixIterator(this.kv(ctx), prefix)) yield readUint64BE(key, key.length - 8)
  }

  /** Up to `limit` rights whose validity ended at or before `now`, earliest first. */
  dueExpiries(ctx: Context, now: bigint, limit: number): bigint[] {
    const out: bigint[] = []
    const end = K.expiryKey(now + 1n, 0n)
    for (const { key } of this.kv(ctx).iterator(K.EXPIRY_QUEUE_PREFIX, end)) {
      if (out.length >= limit) break
      out.push(readUint64BE(key, 9))
    }
    return out
  }

  *all<T>(ctx: Context, prefix: Uint8Array, decode: (b: Uint8Array) => T): IterableIterator<T> {
    for (const { value } of prefixIterator(this.kv(ctx), prefix)) yield decode(value)
  }
}
