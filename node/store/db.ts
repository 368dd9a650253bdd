// The slice of `level` the store needs. The node opens one classic-level db ('view' encodings) and may hand
// the store a sublevel of it, so the block store's height marker can ride in the same commit batch.

export type DbOp = { type: 'put'; key: Uint8Array; value: Uint8Array } | { type: 'del'; key: Uint8Array }

export interface StoreDb {
  readonly status: string
  /** classic-level 3 reads synchronously; the KVStore contract modules see is synchronous. */
  getSync(key: Uint8Array): Uint8Array | undefined
  batch(ops: DbOp[], options?: { sync?: boolean }): Promise<void>
  /** Used once at open to list the retained versions. */
  keys(range: { gte: Uint8Array; lt: Uint8Array }): AsyncIterable<Uint8Array>
}
