// createP2PNode: the libp2p host plus Datum's gossip routing, sync protocol, persistent peers and peer
// penalties, behind one small interface for consensus and RPC.
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { P2PError } from './errors.js'
import { type MessageSizeLimits, messageSizeLimits } from './gossip-config.js'
import { type GossipHandler, GossipRouter, type GossipValidator } from './gossip-router.js'
import { DEFAULT_GOSSIP_WATCHDOG, startGossipWatchdog } from './gossip-watchdog.js'
import { createHost, type Host } from './host.js'
import { silentLogger } from './logger.js'
import { listPeers, type PeerInfo } from './net-info.js'
import { loadOrCreateNodeKey } from './node-key.js'
import type { P2PNodeOptions } from './options.js'
import { DEFAULT_PEER_PENALTIES, PeerPenalties } from './peer-penalties.js'
import { DEFAULT_REDIAL, PersistentPeers, parsePersistentPeer } from './persistent-peers.js'
import { SyncClient } from './sync/client.js'
import { DEFAULT_SYNC_LIMITS } from './sync/limits.js'
import type { SyncProvider } from './sync/provider.js'
import { createSyncHandler } from './sync/server.js'
import { type GossipKind, syncProtocol } from './topics.js'

export interface P2PNode {
  readonly peerId: string
  readonly chainId: string
  /** Listen addresses with `/p2p/<peer id>`, ready to hand to other nodes as persistent peers. */
  multiaddrs(): string[]
  stop(): Promise<void>
  /**
   * Publish to the topic's peers; resolves to how many it was sent to: 0 when alone, or when the same bytes were
   * already published or received within `seenTtlMs`.
   */
  publishTx(data: Uint8Array): Promise<number>
  publishProposal(data: Uint8Array): Promise<number>
  publishVote(data: Uint8Array): Promise<number>
  publishEvidence(data: Uint8Array): Promise<number>
  /** Accepted payloads of one kind; returns an unsubscribe function. */
  subscribe(kind: GossipKind, handler: GossipHandler): () => void
  setValidator(kind: GossipKind, validator: GossipValidator): void
  setSyncProvider(provider: SyncProvider): void
  /** Sync requests to one peer (status, blocks, votes), with timeouts and typed errors. */
  readonly sync: SyncClient
  netInfo(): PeerInfo[]
  /** Configured persistent peers and how many redials failed since each was last connected. */
  persistentPeers(): { peerId: string; addr: string; failedDials: number }[]
  connectedPeers(): string[]
  /** Called with each newly connected peer (e.g. to ask it for the current round's votes); returns an unsubscribe. */
  onPeerConnected(handler: (peerId: string) => void): () => void
  peerScore(peerId: string): number
  /** Records misbehaviour seen above this layer (e.g. a block that failed verification). */
  reportPeer(peerId: string): void
  dial(addr: string): Promise<void>
  hangUp(peerId: string): Promise<void>
  /** The underlying host, for diagnostics and tests. */
  readonly libp2p: Host
}

/** Creates and starts a node. */
export async function createP2PNode(options: P2PNodeOptions): Promise<P2PNode> {
  const log = options.log ?? silentLogger
  // Validate every address before anything listens.
  const persistentIds = (options.persistentPeers ?? []).map((a) => parsePersistentPeer(a).peerId)
  const privateKey = await resolveKey(options)
  const sizeLimits = messageSizeLimits(options.messageSizeLimits)
  // The ban callback needs the host, and the host needs the penalties for its score function and gater.
  let host: Host | undefined
  const penalties = new PeerPenalties({ ...DEFAULT_PEER_PENALTIES, ...options.penalties }, (peer) => {
    log.warn('disconnecting misbehaving peer', { peer })
    if (host) hangUpQuietly(host, peer)
  })
  host = await createHost(options, privateKey, penalties, sizeLimits)
  try {
    return await assemble(host, options, { persistentIds, penalties, sizeLimits })
  } catch (e) {
    // Whatever failed after the host started must not leave a listening socket behind.
    await Promise.resolve(host.stop()).catch(() => {})
    throw e
  }
}

async function assemble(
  libp2p: Host,
  options: P2PNodeOptions,
  {
    persistentIds,
    penalties,
    sizeLimits,
  }: { persistentIds: string[]; penalties: PeerPenalties; sizeLimits: MessageSizeLimits },
): Promise<P2PNode> {
  const log = options.log ?? silentLogger
  const syncLimits = { ...DEFAULT_SYNC_LIMITS, ...options.syncLimits }
  const pubsub = libp2p.services.pubsub
  const router = new GossipRouter(pubsub, options.chainId, sizeLimits, log)
  for (const [kind, validator] of Object.entries(options.validators ?? {})) {
    router.setValidator(kind as GossipKind, validator)
  }
  router.start()
  let provider = options.syncProvider
  const protocol = syncProtocol(options.chainId)
  const onOffence = (peer: string) => {
    penalties.record(peer)
  }
  const handler = createSyncHandler({ limits: syncLimits, provider: () => provider, onOffence, log })
  await libp2p.handle(protocol, handler, { maxInboundStreams: syncLimits.maxInboundStreams })
  for (const id of persistentIds) {
    // A high tag value keeps the connection manager from pruning validators when connections run out.
    await libp2p.peerStore.merge(toPeerId(id), { tags: { 'datum-persistent': { value: 100 } } })
  }
  const persistent = new PersistentPeers(
    libp2p,
    options.persistentPeers ?? [],
    { ...DEFAULT_REDIAL, ...options.redial },
    log,
  )
  persistent.start()
  const stopWatchdog = startGossipWatchdog(
    {
      connectedPeers: () => connectedPeers(libp2p),
      hasGossip: (p) =>
        pubsub.peers.has(p) && pubsub.streamsOutbound.get(p)?.rawStream.writeStatus === 'writable',
      hangUp: (p) => hangUpQuietly(libp2p, p),
    },
    { ...DEFAULT_GOSSIP_WATCHDOG, ...options.gossipWatchdog },
    (peer) => log.warn('gossip streams to peer missing; reconnecting', { peer }),
  )
  const peerId = libp2p.peerId.toString()
  log.info('p2p node started', { peerId, addrs: libp2p.getMultiaddrs().map(String) })

  return {
    peerId,
    chainId: options.chainId,
    libp2p,
    sync: new SyncClient(libp2p, protocol, syncLimits, onOffence),
    multiaddrs: () => libp2p.getMultiaddrs().map((a) => a.toString()),
    async stop() {
      stopWatchdog()
      persistent.stop()
      router.stop()
      await libp2p.stop()
    },
    publishTx: (data) => router.publish('tx', data),
    publishProposal: (data) => router.publish('proposal', data),
    publishVote: (data) => router.publish('vote', data),
    publishEvidence: (data) => router.publish('evidence', data),
    subscribe: (kind, handler) => router.subscribe(kind, handler),
    setValidator: (kind, validator) => router.setValidator(kind, validator),
    setSyncProvider(p) {
      provider = p
    },
    netInfo: () =>
      listPeers(
        libp2p.getConnections(),
        (p) => pubsub.getScore(p),
        (p) => persistent.has(p),
      ),
    persistentPeers: () => persistent.status(),
    connectedPeers: () => connectedPeers(libp2p),
    onPeerConnected(handler) {
      const listener = (evt: CustomEvent<PeerId>) => {
        try {
          handler(evt.detail.toString())
        } catch (e) {
          log.warn('peer connect handler threw', { error: String(e) })
        }
      }
      libp2p.addEventListener('peer:connect', listener)
      return () => libp2p.removeEventListener('peer:connect', listener)
    },
    peerScore: (p) => pubsub.getScore(p),
    reportPeer: onOffence,
    async dial(addr) {
      await libp2p.dial(multiaddr(addr))
    },
    async hangUp(p) {
      await libp2p.hangUp(toPeerId(p))
    },
  }
}

async function resolveKey(options: P2PNodeOptions): Promise<PrivateKey> {
  if (options.privateKey) return options.privateKey
  if (options.nodeKeyPath) return loadOrCreateNodeKey(options.nodeKeyPath)
  // Without a key path the identity is ephemeral: fine for tools and tests, never for a validator.
  return generateKeyPair('Ed25519')
}

function toPeerId(id: string): PeerId {
  try {
    return peerIdFromString(id)
  } catch (e) {
    throw new P2PError('PEER_ADDR_INVALID', `${id} is not a peer id`, { cause: e })
  }
}

/** Peers with at least one connection, sorted. */
function connectedPeers(host: Libp2p): string[] {
  return [...new Set(host.getConnections().map((c) => c.remotePeer.toString()))].sort()
}

function hangUpQuietly(host: Libp2p, peer: string): void {
  try {
    host.hangUp(toPeerId(peer)).catch(() => {})
  } catch {
    // Not a valid peer id: nothing to hang up.
  }
}
