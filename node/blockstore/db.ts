// The slice of `level` the block store and tx index use: a classic-level db or sublevel opened with 'view'
// key and value encodings satisfies it.

export type DbOp = { type: 'put'; key: Uint8Array; value: Uint8Array } | { type: 'del'; key: Uint8Array }

export interface DbRange {
  gt?: Uint8Array
  gte?: Uint8Array
  lt?: Uint8Array
  lte?: Uint8Array
  reverse?: boolean
  limit?: number
}

export interface KvDb {
  readonly status: string
  /** A fresh sublevel is still 'opening'; this waits for it. */
  open?(): Promise<void>
  get(key: Uint8Array): Promise<Uint8Array | undefined>
  getMany(keys: Uint8Array[]): Promise<(Uint8Array | undefined)[]>
  batch(ops: DbOp[], options?: { sync?: boolean }): Promise<void>
  keys(range: DbRange): AsyncIterable<Uint8Array>
  iterator(range: DbRange): AsyncIterable<[Uint8Array, Uint8Array]>
}

/** 8-byte big-endian unsigned height, so LevelDB's byte order is height order. */
export function heightKey(prefix: number, height: bigint): Uint8Array {
  const out = new Uint8Array(9)
  out[0] = prefix
  new DataView(out.buffer).setBigUint64(1, height)
  return out
}

export function readHeight(bytes: Uint8Array, offset = 0): bigint {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset)
}

export function encodeHeight(height: bigint): Uint8Array {
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, height)
  return out
}
