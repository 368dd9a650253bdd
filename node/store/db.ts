// The slice of `level` the store needs. The node opens one classic-level db ('view' encodings) and may hand
// the store a sublevel of it, so the block store's height marker can ride in the same commit batch.

export type DbOp = { type: 'put'; key: Uint8Array; value: Uint8Array } | { type: 'del'; key: Uint8Array }

/** abstract-level's chained batch: about six times less CPU per op than the array form, which clones each op. */
export interface StoreBatch {
  /** `sublevel`: a sibling sublevel of the same LevelDB the op writes into instead (abstract-level forwards it). */
  put(key: Uint8Array, value: Uint8Array, options?: { sublevel?: object }): unknown
  del(key: Uint8Array, options?: { sublevel?: object }): unknown
  write(options?: { sync?: boolean }): Promise<void>
  close(): Promise<void>
}

export interface StoreDb {
  readonly status: string
  /** classic-level 3 reads synchronously; the KVStore contract modules see is synchronous. */
  getSync(key: Uint8Array): Uint8Array | undefined
  batch(): StoreBatch
  /** Used once at open to list the retained versions. */
  keys(range: { gte: Uint8Array; lt: Uint8Array }): AsyncIterable<Uint8Array>
}

/** Writes `ops` as one atomic batch, fsync'd when `sync`. */
export async function writeBatch(db: StoreDb, ops: DbOp[], sync: boolean): Promise<void> {
  const batch = db.batch()
  for (const op of ops) {
    if (op.type === 'put') batch.put(op.key, op.value)
    else batch.del(op.key)
  }
  await batch.write({ sync })
}

/** Where a commit appends its ops. */
export interface OpSink {
  push(op: DbOp): unknown
}

/**
 * Forwards each op straight into a chained batch, so a checkpoint of a million nodes is never also held as
 * an array of ops in memory.
 */
export class BatchSink implements OpSink {
  constructor(readonly batch: StoreBatch) {}

  push(op: DbOp): void {
    if (op.type === 'put') this.batch.put(op.key, op.value)
    else this.batch.del(op.key)
  }
}
