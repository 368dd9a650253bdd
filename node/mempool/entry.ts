// A tx waiting in the mempool and the order txs leave it in.
import { Heap } from './heap.js'

export interface MempoolEntry {
  tx: Uint8Array
  hash: Uint8Array
  hashHex: string
  /** Gas price priority from CheckTx (higher first). */
  priority: bigint
  gasWanted: bigint
  /** First signer; txs of one sender leave in sequence order. Empty senders get a lane of their own. */
  sender: string
  sequence: bigint
  /** Arrival counter: the tie-breaker between equal priorities, and recheck order. */
  arrival: number
  /** Height of the last block when the tx was admitted. */
  height: bigint
  /** Peer that relayed it (undefined for local RPC submissions), so gossip does not echo it back. */
  source?: string
}

/** The lane key: one per sender, so a sender's txs keep their sequence order. */
export function laneOf(e: MempoolEntry): string {
  return e.sender === '' ? `#${e.hashHex}` : e.sender
}

interface LaneHead {
  lane: readonly MempoolEntry[]
  at: number
  entry: MempoolEntry
}

/**
 * Txs best-first: the highest-priority lane head leaves next, then that lane's following tx competes (ties go
 * to the earlier arrival). `accept(e)` false skips a tx and the rest of its lane, whose later sequences would
 * fail without it; `stop()` true ends the walk early.
 */
export function priorityOrder(
  lanes: ReadonlyMap<string, readonly MempoolEntry[]>,
  accept: (e: MempoolEntry) => boolean = () => true,
  stop: () => boolean = () => false,
): MempoolEntry[] {
  const heap = new Heap<LaneHead>((a, b) =>
    a.entry.priority !== b.entry.priority
      ? a.entry.priority > b.entry.priority
      : a.entry.arrival < b.entry.arrival,
  )
  for (const lane of lanes.values()) if (lane.length > 0) heap.push({ lane, at: 0, entry: lane[0]! })
  const out: MempoolEntry[] = []
  for (let head = heap.pop(); head && !stop(); head = heap.pop()) {
    if (!accept(head.entry)) continue
    out.push(head.entry)
    const at = head.at + 1
    if (at < head.lane.length) heap.push({ lane: head.lane, at, entry: head.lane[at]! })
  }
  return out
}
