// The mempool: txs that passed CheckTx, waiting for a block. Dedupe by hash (pool + recently committed),
// count and byte caps, gas-price priority with per-sender sequence order, reaping for proposals, and recheck
// after every block. Every method is synchronous, as the app's CheckTx is, so no two calls interleave.
import { type ErrorDef, sdkErrors, toAbciError } from '../../modules/sdk/errors.js'
import type { Application, CheckTxMode, CheckTxResult } from '../types/abci.js'
import { toHexUpper, txHash } from '../types/hash.js'
import { laneOf, type MempoolEntry, priorityOrder } from './entry.js'
import { MempoolError } from './errors.js'
import { HashCache } from './hash-cache.js'

export interface MempoolOptions {
  /** Most txs held at once (CometBFT `mempool.size`, default 5000). */
  maxTxs?: number
  /** Most tx bytes held at once (default 64 MiB). */
  maxBytes?: number
  /** Largest single tx (CometBFT `max_tx_bytes`, default 1 MiB). */
  maxTxBytes?: number
  /** Recently committed hashes remembered for dedupe (CometBFT `cache_size`, default 10000). */
  cacheSize?: number
  /** Called when a new-tx listener throws; the mempool itself carries on. */
  onListenerError?: (error: unknown) => void
}

export type Refusal = 'duplicate' | 'full' | 'too_large' | 'check_failed'

export interface MempoolCheckResult {
  hash: Uint8Array
  result: CheckTxResult
  /** True when the tx is now in the mempool. */
  added: boolean
  /** Why it was not added. */
  refusal?: Refusal
}

export type NewTxListener = (entry: Readonly<MempoolEntry>) => void

export class Mempool {
  private readonly byHash = new Map<string, MempoolEntry>()
  private readonly lanes = new Map<string, MempoolEntry[]>()
  private readonly committed: HashCache
  private readonly listeners = new Set<NewTxListener>()
  private readonly maxTxs: number
  private readonly maxBytes: number
  private readonly maxTxBytes: number
  private totalBytes = 0
  private arrivals = 0
  private lastHeight = 0n

  constructor(
    private readonly app: Pick<Application, 'checkTx' | 'rebaseCheckState'>,
    private readonly opts: MempoolOptions = {},
  ) {
    this.maxTxs = positive('maxTxs', opts.maxTxs ?? 5000)
    this.maxBytes = positive('maxBytes', opts.maxBytes ?? 64 * 1024 * 1024)
    this.maxTxBytes = positive('maxTxBytes', opts.maxTxBytes ?? 1024 * 1024)
    this.committed = new HashCache(positive('cacheSize', opts.cacheSize ?? 10_000, true))
  }

  /**
   * CheckTx a new tx and admit it when it passes; `source` is the relaying peer, if any; `knownHash` is the
   * tx's hash when the caller (RPC) computed it already: it is then computed nowhere else on the tx's way.
   */
  checkTx(tx: Uint8Array, source?: string, knownHash?: Uint8Array): MempoolCheckResult {
    const hash = knownHash ?? txHash(tx)
    const hashHex = toHexUpper(hash)
    if (tx.length > this.maxTxBytes) {
      const detail = `tx size ${tx.length} bytes exceeds the limit of ${this.maxTxBytes}`
      return refuse(hash, 'too_large', sdkErrors.txTooLarge, detail)
    }
    if (this.byHash.has(hashHex) || this.committed.has(hashHex)) {
      return refuse(hash, 'duplicate', sdkErrors.txInMempoolCache, 'tx already exists in cache')
    }
    // Caps come before CheckTx: CheckTx advances the sender's sequence in the app's check state, which must
    // only happen for txs that are actually kept.
    if (this.byHash.size >= this.maxTxs || this.totalBytes + tx.length > this.maxBytes) {
      const detail = `number of txs ${this.byHash.size} (max: ${this.maxTxs}), total txs bytes ${this.totalBytes} (max: ${this.maxBytes})`
      return refuse(hash, 'full', sdkErrors.mempoolIsFull, detail)
    }
    const result = this.runCheckTx(tx, 'new', hash)
    if (result.code !== 0) return { hash, result, added: false, refusal: 'check_failed' }
    const entry: MempoolEntry = {
      // A view into a larger buffer (a network frame) is copied, so the pool never pins the whole frame.
      tx: tx.byteOffset === 0 && tx.byteLength === tx.buffer.byteLength ? tx : tx.slice(),
      hash,
      hashHex,
      priority: result.priority,
      gasWanted: result.gasWanted,
      sender: result.sender,
      sequence: result.sequence,
      arrival: this.arrivals++,
      height: this.lastHeight,
      source,
    }
    this.insert(entry)
    for (const listener of this.listeners) {
      try {
        listener(entry)
      } catch (e) {
        this.opts.onListenerError?.(e)
      }
    }
    return { hash, result, added: true }
  }

  /**
   * Txs for a proposal, best first, within `maxBytes` (counted as in a block: each tx plus its protobuf
   * field overhead) and `maxGas` (sum of gas wanted); -1 means no limit. `maxTxs` caps the count.
   */
  reap(maxBytes: bigint, maxGas: bigint, maxTxs = Number.POSITIVE_INFINITY): Uint8Array[] {
    let bytes = 0n
    let gas = 0n
    let count = 0
    const picked = priorityOrder(
      this.lanes,
      (e) => {
        const size = protoSize(e.tx.length)
        if (maxBytes >= 0n && bytes + size > maxBytes) return false
        if (maxGas >= 0n && gas + e.gasWanted > maxGas) return false
        bytes += size
        gas += e.gasWanted
        count++
        return true
      },
      () => count >= maxTxs,
    )
    return picked.map((e) => e.tx)
  }

  /**
   * After block `height` commits: drop its txs (remembering their hashes), then recheck the rest in arrival
   * order against the new state and drop those that no longer pass. The app must have reset its check state.
   * `hashes` are the committed txs' hashes when the caller has them.
   */
  update(
    height: bigint,
    committedTxs: readonly Uint8Array[],
    hashes?: readonly Uint8Array[],
  ): { removed: number; evicted: number } {
    this.lastHeight = height
    let removed = 0
    for (const [i, tx] of committedTxs.entries()) {
      const hashHex = toHexUpper(hashes?.[i] ?? txHash(tx))
      this.committed.add(hashHex)
      if (this.remove(hashHex)) removed++
    }
    let evicted = 0
    const remaining = [...this.byHash.values()].sort((a, b) => a.arrival - b.arrival)
    // An app that can rebase its check state says which txs the block may have made stale; the rest keep
    // their CheckTx result (their writes carried into the new check state by the app).
    const recheck = this.rebase(remaining)
    for (const [i, e] of remaining.entries()) {
      if (recheck && !recheck[i]) continue
      const r = this.runCheckTx(e.tx, 'recheck', e.hash)
      if (r.code !== 0) {
        this.remove(e.hashHex)
        evicted++
      } else if (r.priority !== e.priority) {
        e.priority = r.priority
      }
    }
    return { removed, evicted }
  }

  /** Up to `limit` txs in the order a proposal would take them (for `unconfirmed_txs`). */
  txs(limit = Number.POSITIVE_INFINITY): Uint8Array[] {
    let taken = 0
    const accept = () => {
      taken++
      return true
    }
    return priorityOrder(this.lanes, accept, () => taken >= limit).map((e) => e.tx)
  }

  has(hash: Uint8Array): boolean {
    return this.byHash.has(toHexUpper(hash))
  }

  get(hash: Uint8Array): Readonly<MempoolEntry> | undefined {
    return this.byHash.get(toHexUpper(hash))
  }

  size(): number {
    return this.byHash.size
  }

  bytes(): number {
    return this.totalBytes
  }

  /** Subscribes to admitted txs (p2p gossips them); returns the unsubscribe function. */
  onNewTx(listener: NewTxListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Drops every pending tx (CometBFT `unsafe_flush_mempool`); committed-hash memory is kept. */
  flush(): void {
    this.byHash.clear()
    this.lanes.clear()
    this.totalBytes = 0
  }

  /** The app's per-tx recheck answer, or undefined to recheck everything. */
  private rebase(remaining: readonly MempoolEntry[]): readonly boolean[] | undefined {
    const answer = this.app.rebaseCheckState?.(remaining.map((e) => e.hash))
    if (answer && answer.length !== remaining.length)
      throw new MempoolError('INVALID_OPTIONS', 'the app answered the rebase for a different number of txs')
    return answer
  }

  /** CheckTx that never throws: an app bug becomes an internal-error result and the tx is not kept. */
  private runCheckTx(tx: Uint8Array, mode: CheckTxMode, hash: Uint8Array): CheckTxResult {
    try {
      return this.app.checkTx(tx, mode, hash)
    } catch (e) {
      const err = toAbciError(e)
      return refusalResult({ codespace: err.codespace, code: err.code, log: err.log })
    }
  }

  private insert(e: MempoolEntry): void {
    this.byHash.set(e.hashHex, e)
    const key = laneOf(e)
    const lane = this.lanes.get(key)
    if (!lane) this.lanes.set(key, [e])
    else {
      lane.push(e)
      // CheckTx only admits the next sequence, so this is a no-op in practice; it guards apps that do not.
      if (lane.length > 1 && lane[lane.length - 2]!.sequence > e.sequence)
        lane.sort((a, b) => (a.sequence < b.sequence ? -1 : 1))
    }
    this.totalBytes += e.tx.length
  }

  private remove(hashHex: string): boolean {
    const e = this.byHash.get(hashHex)
    if (!e) return false
    this.byHash.delete(hashHex)
    const key = laneOf(e)
    const lane = this.lanes.get(key)!
    lane.splice(lane.indexOf(e), 1)
    if (lane.length === 0) this.lanes.delete(key)
    this.totalBytes -= e.tx.length
    return true
  }
}

/** A refusal with the SDK's log form `<detail>: <description>`, built without an Error (no stack capture). */
function refuse(hash: Uint8Array, refusal: Refusal, def: ErrorDef, detail: string): MempoolCheckResult {
  const err = { codespace: def.codespace, code: def.code, log: `${detail}: ${def.description}` }
  return { hash, result: refusalResult(err), added: false, refusal }
}

function refusalResult(err: { codespace: string; code: number; log: string }): CheckTxResult {
  return {
    code: err.code,
    codespace: err.codespace,
    log: err.log,
    info: '',
    data: new Uint8Array(0),
    gasWanted: 0n,
    gasUsed: 0n,
    events: [],
    priority: 0n,
    sender: '',
    sequence: 0n,
  }
}

/** A tx's size inside `Data.txs`: tag byte + length varint + bytes (what CometBFT's MaxDataBytes counts). */
function protoSize(len: number): bigint {
  let varint = 1
  for (let v = len; v >= 0x80; v >>>= 7) varint++
  return BigInt(1 + varint + len)
}

function positive(name: string, value: number, allowZero = false): number {
  if (!Number.isSafeInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new MempoolError(
      'INVALID_OPTIONS',
      `mempool ${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got ${value}`,
    )
  }
  return value
}
