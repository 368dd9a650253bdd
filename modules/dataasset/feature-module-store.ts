// Approved feature modules (issue 16), keyed by asset then module hash so one asset's approvals list in hash
// order and a burn can drop them all.
import { FeatureModule } from '../../proto/gen/datum/dataasset/v1/index.js'
import { type Context, type KVStore, prefixEnd } from '../sdk/index.js'
import * as K from './keys.js'

const HEX64 = /^[0-9a-f]{64}$/

export class FeatureModuleStore {
  constructor(private readonly storeKey: string = K.STORE_KEY) {}

  kv(ctx: Context): KVStore {
    return ctx.kvStore(this.storeKey)
  }

  get(ctx: Context, assetId: string, moduleHash: string): FeatureModule | undefined {
    if (!HEX64.test(assetId) || !HEX64.test(moduleHash)) return undefined
    const raw = this.kv(ctx).get(K.featureModuleKey(assetId, moduleHash))
    return raw ? FeatureModule.decode(raw) : undefined
  }

  put(ctx: Context, m: FeatureModule): void {
    this.kv(ctx).set(K.featureModuleKey(m.assetId, m.moduleHash), FeatureModule.encode(m))
  }

  remove(ctx: Context, assetId: string, moduleHash: string): void {
    this.kv(ctx).delete(K.featureModuleKey(assetId, moduleHash))
  }

  *byAsset(ctx: Context, assetId: string): IterableIterator<FeatureModule> {
    const prefix = K.featureModulePrefix(assetId)
    for (const { value } of this.kv(ctx).iterator(prefix, prefixEnd(prefix)))
      yield FeatureModule.decode(value)
  }

  *all(ctx: Context): IterableIterator<FeatureModule> {
    const p = K.FEATURE_MODULE_PREFIX
    for (const { value } of this.kv(ctx).iterator(p, prefixEnd(p))) yield FeatureModule.decode(value)
  }
}
