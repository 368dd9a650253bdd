// A `net_info`-style view of the connected peers, for RPC and operators.
import type { Connection } from '@libp2p/interface'

export interface PeerInfo {
  peerId: string
  /** Remote multiaddr of the oldest open connection. */
  remoteAddr: string
  direction: 'inbound' | 'outbound'
  /** Unix ms when that connection opened. */
  since: number
  /** Gossipsub score (includes sync-protocol penalties). */
  score: number
  persistent: boolean
}

export function listPeers(
  connections: Connection[],
  score: (peerId: string) => number,
  isPersistent: (peerId: string) => boolean,
): PeerInfo[] {
  const oldest = new Map<string, Connection>()
  for (const c of connections) {
    if (c.status !== 'open') continue
    const id = c.remotePeer.toString()
    const seen = oldest.get(id)
    if (!seen || c.timeline.open < seen.timeline.open) oldest.set(id, c)
  }
  return [...oldest.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([peerId, c]) => ({
      peerId,
      remoteAddr: c.remoteAddr.toString(),
      direction: c.direction,
      since: c.timeline.open,
      score: score(peerId),
      persistent: isPersistent(peerId),
    }))
}
