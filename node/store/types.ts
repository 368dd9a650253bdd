// The store's contract with the rest of the node. Modules only ever see `KVStore` (modules/sdk);
// the app sees these: a committed multistore of named IAVL trees, cache branches for blocks and txs,
// historical reads and ICS23 proofs.
import type { KVStore } from '../../modules/sdk/store.js'

export interface CommitInfo {
  version: bigint
  /** The app hash: simple-merkle root over sorted (store name -> IAVL root), cosmos-sdk `maps.go` style. */
  hash: Uint8Array
}

/** A write-back branch: reads see its own writes, `write()` flushes to the parent, dropping it discards. */
export interface CacheMultiStore {
  getKVStore(storeName: string): KVStore
  /** A nested branch over this one (a tx branch over the block branch). */
  branch(): CacheMultiStore
  write(): void
  /** Visits every pending write or delete (key as latin1 of its bytes), when the branch can list them. */
  forEachPending?(visit: (storeName: string, key: string) => void): void
}

export interface ProofOp {
  /** `ics23:iavl` (key in its store) or `ics23:simple` (store in the app hash). */
  type: string
  key: Uint8Array
  /** Encoded `cosmos.ics23.v1.CommitmentProof`. */
  data: Uint8Array
}

export interface PruningOptions {
  /** Keep the latest N versions (0 = keep everything). */
  keepRecent: number
  /** Also keep every M-th version forever (0 = none). */
  keepEvery: number
}

/**
 * A write into another sublevel of the LevelDB the store's db belongs to (the block store's), made atomic
 * with a commit. `sublevel` is that abstract-level sublevel; it must share the store's root db.
 */
export interface ForeignOp {
  type: 'put' | 'del'
  key: Uint8Array
  value?: Uint8Array
  sublevel: object
}

export interface CommitMultiStore {
  readonly storeNames: readonly string[]
  /** The last committed version and app hash (version 0 and the empty-tree hash sha256("") before the first commit). */
  lastCommit(): CommitInfo
  /** A branch over the current working state (committed state plus anything written since). */
  branch(): CacheMultiStore
  /** The app hash the working state would commit to, without committing. */
  workingHash(): Uint8Array
  /**
   * Persists the working state as version lastCommit().version + 1, in one fsync'd LevelDB batch that also
   * carries `extra` (keys must not start with the store's reserved bytes 'n', 'o', 'c', 'w', 'k', 'L', 'F') and
   * `foreign` (writes into sibling sublevels).
   */
  commit(
    extra?: { key: Uint8Array; value: Uint8Array }[],
    foreign?: readonly ForeignOp[],
  ): Promise<CommitInfo>
  /** Read-only view of one store at a retained version; throws a typed error for a pruned or future version. */
  storeAt(storeName: string, version: bigint): KVStore
  /**
   * Value plus the two proof ops CosmJS's verified query expects, at a retained version. Throws
   * PROOF_UNAVAILABLE for an absent key in an empty store.
   */
  prove(
    storeName: string,
    key: Uint8Array,
    version: bigint,
  ): { value: Uint8Array | undefined; ops: ProofOp[] }
  /** Retained versions (ascending). */
  versions(): bigint[]
  close(): Promise<void>
}
