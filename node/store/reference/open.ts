// Opening the multistore: validate options, find the last committed version and each store's root, and
// list the retained versions. A version is committed exactly when its commit record and the latest marker
// are on disk, and both are written by the same batch as its nodes.
import { decodeCommitRecord } from './commit-record.js'
import type { StoreDb } from './db.js'
import { StoreError } from './errors.js'
import { commitKey, decodeVersion, LATEST_KEY, storeId } from './keys.js'
import { IavlMultiStore, type StoreSet } from './multistore.js'
import { EMPTY_TREE_HASH } from './node.js'
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
  /** Saved nodes kept in memory per store (default 200,000: about 60 MB per store at full use). */
  nodeCacheSize?: number
}

const STORE_NAME = /^[a-z][a-z0-9_]{0,63}$/

export async function openCommitMultiStore(opts: OpenStoreOptions): Promise<CommitMultiStore> {
  const pruning = opts.pruning ?? { keepRecent: 0, keepEvery: 0 }
  validatePruning(pruning)
  const cacheSize = opts.nodeCacheSize ?? 200_000
  if (!Number.isSafeInteger(cacheSize) || cacheSize < 2) {
    throw new StoreError(
      'INVALID_OPTIONS',
      `nodeCacheSize must be an integer of at least 2, got ${cacheSize}`,
    )
  }
  const names = [...opts.storeNames]
  if (names.length === 0) throw new StoreError('INVALID_OPTIONS', 'at least one store name is required')
  for (const n of names) {
    if (!STORE_NAME.test(n))
      throw new StoreError('INVALID_OPTIONS', `invalid store name ${JSON.stringify(n)}`)
  }
  if (new Set(names).size !== names.length) throw new StoreError('INVALID_OPTIONS', 'duplicate store names')
  if (opts.db.status !== 'open') throw new StoreError('CLOSED', 'the db must be open')

  const latestRaw = opts.db.getSync(LATEST_KEY)
  const latest = latestRaw ? decodeVersion(latestRaw) : 0
  const rec = latest > 0 ? opts.db.getSync(commitKey(latest)) : undefined
  if (latest > 0 && !rec)
    throw new StoreError('CORRUPT', `commit record of latest version ${latest} is missing`)
  const record = rec ? decodeCommitRecord(rec) : { appHash: EMPTY_TREE_HASH, stores: [] }
  for (const s of record.stores) {
    if (!names.includes(s.name)) {
      throw new StoreError(
        'INVALID_OPTIONS',
        `store ${JSON.stringify(s.name)} exists on disk but is not configured`,
      )
    }
  }
  const stores: StoreSet[] = names.map((name) => {
    const saved = record.stores.find((s) => s.name === name)
    const nodes = new NodeDb(opts.db, storeId(name), cacheSize)
    const tree = new MutableTree(nodes, latest, saved?.rootSeq ?? 0, saved?.nextSeq ?? 1)
    return { name, tree, working: new WorkingTreeStore(tree) }
  })
  const retained: number[] = []
  for await (const key of opts.db.keys({ gte: commitKey(0), lt: commitKey(Number.MAX_SAFE_INTEGER) })) {
    retained.push(decodeVersion(key.subarray(1)))
  }
  return new IavlMultiStore(opts.db, stores, pruning, latest, record.appHash, retained)
}
