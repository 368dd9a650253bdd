// Per-version privacy budgets and the per-asset usage ledger (append-only, numbered from 1 without gaps).
import { PrivacyBudget, UsageRecord } from '../../proto/gen/datum/dataasset/v1/index.js'
import { type Context, type KVStore, prefixEnd, readUint64BE, uint64BE } from '../sdk/index.js'
import * as K from './keys.js'

export class LedgerStore {
  constructor(private readonly storeKey: string = K.STORE_KEY) {}

  private kv(ctx: Context): KVStore {
    return ctx.kvStore(this.storeKey)
  }

  budget(ctx: Context, assetId: string, version: number): PrivacyBudget | undefined {
    const raw = this.kv(ctx).get(K.budgetKey(assetId, version))
    return raw ? PrivacyBudget.decode(raw) : undefined
  }

  putBudget(ctx: Context, b: PrivacyBudget): void {
    this.kv(ctx).set(K.budgetKey(b.assetId, b.version), PrivacyBudget.encode(b))
  }

  *budgets(ctx: Context, assetId?: string): IterableIterator<PrivacyBudget> {
    const prefix = assetId ? K.budgetPrefix(assetId) : K.BUDGET_PREFIX
    for (const { value } of this.kv(ctx).iterator(prefix, prefixEnd(prefix)))
      yield PrivacyBudget.decode(value)
  }

  deleteBudgets(ctx: Context, assetId: string): void {
    const kv = this.kv(ctx)
    const prefix = K.budgetPrefix(assetId)
    const keys = [...kv.iterator(prefix, prefixEnd(prefix))].map((p) => p.key)
    for (const key of keys) kv.delete(key)
  }

  usageCount(ctx: Context, assetId: string): bigint {
    const raw = this.kv(ctx).get(K.usageCountKey(assetId))
    return raw ? readUint64BE(raw) : 0n
  }

  /** Stores `record` under the next sequence number and returns that number. */
  append(ctx: Context, record: UsageRecord): bigint {
    const seq = this.usageCount(ctx, record.assetId) + 1n
    this.putUsage(ctx, { ...record, sequence: seq })
    return seq
  }

  /** Writes a record at its own sequence (genesis import) and advances the count to it. */
  putUsage(ctx: Context, record: UsageRecord): void {
    const kv = this.kv(ctx)
    kv.set(K.usageKey(record.assetId, record.sequence), UsageRecord.encode(record))
    if (record.sequence > this.usageCount(ctx, record.assetId))
      kv.set(K.usageCountKey(record.assetId), uint64BE(record.sequence))
  }

  *usage(ctx: Context, assetId?: string): IterableIterator<UsageRecord> {
    const prefix = assetId ? K.usagePrefix(assetId) : K.USAGE_PREFIX
    for (const { value } of this.kv(ctx).iterator(prefix, prefixEnd(prefix))) yield UsageRecord.decode(value)
  }
}
