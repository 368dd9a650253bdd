// Opening the multistore: validate options, check (or migrate) the on-disk format, load each store's tree
// from the newest checkpoint and replay the changesets committed after it, checking every replayed root
// against its commit record. A version is committed exactly when its commit record and the latest marker are
// on disk, and both are written by the same batch as its changeset.
import { decodeChangeset } from './changeset.js'
import { decodeCommitRecord } from './commit-record.js'
import type { StoreDb } from './db.js'
import { StoreError } from './errors.js'
import {
  changesetKey,
  checkpointKey,
  commitKey,
  decodeVersion,
  FORMAT_KEY,
  LATEST_KEY,
  storeId,
} from './keys.js'
import { IavlMultiStore, type MultiStoreTuning, type StoreSet } from './multistore.js'
import { EMPTY_TREE_HASH, type IavlNode } from './node.js'
import { NodeDb } from './node-db.js'
import { type Pruning, validatePruning } from './pruning.js'
import { MutableTree } from './tree.js'
import { WorkingTreeStore } from './tree-store.js'
import type { CommitMultiStore } from './types.js'

export interface OpenStoreOptions {
  /** An open `level` db or sublevel with 'view' key and value encodings. */
  db: StoreDb
  storeNames: readonly string[]
  /** Default: keep everything. */
  pruning?: Pruning
  /** Saved nodes cached per store for trees not held in memory and for old versions (default 200,000). */
  nodeCacheSize?: number
  /** Versions between checkpoints (default 100): the most a reopen replays. */
  checkpointInterval?: number
  /** Nodes per store held in memory before the tree loads through the node cache (default 8,000,000). */
  memoryNodes?: number
  /** Latest values of hot keys cached per store for reads (default 100,000; 0 turns it off). */
  readCacheSize?: number
}

/** Format 2: changesets plus checkpoints. Format 1 (no marker) saved every version's nodes. */
const FORMAT = 2
const STORE_NAME = /^[a-z][a-z0-9_]{0,63}$/
/** Committed roots kept in memory; the working trees reuse node objects on this assumption (`node-pool.ts`). */
const RECENT_VERSIONS = 2

function positiveInt(name: string, v: number, min: number): number {
  if (!Number.isSafeInteger(v) || v < min) {
    throw new StoreError('INVALID_OPTIONS', `${name} must be an integer of at least ${min}, got ${v}`)
  }
  return v
}

async function listVersions(db: StoreDb, keyOf: (v: number) => Uint8Array): Promise<number[]> {
  const out: number[] = []
  for await (const key of db.keys({ gte: keyOf(0), lt: keyOf(Number.MAX_SAFE_INTEGER) })) {
    out.push(decodeVersion(key.subarray(1)))
  }
  return out
}

/**
 * A format-1 home saved the full tree of every version it kept, so each retained version is a checkpoint:
 * marking them is the whole migration, written in one batch with the format marker.
 */
async function checkFormat(db: StoreDb, latest: number, retained: number[]): Promise<void> {
  const raw = db.getSync(FORMAT_KEY)
  if (raw) {
    if (raw.length !== 1 || raw[0] !== FORMAT) {
      throw new StoreError(
        'UNSUPPORTED_FORMAT',
        `the state store on disk has format ${raw.length === 1 ? raw[0] : 'unknown'}; this node reads format ${FORMAT}`,
      )
    }
    return
  }
  const batch = db.batch()
  for (const v of latest > 0 ? retained : []) {
    const rec = db.getSync(commitKey(v))
    if (!rec) throw new StoreError('CORRUPT', `commit record of version ${v} is missing`)
    batch.put(checkpointKey(v), rec)
  }
  batch.put(FORMAT_KEY, Uint8Array.of(FORMAT))
  await batch.write({ sync: true })
}

export async function openCommitMultiStore(opts: OpenStoreOptions): Promise<CommitMultiStore> {
  const pruning = opts.pruning ?? { keepRecent: 0, keepEvery: 0 }
  validatePruning(pruning)
  const cacheSize = positiveInt('nodeCacheSize', opts.nodeCacheSize ?? 200_000, 2)
  const tuning: MultiStoreTuning = {
    checkpointInterval: positiveInt('checkpointInterval', opts.checkpointInterval ?? 100, 1),
    memoryNodes: positiveInt('memoryNodes', opts.memoryNodes ?? 8_000_000, 0),
    recentVersions: RECENT_VERSIONS,
  }
  const readCacheSize = positiveInt('readCacheSize', opts.readCacheSize ?? 100_000, 0)
  const names = [...opts.storeNames]
  if (names.length === 0) throw new StoreError('INVALID_OPTIONS', 'at least one store name is required')
  for (const n of names) {
    if (!STORE_NAME.test(n))
      throw new StoreError('INVALID_OPTIONS', `invalid store name ${JSON.stringify(n)}`)
  }
  if (new Set(names).size !== names.length) throw new StoreError('INVALID_OPTIONS', 'duplicate store names')
  if (opts.db.status !== 'open') throw new StoreError('CLOSED', 'the db must be open')

  const db = opts.db
  const latestRaw = db.getSync(LATEST_KEY)
  const latest = latestRaw ? decodeVersion(latestRaw) : 0
  const readRecord = (v: number) => {
    const rec = db.getSync(commitKey(v))
    if (!rec) throw new StoreError('CORRUPT', `commit record of version ${v} is missing`)
    return decodeCommitRecord(rec)
  }
  const record = latest > 0 ? readRecord(latest) : { appHash: EMPTY_TREE_HASH, stores: [] }
  for (const s of record.stores) {
    if (!names.includes(s.name)) {
      throw new StoreError(
        'INVALID_OPTIONS',
        `store ${JSON.stringify(s.name)} exists on disk but is not configured`,
      )
    }
  }
  const retained = await listVersions(db, commitKey)
  await checkFormat(db, latest, retained)
  const checkpoints = await listVersions(db, checkpointKey)
  const changesets = await listVersions(db, changesetKey)

  const base = checkpoints.length > 0 ? checkpoints[checkpoints.length - 1]! : 0
  const baseRaw = base > 0 ? db.getSync(checkpointKey(base)) : undefined
  if (base > 0 && !baseRaw) throw new StoreError('CORRUPT', `checkpoint ${base} is missing`)
  const baseRecord = baseRaw ? decodeCommitRecord(baseRaw) : undefined
  const stores: StoreSet[] = names.map((name) => {
    const saved = baseRecord?.stores.find((s) => s.name === name)
    const nodes = new NodeDb(db, storeId(name), cacheSize)
    const tree = new MutableTree(nodes, base, saved?.rootSeq ?? 0, saved?.nextSeq ?? 1, {
      pin: true,
      readCacheSize,
      recycle: true,
    })
    if (tree.size() * 2 > tuning.memoryNodes) tree.pin = false
    return { name, tree, working: new WorkingTreeStore(tree) }
  })

  const recent = new Map<number, Map<string, IavlNode | undefined>>()
  const remember = (v: number) => {
    recent.set(v, new Map(stores.map((s) => [s.name, s.tree.committedRoot()])))
    recent.delete(v - RECENT_VERSIONS)
  }
  if (base > 0) remember(base)
  for (let v = base + 1; v <= latest; v++) {
    const raw = db.getSync(changesetKey(v))
    if (!raw) throw new StoreError('CORRUPT', `changeset of version ${v} is missing`)
    const changes = new Map(decodeChangeset(raw, v).map((c) => [c.name, c.changes]))
    // Only the versions kept in memory are hashed and checked: the latest root covers every change before it.
    // A pruned version has no record left but its changeset still leads to the versions after it.
    const read = v > latest - RECENT_VERSIONS
    const stored = read ? db.getSync(commitKey(v)) : undefined
    const rec = stored ? decodeCommitRecord(stored) : undefined
    for (const s of stores) {
      for (const c of changes.get(s.name) ?? []) s.tree.apply(c)
      if (!read) {
        s.tree.advance()
        continue
      }
      const { hash } = s.tree.commit()
      const want = rec?.stores.find((x) => x.name === s.name)?.hash ?? EMPTY_TREE_HASH
      if (rec && Buffer.compare(hash, want) !== 0) {
        throw new StoreError('CORRUPT', `replayed store ${s.name} at version ${v} does not match its root`)
      }
    }
    if (read) remember(v)
  }
  const retainedNow = retained.filter((v) => v <= latest)
  return new IavlMultiStore(db, stores, pruning, tuning, {
    latest,
    latestHash: record.appHash,
    retained: retainedNow,
    checkpoints,
    changesets,
    recent: new Map([...recent].filter(([v]) => retainedNow.includes(v))),
  })
}
