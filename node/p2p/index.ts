// Public API of the network layer. See README.md for the topics, the sync wire format and the defaults.
export {
  type BlockSource,
  BlockSyncer,
  type BlockSyncerOptions,
  type SyncPassResult,
} from './block-syncer.js'
export { isP2PError, P2PError, type P2PErrorCode } from './errors.js'
export {
  DEFAULT_MESSAGE_SIZE_LIMITS,
  DEFAULT_SEEN_TTL_MS,
  MAX_GOSSIP_MESSAGE_BYTES,
  type MessageSizeLimits,
} from './gossip-config.js'
export type { GossipHandler, GossipValidator, ValidationResult } from './gossip-router.js'
export { type P2PLogger, silentLogger } from './logger.js'
export type { PeerInfo } from './net-info.js'
export { createP2PNode, type P2PNode } from './node.js'
export { loadOrCreateNodeKey } from './node-key.js'
export type { P2PNodeOptions } from './options.js'
export { parsePersistentPeer } from './persistent-peers.js'
export { SyncClient } from './sync/client.js'
export { DEFAULT_SYNC_LIMITS, type SyncLimits } from './sync/limits.js'
export type { BlockWithCommit, SyncStatus } from './sync/messages.js'
export type { SyncProvider } from './sync/provider.js'
export { GOSSIP_KINDS, type GossipKind, gossipTopic, syncProtocol } from './topics.js'
