// Options of createP2PNode, with defaults chosen for a small permissioned validator set.
import type { PrivateKey } from '@libp2p/interface'
import type { MessageSizeLimits } from './gossip-config.js'
import type { GossipValidator } from './gossip-router.js'
import type { GossipWatchdogOptions } from './gossip-watchdog.js'
import type { P2PLogger } from './logger.js'
import type { PeerPenaltyOptions } from './peer-penalties.js'
import type { RedialOptions } from './persistent-peers.js'
import type { SyncLimits } from './sync/limits.js'
import type { SyncProvider } from './sync/provider.js'
import type { GossipKind } from './topics.js'

export interface P2PNodeOptions {
  chainId: string
  /** Listen multiaddr, e.g. `/ip4/127.0.0.1/tcp/26656` (port 0 picks a free port). */
  listen: string
  /** Path of the node key file (created with mode 0600 when missing). Ignored when `privateKey` is given. */
  nodeKeyPath?: string
  privateKey?: PrivateKey
  /** Full multiaddrs ending in `/p2p/<peer id>`; dialed at start and re-dialed whenever they drop. */
  persistentPeers?: string[]
  /** Addresses to advertise instead of the listen address (e.g. a public IP). */
  announce?: string[]
  /** Most open connections before libp2p prunes the lowest-value ones (persistent peers are protected). */
  maxConnections?: number
  /** Inbound connections per second accepted from one host. */
  inboundConnectionThreshold?: number
  /** Inbound connections still in the handshake at once. */
  maxIncomingPendingConnections?: number
  redial?: Partial<RedialOptions>
  /**
   * Every connection is pinged this often (default 10 s); a ping that fails or times out closes the connection,
   * so a frozen peer (SIGSTOP, half-open TCP) is dropped and then re-dialed like any other disconnect.
   */
  pingIntervalMs?: number
  /** Least time a liveness ping may take before it counts as failed (default 5 s; adapts upward to the RTT). */
  pingTimeoutMs?: number
  /**
   * A connection whose gossip streams are missing (a failed stream open, a read error) for `graceMs` (default
   * 10 s, checked every 2 s) is hung up so it is re-dialed with fresh streams (`gossip-watchdog.ts`).
   */
  gossipWatchdog?: Partial<GossipWatchdogOptions>
  messageSizeLimits?: Partial<MessageSizeLimits>
  syncLimits?: Partial<SyncLimits>
  syncProvider?: SyncProvider
  validators?: Partial<Record<GossipKind, GossipValidator>>
  penalties?: Partial<PeerPenaltyOptions>
  /**
   * How long a message id stays in the seen cache (default 1.5 s, `DEFAULT_SEEN_TTL_MS`). Within it, publishing
   * the same bytes again is a no-op (ids are content hashes); keep it shorter than the consensus re-broadcast
   * interval so re-broadcasts reach peers that missed or ignored the first copy.
   */
  seenTtlMs?: number
  log?: P2PLogger
  /** While this returns true the node dials no one and admits no one (testnet partition hook). */
  isolated?: () => boolean
}

export const DEFAULT_MAX_CONNECTIONS = 64
export const DEFAULT_INBOUND_CONNECTION_THRESHOLD = 5
export const DEFAULT_MAX_INCOMING_PENDING = 10
