// The committed multistore: one IAVL tree per named store over a shared LevelDB, committed together in one
// fsync'd batch per version, with retained history, pruning and ICS23 proofs.
import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs'
import { utf8 } from '../../../modules/sdk/bytes.js'
import type { KVStore } from '../../../modules/sdk/store.js'
import { CacheMultiStoreImpl } from './cache-multistore.js'
import {
  type CommitRecord,
  decodeCommitRecord,
  encodeCommitRecord,
  type StoreCommit,
} from './commit-record.js'
import { type DbOp, type StoreDb, writeBatch } from './db.js'
import { assertValidKey, StoreError } from './errors.js'
import { iavlCommitmentProof } from './iavl-proof.js'
import { assertForeignKey, commitKey, encodeVersion, LATEST_KEY } from './keys.js'
import { LruCache } from './lru.js'
import type { NodeDb } from './node-db.js'
import type { Orphan } from './orphans.js'
import { isRetained, type Pruning, pruneStore } from './pruning.js'
import { multistoreHash } from './simple-merkle.js'
import { storeRootProof } from './simple-proof.js'
import type { MutableTree } from './tree.js'
import { SavedTree, SavedTreeStore, type WorkingTreeStore } from './tree-store.js'
import type { CacheMultiStore, CommitInfo, CommitMultiStore, ProofOp } from './types.js'
import { toInternalVersion } from './versions.js'

export interface StoreSet {
  name: string
  tree: MutableTree
  working: WorkingTreeStore
}

export class IavlMultiStore implements CommitMultiStore {
  readonly storeNames: readonly string[]
  private readonly workingStores: ReadonlyMap<string, KVStore>
  private committing = false
  private failure: Error | undefined
  private closed = false
  /** Decoded commit records of recently queried versions (queries and proofs hit the same few heights). */
  private readonly records = new LruCache<number, CommitRecord>(64)

  constructor(
    private readonly db: StoreDb,
    private readonly stores: StoreSet[],
    private readonly pruning: Pruning,
    private latest: number,
    private latestHash: Uint8Array,
    /** Ascending retained versions. */
    private retained: number[],
  ) {
    this.storeNames = stores.map((s) => s.name)
    this.workingStores = new Map(stores.map((s) => [s.name, s.working]))
  }

  private usable(): void {
    if (this.closed) throw new StoreError('CLOSED', 'the store is closed')
    if (this.failure)
      throw new StoreError('CORRUPT', `a commit failed, reopen the store: ${this.failure.message}`)
  }

  lastCommit(): CommitInfo {
    return { version: BigInt(this.latest), hash: Uint8Array.from(this.latestHash) }
  }

  branch(): CacheMultiStore {
    this.usable()
    return new CacheMultiStoreImpl(this.workingStores)
  }

  workingHash(): Uint8Array {
    this.usable()
    return multistoreHash(this.stores.map((s) => ({ name: s.name, hash: s.tree.hash() })))
  }

  async commit(extra: { key: Uint8Array; value: Uint8Array }[] = []): Promise<CommitInfo> {
    this.usable()
    for (const e of extra) assertForeignKey(e.key)
    if (this.committing) throw new StoreError('COMMIT_IN_PROGRESS', 'a commit is already in progress')
    this.committing = true
    try {
      return await this.commitVersion(extra)
    } finally {
      this.committing = false
    }
  }

  private async commitVersion(extra: { key: Uint8Array; value: Uint8Array }[]): Promise<CommitInfo> {
    const version = this.latest + 1
    const ops: DbOp[] = []
    const pending = new Map<string, Map<number, Orphan[]>>()
    const written: (() => void)[] = []
    const commits: StoreCommit[] = this.stores.map((s) => {
      const saved = s.tree.prepareSave(ops)
      written.push(() => s.tree.afterSave(saved.saved))
      pending.set(s.name, new Map(saved.orphans.length > 0 ? [[version - 1, saved.orphans]] : []))
      return { name: s.name, rootSeq: saved.rootSeq, nextSeq: saved.nextSeq, hash: saved.hash }
    })
    const appHash = multistoreHash(commits)
    ops.push({
      type: 'put',
      key: commitKey(version),
      value: encodeCommitRecord({ appHash, stores: commits }),
    })
    ops.push({ type: 'put', key: LATEST_KEY, value: encodeVersion(version) })
    const all = [...this.retained, version]
    const retained = all.filter((v) => isRetained(this.pruning, v, version))
    const doomed = all.filter((v) => !isRetained(this.pruning, v, version))
    const deleted = new Map<NodeDb, number[]>()
    if (doomed.length > 0) {
      for (const s of this.stores) {
        const seqs = pruneStore(this.db, s.tree.nodes.storeId, doomed, retained, pending.get(s.name)!, ops)
        deleted.set(s.tree.nodes, seqs)
      }
      for (const v of doomed) ops.push({ type: 'del', key: commitKey(v) })
    }
    for (const e of extra) ops.push({ type: 'put', key: e.key, value: e.value })
    try {
      await writeBatch(this.db, ops, true)
    } catch (err) {
      // The trees already moved on to the next version; only a reopen brings memory and disk back together.
      this.failure = err as Error
      throw new StoreError('CORRUPT', `commit of version ${version} failed: ${(err as Error).message}`)
    }
    for (const done of written) done()
    for (const [nodes, seqs] of deleted) for (const seq of seqs) nodes.forget(seq)
    this.latest = version
    this.latestHash = appHash
    this.retained = retained
    for (const v of doomed) this.records.delete(v)
    return { version: BigInt(version), hash: Uint8Array.from(appHash) }
  }

  private record(version: bigint): { v: number; rec: CommitRecord } {
    this.usable()
    const v = toInternalVersion(version)
    if (v > this.latest)
      throw new StoreError('VERSION_NOT_FOUND', `version ${v} is not committed yet (latest ${this.latest})`)
    const raw = this.retained.includes(v) ? this.db.getSync(commitKey(v)) : undefined
    if (!raw) throw new StoreError('VERSION_PRUNED', `version ${v} was pruned`)
    return { v, rec: decodeCommitRecord(raw) }
  }

  private savedTree(storeName: string, version: bigint): { tree: SavedTree; rec: CommitRecord } {
    const { v, rec } = this.record(version)
    const s = this.stores.find((x) => x.name === storeName)
    if (!s) throw new StoreError('UNKNOWN_STORE', `unknown store ${JSON.stringify(storeName)}`)
    const c = rec.stores.find((x) => x.name === storeName)
    return { tree: new SavedTree(s.tree.nodes, c?.rootSeq ?? 0, v), rec }
  }

  storeAt(storeName: string, version: bigint): KVStore {
    return new SavedTreeStore(this.savedTree(storeName, version).tree)
  }

  prove(
    storeName: string,
    key: Uint8Array,
    version: bigint,
  ): { value: Uint8Array | undefined; ops: ProofOp[] } {
    assertValidKey(key)
    const { tree, rec } = this.savedTree(storeName, version)
    const iavl = iavlCommitmentProof(tree, key)
    // The records hold exactly the roots that version's app hash was built from.
    const simple = storeRootProof(rec.stores, storeName)
    return {
      value: iavl.exist ? iavl.exist.value : undefined,
      ops: [
        { type: 'ics23:iavl', key: Uint8Array.from(key), data: encodeProof(iavl) },
        { type: 'ics23:simple', key: utf8.encode(storeName), data: encodeProof(simple) },
      ],
    }
  }

  versions(): bigint[] {
    return this.retained.map((v) => BigInt(v))
  }

  async close(): Promise<void> {
    this.closed = true
  }
}

const encodeProof = (p: CommitmentProof): Uint8Array => CommitmentProof.encode(p).finish()
