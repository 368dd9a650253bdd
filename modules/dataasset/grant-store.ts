// Executor grants: per asset, the executors an owner trusts, each with the data key wrapped to its registered
// encryption key. Stored by asset (what owners and attestation read) and indexed by executor (what a daemon reads).
import { ExecutorGrant } from '../../proto/gen/datum/dataasset/v1/index.js'
import { type Context, fromBech32, type KVStore, prefixEnd } from '../sdk/index.js'
import * as K from './keys.js'

export class GrantStore {
  constructor(private readonly storeKey: string = K.STORE_KEY) {}

  kv(ctx: Context): KVStore {
    return ctx.kvStore(this.storeKey)
  }

  get(ctx: Context, assetId: string, executor: string): ExecutorGrant | undefined {
    if (!/^[0-9a-f]{64}$/.test(assetId)) return undefined
    let exec: Uint8Array
    try {
      exec = fromBech32(executor)
    } catch {
      return undefined
    }
    const raw = this.kv(ctx).get(K.grantKey(assetId, exec))
    return raw ? ExecutorGrant.decode(raw) : undefined
  }

  put(ctx: Context, g: ExecutorGrant): void {
    const exec = fromBech32(g.executor)
    const kv = this.kv(ctx)
    kv.set(K.grantKey(g.assetId, exec), ExecutorGrant.encode(g))
    kv.set(K.grantByExecutorKey(exec, g.assetId), K.INDEX_MARKER)
  }

  remove(ctx: Context, assetId: string, executor: string): void {
    const exec = fromBech32(executor)
    const kv = this.kv(ctx)
    kv.delete(K.grantKey(assetId, exec))
    kv.delete(K.grantByExecutorKey(exec, assetId))
  }

  /** Removes every grant of an asset (burn). */
  removeAll(ctx: Context, assetId: string): void {
    for (const g of [...this.byAsset(ctx, assetId)]) this.remove(ctx, g.assetId, g.executor)
  }

  *byAsset(ctx: Context, assetId: string): IterableIterator<ExecutorGrant> {
    const prefix = K.grantPrefix(assetId)
    for (const { value } of this.kv(ctx).iterator(prefix, prefixEnd(prefix)))
      yield ExecutorGrant.decode(value)
  }

  *all(ctx: Context): IterableIterator<ExecutorGrant> {
    const p = K.GRANT_PREFIX
    for (const { value } of this.kv(ctx).iterator(p, prefixEnd(p))) yield ExecutorGrant.decode(value)
  }
}
