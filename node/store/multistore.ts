// The committed multistore: one in-memory IAVL tree per named store over a shared LevelDB. A commit writes
// one fsync'd batch holding the version's changeset and commit record (plus, every few versions, a
// checkpoint of the nodes created since the last one), with retained history, pruning and ICS23 proofs.
import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs'
import { utf8 } from '../../modules/sdk/bytes.js'
import type { KVStore } from '../../modules/sdk/store.js'
import { CacheMultiStoreImpl } from './cache-multistore.js'
import { decodeChangeset, encodeChangeset } from './changeset.js'
import {
  type CommitRecord,
  decodeCommitRecord,
  encodeCommitRecord,
  type StoreCommit,
} from './commit-record.js'
import { BatchSink, type StoreDb } from './db.js'
import { assertValidKey, StoreError } from './errors.js'
import { iavlCommitmentProof } from './iavl-proof.js'
import {
  assertForeignKey,
  changesetKey,
  checkpointKey,
  commitKey,
  encodeVersion,
  LATEST_KEY,
  orphansKey,
} from './keys.js'
import { LruCache } from './lru.js'
import { EMPTY_TREE_HASH, type IavlNode } from './node.js'
import type { NodeDb } from './node-db.js'
import { encodeOrphans, type Orphan } from './orphans.js'
import { atOrBelow, includes, type Pruning, pruneStore } from './pruning.js'
import { planRetention } from './retention.js'
import { multistoreHash } from './simple-merkle.js'
import { storeRootProof } from './simple-proof.js'
import { MutableTree } from './tree.js'
import { SavedTree, SavedTreeStore, type WorkingTreeStore } from './tree-store.js'
import type { CacheMultiStore, CommitInfo, CommitMultiStore, ForeignOp, ProofOp } from './types.js'
import { toInternalVersion } from './versions.js'

export interface StoreSet {
  name: string
  tree: MutableTree
  working: WorkingTreeStore
}

export interface MultiStoreTuning {
  /** Versions between checkpoints (a version divisible by `keepEvery` is always one). */
  checkpointInterval: number
  /** Above this many nodes a tree stops being held in memory and loads through the node cache. */
  memoryNodes: number
  /** Committed versions whose roots stay in memory for queries and proofs. */
  recentVersions: number
}

/** What `open` recovered from disk. */
export interface OpenedState {
  latest: number
  latestHash: Uint8Array
  retained: number[]
  checkpoints: number[]
  changesets: number[]
  /** Roots of the most recent versions, rebuilt at open. */
  recent: Map<number, Map<string, IavlNode | undefined>>
}

const REPLAY_CACHE = 16

export class IavlMultiStore implements CommitMultiStore {
  readonly storeNames: readonly string[]
  private readonly workingStores: ReadonlyMap<string, KVStore>
  private committing = false
  private failure: Error | undefined
  private closed = false
  private latest: number
  private latestHash: Uint8Array
  /** Ascending retained versions, and the same as a set for O(1) queries. */
  private retained: number[]
  private retainedSet: Set<number>
  private checkpoints: number[]
  private changesets: number[]
  private readonly recent: Map<number, Map<string, IavlNode | undefined>>
  /** Decoded commit records of recently queried versions (queries and proofs hit the same few heights). */
  private readonly records = new LruCache<number, CommitRecord>(256)
  /** Encoded store-in-app-hash proofs per (version, store). */
  private readonly simpleProofs = new LruCache<string, Uint8Array>(256)
  /** Trees of older versions rebuilt from a checkpoint and changesets. */
  private readonly replayed = new LruCache<string, SavedTree>(REPLAY_CACHE)

  constructor(
    private readonly db: StoreDb,
    private readonly stores: StoreSet[],
    private readonly pruning: Pruning,
    private readonly tuning: MultiStoreTuning,
    state: OpenedState,
  ) {
    this.storeNames = stores.map((s) => s.name)
    this.workingStores = new Map(stores.map((s) => [s.name, s.working]))
    this.latest = state.latest
    this.latestHash = state.latestHash
    this.retained = state.retained
    this.retainedSet = new Set(state.retained)
    this.checkpoints = state.checkpoints
    this.changesets = state.changesets
    this.recent = state.recent
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

  async commit(
    extra: { key: Uint8Array; value: Uint8Array }[] = [],
    foreign: readonly ForeignOp[] = [],
  ): Promise<CommitInfo> {
    this.usable()
    for (const e of extra) assertForeignKey(e.key)
    if (this.committing) throw new StoreError('COMMIT_IN_PROGRESS', 'a commit is already in progress')
    this.committing = true
    try {
      return await this.commitVersion(extra, foreign)
    } catch (err) {
      // The trees already moved on to the next version; only a reopen brings memory and disk back together.
      this.failure ??= err as Error
      throw err
    } finally {
      this.committing = false
    }
  }

  private isCheckpoint(version: number): boolean {
    const last = this.checkpoints.length > 0 ? this.checkpoints[this.checkpoints.length - 1]! : 0
    if (version - last >= this.tuning.checkpointInterval) return true
    return this.pruning.keepEvery > 0 && version % this.pruning.keepEvery === 0
  }

  private async commitVersion(
    extra: { key: Uint8Array; value: Uint8Array }[],
    foreign: readonly ForeignOp[],
  ): Promise<CommitInfo> {
    const version = this.latest + 1
    const ops = new BatchSink(this.db.batch())
    // The tree commits below free the node objects of the version that leaves memory (node-pool.ts), and the
    // batch write after them yields to queries: that version leaves `recent` first, so a query served while
    // the batch is written re-resolves it from disk instead of reading freed nodes.
    for (const v of this.recent.keys()) if (v <= version - this.tuning.recentVersions) this.recent.delete(v)
    const commits = this.stores.map((s) => ({ s, c: s.tree.commit() }))
    const checkpoint = this.isCheckpoint(version)
    const lastCheckpoint = this.checkpoints.length > 0 ? this.checkpoints[this.checkpoints.length - 1]! : 0
    const pending = new Map<string, Map<number, Orphan[]>>()
    const written: (() => void)[] = []
    const records: StoreCommit[] = commits.map(({ s, c }) => {
      if (!checkpoint) return { name: s.name, rootSeq: 0, nextSeq: 0, hash: c.hash }
      const k = s.tree.checkpoint(ops)
      written.push(() => s.tree.afterCheckpoint(k.saved))
      // Saved nodes replaced since the last checkpoint were last live in that checkpoint's tree.
      if (k.orphans.length > 0 && lastCheckpoint > 0) {
        ops.push({
          type: 'put',
          key: orphansKey(s.tree.nodes.storeId, lastCheckpoint),
          value: encodeOrphans(k.orphans),
        })
        pending.set(s.name, new Map([[lastCheckpoint, k.orphans]]))
      }
      return { name: s.name, rootSeq: k.rootSeq, nextSeq: k.nextSeq, hash: c.hash }
    })
    const appHash = multistoreHash(records)
    ops.push({
      type: 'put',
      key: changesetKey(version),
      value: encodeChangeset(commits.map(({ s, c }) => ({ name: s.name, changes: c.changes }))),
    })
    const record: CommitRecord = { appHash, stores: records }
    const encoded = encodeCommitRecord(record)
    // A checkpoint keeps its own copy of the record: it outlives the version's record when pruning keeps the
    // checkpoint only as the base later versions replay from.
    if (checkpoint) ops.push({ type: 'put', key: checkpointKey(version), value: encoded })
    ops.push({ type: 'put', key: commitKey(version), value: encoded })
    ops.push({ type: 'put', key: LATEST_KEY, value: encodeVersion(version) })

    // Keeping everything never deletes: skip the plan (it is linear in the retained versions).
    const keepAll = this.pruning.keepRecent === 0
    const plan = keepAll
      ? undefined
      : planRetention(
          this.pruning,
          version,
          [...this.retained, version],
          checkpoint ? [...this.checkpoints, version] : this.checkpoints,
          [...this.changesets, version],
        )
    const deleted = new Map<NodeDb, number[]>()
    if (plan) {
      for (const v of plan.doomed) ops.push({ type: 'del', key: commitKey(v) })
      if (plan.doomedCheckpoints.length > 0) {
        for (const s of this.stores) {
          const seqs = pruneStore(
            this.db,
            s.tree.nodes.storeId,
            plan.doomedCheckpoints,
            plan.checkpoints,
            pending.get(s.name) ?? new Map(),
            ops,
          )
          deleted.set(s.tree.nodes, seqs)
        }
        for (const c of plan.doomedCheckpoints) ops.push({ type: 'del', key: checkpointKey(c) })
      }
      for (const w of plan.doomedChangesets) ops.push({ type: 'del', key: changesetKey(w) })
    }
    // Queries run while the batch is written, which may already have deleted what a doomed version reads
    // from: from here on those versions are pruned.
    if (plan) for (const v of plan.doomed) this.retainedSet.delete(v)
    for (const e of extra) ops.push({ type: 'put', key: e.key, value: e.value })
    for (const f of foreign) {
      if (f.type === 'put') ops.batch.put(f.key, f.value!, { sublevel: f.sublevel })
      else ops.batch.del(f.key, { sublevel: f.sublevel })
    }
    try {
      await ops.batch.write({ sync: true })
    } catch (err) {
      this.failure = err as Error
      throw new StoreError('CORRUPT', `commit of version ${version} failed: ${(err as Error).message}`)
    }
    for (const done of written) done()
    for (const [nodes, seqs] of deleted) for (const seq of seqs) nodes.forget(seq)
    this.latest = version
    this.latestHash = appHash
    if (plan) {
      this.retained = plan.retained
      this.retainedSet = new Set(plan.retained)
      this.checkpoints = plan.checkpoints
      this.changesets = plan.changesets
    } else {
      this.retained.push(version)
      this.retainedSet.add(version)
      if (checkpoint) this.checkpoints.push(version)
      this.changesets.push(version)
    }
    this.records.set(version, record)
    this.recent.set(version, new Map(commits.map(({ s, c }) => [s.name, c.root])))
    for (const v of this.recent.keys()) if (!this.retainedSet.has(v)) this.recent.delete(v)
    if (checkpoint) {
      for (const s of this.stores) {
        if (s.tree.pin && s.tree.size() * 2 > this.tuning.memoryNodes) s.tree.unpin()
        s.tree.repackIfDue()
      }
    }
    return { version: BigInt(version), hash: Uint8Array.from(appHash) }
  }

  private record(version: bigint): { v: number; rec: CommitRecord } {
    this.usable()
    const v = toInternalVersion(version)
    if (v > this.latest)
      throw new StoreError('VERSION_NOT_FOUND', `version ${v} is not committed yet (latest ${this.latest})`)
    if (!this.retainedSet.has(v)) throw new StoreError('VERSION_PRUNED', `version ${v} was pruned`)
    return { v, rec: this.readRecord(v) }
  }

  private readRecord(v: number): CommitRecord {
    let rec = this.records.get(v)
    if (!rec) {
      const raw = this.db.getSync(commitKey(v))
      if (!raw) throw new StoreError('CORRUPT', `commit record of version ${v} is missing`)
      rec = decodeCommitRecord(raw)
      this.records.set(v, rec)
    }
    return rec
  }

  private checkpointRecord(c: number): CommitRecord {
    const raw = this.db.getSync(checkpointKey(c))
    if (!raw) throw new StoreError('CORRUPT', `checkpoint ${c} is missing`)
    return decodeCommitRecord(raw)
  }

  private savedTree(storeName: string, version: bigint): { tree: SavedTree; rec: CommitRecord } {
    const { v, rec } = this.record(version)
    const s = this.stores.find((x) => x.name === storeName)
    if (!s) throw new StoreError('UNKNOWN_STORE', `unknown store ${JSON.stringify(storeName)}`)
    const roots = this.recent.get(v)
    if (roots) {
      // Once v leaves memory its nodes' objects are reused (node-pool.ts): views of it must re-resolve.
      const inMemory = () => this.recent.get(v) === roots
      return { tree: new SavedTree(s.tree.nodes, roots.get(storeName), v, inMemory), rec }
    }
    if (includes(this.checkpoints, v)) {
      const c = rec.stores.find((x) => x.name === storeName)
      return { tree: SavedTree.fromDisk(s.tree.nodes, c?.rootSeq ?? 0, v), rec }
    }
    return { tree: this.replay(s, v, rec), rec }
  }

  /** Rebuilds an older version: the checkpoint at or below it, then the changesets up to it, in order. */
  private replay(s: StoreSet, v: number, rec: CommitRecord): SavedTree {
    const cacheKey = `${s.name}@${v}`
    const cached = this.replayed.get(cacheKey)
    if (cached) return cached
    const base = atOrBelow(this.checkpoints, v)
    const start = base > 0 ? this.checkpointRecord(base).stores.find((x) => x.name === s.name) : undefined
    // Its nodes stay in the replay cache after this: no object reuse.
    const tree = new MutableTree(s.tree.nodes, base, start?.rootSeq ?? 0, start?.nextSeq ?? 1, {
      pin: false,
      readCacheSize: 0,
      recycle: false,
    })
    for (let w = base + 1; w <= v; w++) {
      const raw = this.db.getSync(changesetKey(w))
      if (!raw) throw new StoreError('CORRUPT', `changeset of version ${w} is missing`)
      const changes = decodeChangeset(raw, w).find((x) => x.name === s.name)?.changes ?? []
      for (const c of changes) tree.apply(c)
      if (w < v) tree.advance()
      else tree.commit()
    }
    const want = rec.stores.find((x) => x.name === s.name)?.hash ?? EMPTY_TREE_HASH
    if (Buffer.compare(tree.hash(), want) !== 0) {
      throw new StoreError('CORRUPT', `replayed store ${s.name} at version ${v} does not match its root`)
    }
    const saved = new SavedTree(s.tree.nodes, tree.committedRoot(), v)
    this.replayed.set(cacheKey, saved)
    return saved
  }

  storeAt(storeName: string, version: bigint): KVStore {
    return new SavedTreeStore(
      this.savedTree(storeName, version).tree,
      () => this.savedTree(storeName, version).tree,
    )
  }

  prove(
    storeName: string,
    key: Uint8Array,
    version: bigint,
  ): { value: Uint8Array | undefined; ops: ProofOp[] } {
    assertValidKey(key)
    const { tree, rec } = this.savedTree(storeName, version)
    const iavl = iavlCommitmentProof(tree, key)
    return {
      value: iavl.exist ? iavl.exist.value : undefined,
      ops: [
        { type: 'ics23:iavl', key: Uint8Array.from(key), data: encodeProof(iavl) },
        {
          type: 'ics23:simple',
          key: utf8.encode(storeName),
          data: this.simpleProof(rec, tree.version, storeName),
        },
      ],
    }
  }

  /** The records hold exactly the roots that version's app hash was built from; one encoding per version. */
  private simpleProof(rec: CommitRecord, v: number, storeName: string): Uint8Array {
    const key = `${v}/${storeName}`
    let data = this.simpleProofs.get(key)
    if (!data) {
      data = encodeProof(storeRootProof(rec.stores, storeName))
      this.simpleProofs.set(key, data)
    }
    return Uint8Array.from(data)
  }

  versions(): bigint[] {
    return this.retained.map((v) => BigInt(v))
  }

  async close(): Promise<void> {
    this.closed = true
  }
}

const encodeProof = (p: CommitmentProof): Uint8Array => CommitmentProof.encode(p).finish()
