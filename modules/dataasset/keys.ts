// Store layout of the dataasset module: one-byte prefixes under the module's own store (see README §State).
// Asset, licence and content-hash ids are 32-byte sha256 values, kept raw in keys and hex in messages.
import { concatBytes, fromHex, lengthPrefixed, uint64BE, utf8 } from '../sdk/index.js'

export const MODULE_NAME = 'dataasset'
export const STORE_KEY = 'dataasset'

export const ASSET_PREFIX = Uint8Array.of(0x01)
export const OWNER_INDEX_PREFIX = Uint8Array.of(0x02)
export const STATE_INDEX_PREFIX = Uint8Array.of(0x03)
export const TAG_INDEX_PREFIX = Uint8Array.of(0x04)
export const CONTENT_HASH_INDEX_PREFIX = Uint8Array.of(0x05)
export const LICENSE_TERMS_PREFIX = Uint8Array.of(0x06)
export const BUDGET_PREFIX = Uint8Array.of(0x07)
export const USAGE_PREFIX = Uint8Array.of(0x08)
export const USAGE_COUNT_PREFIX = Uint8Array.of(0x09)
export const ASSET_SEQUENCE_KEY = Uint8Array.of(0x0a)
export const PARAMS_KEY = Uint8Array.of(0x0b)
/** Executor grants: `0x10 ‖ asset_id ‖ len ‖ executor` → ExecutorGrant; `0x11 ‖ len ‖ executor ‖ asset_id` → marker. */
export const GRANT_PREFIX = Uint8Array.of(0x10)
export const GRANT_BY_EXECUTOR_PREFIX = Uint8Array.of(0x11)
export const USED_CONTENT_HASH_PREFIX = Uint8Array.of(0x0c)
/** Model assets by training input: `0x12 ‖ input_asset_id ‖ model_asset_id` → marker. */
export const MODEL_BY_INPUT_PREFIX = Uint8Array.of(0x12)

/** Approved feature modules (issue 16): `0x13 ‖ asset_id ‖ module_hash` → FeatureModule. */
export const FEATURE_MODULE_PREFIX = Uint8Array.of(0x13)

/** Value stored under index keys (the key carries all the information). */
export const INDEX_MARKER = Uint8Array.of(0x01)

/** A 64-character lower-case hex id as its 32 raw bytes. */
export const idBytes = (hexId: string): Uint8Array => fromHex(hexId)

export const assetKey = (id: string): Uint8Array => concatBytes(ASSET_PREFIX, idBytes(id))

export const ownerIndexPrefix = (owner: Uint8Array): Uint8Array =>
  concatBytes(OWNER_INDEX_PREFIX, lengthPrefixed(owner))
export const ownerIndexKey = (owner: Uint8Array, id: string): Uint8Array =>
  concatBytes(ownerIndexPrefix(owner), idBytes(id))

export const stateIndexPrefix = (state: number): Uint8Array =>
  concatBytes(STATE_INDEX_PREFIX, Uint8Array.of(state))
export const stateIndexKey = (state: number, id: string): Uint8Array =>
  concatBytes(stateIndexPrefix(state), idBytes(id))

export const tagIndexPrefix = (tag: string): Uint8Array =>
  concatBytes(TAG_INDEX_PREFIX, lengthPrefixed(utf8.encode(tag)))
export const tagIndexKey = (tag: string, id: string): Uint8Array =>
  concatBytes(tagIndexPrefix(tag), idBytes(id))

export const contentHashKey = (contentHash: string): Uint8Array =>
  concatBytes(CONTENT_HASH_INDEX_PREFIX, idBytes(contentHash))

export const usedContentHashKey = (contentHash: string): Uint8Array =>
  concatBytes(USED_CONTENT_HASH_PREFIX, idBytes(contentHash))

export const licenseTermsKey = (id: string): Uint8Array => concatBytes(LICENSE_TERMS_PREFIX, idBytes(id))

export const budgetPrefix = (assetId: string): Uint8Array => concatBytes(BUDGET_PREFIX, idBytes(assetId))
export const budgetKey = (assetId: string, version: number): Uint8Array => {
  const v = new Uint8Array(4)
  new DataView(v.buffer).setUint32(0, version)
  return concatBytes(budgetPrefix(assetId), v)
}

export const usagePrefix = (assetId: string): Uint8Array => concatBytes(USAGE_PREFIX, idBytes(assetId))
export const usageKey = (assetId: string, sequence: bigint): Uint8Array =>
  concatBytes(usagePrefix(assetId), uint64BE(sequence))
export const usageCountKey = (assetId: string): Uint8Array =>
  concatBytes(USAGE_COUNT_PREFIX, idBytes(assetId))

export const grantPrefix = (assetId: string): Uint8Array => concatBytes(GRANT_PREFIX, idBytes(assetId))
export const grantKey = (assetId: string, executor: Uint8Array): Uint8Array =>
  concatBytes(grantPrefix(assetId), lengthPrefixed(executor))
export const grantByExecutorPrefix = (executor: Uint8Array): Uint8Array =>
  concatBytes(GRANT_BY_EXECUTOR_PREFIX, lengthPrefixed(executor))
export const grantByExecutorKey = (executor: Uint8Array, assetId: string): Uint8Array =>
  concatBytes(grantByExecutorPrefix(executor), idBytes(assetId))

export const modelsByInputPrefix = (inputId: string): Uint8Array =>
  concatBytes(MODEL_BY_INPUT_PREFIX, idBytes(inputId))
export const modelByInputKey = (inputId: string, modelId: string): Uint8Array =>
  concatBytes(modelsByInputPrefix(inputId), idBytes(modelId))

export const featureModulePrefix = (assetId: string): Uint8Array =>
  concatBytes(FEATURE_MODULE_PREFIX, idBytes(assetId))
export const featureModuleKey = (assetId: string, moduleHash: string): Uint8Array =>
  concatBytes(featureModulePrefix(assetId), idBytes(moduleHash))

/** The 32-byte id at the end of an index key (index keys end with the asset id). */
export const idFromIndexKey = (key: Uint8Array): string =>
  Buffer.from(key.subarray(key.length - 32)).toString('hex')
