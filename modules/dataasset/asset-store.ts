// Assets and their secondary indexes (owner, state, tag, live content hash), licence terms, params and the
// asset sequence. Every write of an asset goes through `put`, which keeps the indexes in step.
import { sha256 } from '@noble/hashes/sha2.js'
import { DataAsset, LicenseTerms, Params } from '../../proto/gen/datum/dataasset/v1/index.js'
import {
  type Context,
  concatBytes,
  fromBech32,
  type KVStore,
  readUint64BE,
  toHex,
  uint64BE,
  utf8,
} from '../sdk/index.js'
import * as K from './keys.js'
import { isLive } from './lifecycle.js'
import { LIMITS } from './limits.js'

export const DEFAULT_PARAMS: Params = {
  maxContributors: LIMITS.contributors,
  maxAllowlistEntries: LIMITS.allowlistEntries,
  maxRegions: LIMITS.regions,
  maxTags: LIMITS.tags,
  minModelRoyaltyBps: 1000,
}

function indexKeys(a: DataAsset): Uint8Array[] {
  const keys = [K.ownerIndexKey(fromBech32(a.owner), a.id), K.stateIndexKey(a.state, a.id)]
  for (const tag of a.metadata?.tags ?? []) keys.push(K.tagIndexKey(tag, a.id))
  for (const input of a.lineage?.inputAssetIds ?? []) keys.push(K.modelByInputKey(input, a.id))
  return keys
}

export class AssetStore {
  constructor(private readonly storeKey: string = K.STORE_KEY) {}

  kv(ctx: Context): KVStore {
    return ctx.kvStore(this.storeKey)
  }

  get(ctx: Context, id: string): DataAsset | undefined {
    if (!/^[0-9a-f]{64}$/.test(id)) return undefined
    const raw = this.kv(ctx).get(K.assetKey(id))
    return raw ? DataAsset.decode(raw) : undefined
  }

  /** Writes the asset and moves its index entries from `previous` (the stored version, if any). */
  put(ctx: Context, asset: DataAsset, previous?: DataAsset): void {
    const kv = this.kv(ctx)
    if (previous) this.dropIndexes(kv, previous)
    kv.set(K.assetKey(asset.id), DataAsset.encode(asset))
    for (const key of indexKeys(asset)) kv.set(key, K.INDEX_MARKER)
    if (isLive(asset.state)) kv.set(K.contentHashKey(asset.contentHash), K.idBytes(asset.id))
    // Kept forever (revocation, new versions and burns do not remove it): such content gets no fresh budget.
    kv.set(K.usedContentHashKey(asset.contentHash), K.INDEX_MARKER)
  }

  /** True when any asset ever had this content hash (live, an earlier version, revoked or burned). */
  contentHashUsed(ctx: Context, contentHash: string): boolean {
    if (!/^[0-9a-f]{64}$/.test(contentHash)) return false
    return this.kv(ctx).has(K.usedContentHashKey(contentHash))
  }

  markContentHashUsed(ctx: Context, contentHash: string): void {
    this.kv(ctx).set(K.usedContentHashKey(contentHash), K.INDEX_MARKER)
  }

  /** Every used content hash, in byte order. */
  *usedContentHashes(ctx: Context): IterableIterator<string> {
    const p = K.USED_CONTENT_HASH_PREFIX
    for (const { key } of this.kv(ctx).iterator(p, Uint8Array.of(p[0]! + 1))) yield toHex(key.slice(1))
  }

  remove(ctx: Context, asset: DataAsset): void {
    const kv = this.kv(ctx)
    this.dropIndexes(kv, asset)
    kv.delete(K.assetKey(asset.id))
  }

  private dropIndexes(kv: KVStore, a: DataAsset): void {
    for (const key of indexKeys(a)) kv.delete(key)
    const hashKey = K.contentHashKey(a.contentHash)
    const holder = kv.get(hashKey)
    if (holder && toHex(holder) === a.id) kv.delete(hashKey)
  }

  /** The live asset registered with this content hash, if any. */
  idByContentHash(ctx: Context, contentHash: string): string | undefined {
    if (!/^[0-9a-f]{64}$/.test(contentHash)) return undefined
    const raw = this.kv(ctx).get(K.contentHashKey(contentHash))
    return raw ? toHex(raw) : undefined
  }

  *all(ctx: Context): IterableIterator<DataAsset> {
    for (const { value } of this.kv(ctx).iterator(K.ASSET_PREFIX, Uint8Array.of(K.ASSET_PREFIX[0]! + 1)))
      yield DataAsset.decode(value)
  }

  /** Deterministic id: sha256("datum/dataasset/asset" | owner bytes | content hash | sequence). */
  nextId(ctx: Context, owner: string, contentHash: string): string {
    const seq = this.sequence(ctx) + 1n
    this.setSequence(ctx, seq)
    const preimage = concatBytes(
      utf8.encode('datum/dataasset/asset'),
      fromBech32(owner),
      K.idBytes(contentHash),
      uint64BE(seq),
    )
    return toHex(sha256(preimage))
  }

  sequence(ctx: Context): bigint {
    const raw = this.kv(ctx).get(K.ASSET_SEQUENCE_KEY)
    return raw ? readUint64BE(raw) : 0n
  }

  setSequence(ctx: Context, seq: bigint): void {
    this.kv(ctx).set(K.ASSET_SEQUENCE_KEY, uint64BE(seq))
  }

  getTerms(ctx: Context, id: string): LicenseTerms | undefined {
    if (!/^[0-9a-f]{64}$/.test(id)) return undefined
    const raw = this.kv(ctx).get(K.licenseTermsKey(id))
    return raw ? LicenseTerms.decode(raw) : undefined
  }

  putTerms(ctx: Context, terms: LicenseTerms): void {
    this.kv(ctx).set(K.licenseTermsKey(terms.id), LicenseTerms.encode(terms))
  }

  *allTerms(ctx: Context): IterableIterator<LicenseTerms> {
    const p = K.LICENSE_TERMS_PREFIX
    for (const { value } of this.kv(ctx).iterator(p, Uint8Array.of(p[0]! + 1)))
      yield LicenseTerms.decode(value)
  }

  params(ctx: Context): Params {
    const raw = this.kv(ctx).get(K.PARAMS_KEY)
    return raw ? Params.decode(raw) : DEFAULT_PARAMS
  }

  setParams(ctx: Context, params: Params): void {
    this.kv(ctx).set(K.PARAMS_KEY, Params.encode(params))
  }
}
