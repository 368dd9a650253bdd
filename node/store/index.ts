// The state store's public surface: open a CommitMultiStore, branch it, meter it, prove from it.
export type { DbOp, StoreDb } from './db.js'
export { MAX_KEY_LENGTH, MAX_VALUE_LENGTH, StoreError, type StoreErrorCode } from './errors.js'
export { GasKVStore, type KVGasConfig } from './gas-kv.js'
export { EMPTY_TREE_HASH } from './node.js'
export { type OpenStoreOptions, openCommitMultiStore } from './open.js'
export { multistoreHash } from './simple-merkle.js'
export type { CacheMultiStore, CommitInfo, CommitMultiStore, ProofOp, PruningOptions } from './types.js'
