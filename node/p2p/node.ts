// createP2PNode: the libp2p v3 host (TCP, noise, yamux, gossipsub, identify, ping) plus Datum's gossip routing,
// sync protocol, persistent peers and peer penalties, behind one small interface for consensus and RPC.

import { generateKeyPair } from '@libp2p/crypto/keys'
import { gossipsub } from '@libp2p/gossipsub'
import { identify } from '@libp2p/identify'
import type { Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { noise } from '@libp2p/noise'
import { peerIdFromString } from '@libp2p/peer-id'
import { ping } from '@libp2p/ping'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { multiaddr } from '@multiformats/multiaddr'
import { createLibp2p } from 'libp2p'
import { P2PError } from './errors.js'
import { DEFAULT_MESSAGE_SIZE_LIMITS, gossipsubOptions } from './gossip-config.js'
import {
  type GossipHandler,
  GossipRouter,
  type GossipValidator,
  type ScoredGossipSub,
} from './gossip-router.js'
import { silentLogger } from './logger.js'
import { listPeers, type PeerInfo } from './net-info.js'
import { loadOrCreateNodeKey } from './node-key.js'
import {
  DEFAULT_INBOUND_CONNECTION_THRESHOLD,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_MAX_INCOMING_PENDING,
  type P2PNodeOptions,
} from './options.js'
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
  peerScore(peerId: string): number
  /** Records misbehaviour seen above this layer (e.g. a block that failed verification). */
  reportPeer(peerId: string): void
  dial(addr: string): Promise<void>
  hangUp(peerId: string): Promise<void>
  /** The underlying host, for diagnostics and tests. */
  readonly libp2p: Libp2p
}

/** Creates and starts a node. */
export async function createP2PNode(options: P2PNodeOptions): Promise<P2PNode> {
  const log = options.log ?? silentLogger
  const privateKey = await resolveKey(options)
  const sizeLimits = { ...DEFAULT_MESSAGE_SIZE_LIMITS, ...options.messageSizeLimits }
  const syncLimits = { ...DEFAULT_SYNC_LIMITS, ...options.syncLimits }
  const persistentIds = new Set((options.persistentPeers ?? []).map((a) => parsePersistentPeer(a).peerId))
  // Hanging up needs the host, which needs the penalties for its score function and gater.
  let host: Libp2p | undefined
  const penalties = new PeerPenalties({ ...DEFAULT_PEER_PENALTIES, ...options.penalties }, (peer) => {
    log.warn('disconnecting misbehaving peer', { peer })
    if (host) hangUpQuietly(host, peer)
  })
  parseListenAddr(options.listen)
  const libp2p = await listenOrExplain(options.listen, () =>
    createLibp2p({
      privateKey,
      addresses: { listen: [options.listen], announce: options.announce },
      transports: [tcp({ maxConnections: (options.maxConnections ?? DEFAULT_MAX_CONNECTIONS) * 2 })],
      connectionEncrypters: [noise()],
      streamMuxers: [yamux()],
      connectionManager: {
        maxConnections: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
        inboundConnectionThreshold:
          options.inboundConnectionThreshold ?? DEFAULT_INBOUND_CONNECTION_THRESHOLD,
        maxIncomingPendingConnections: options.maxIncomingPendingConnections ?? DEFAULT_MAX_INCOMING_PENDING,
      },
      connectionGater: {
        // Private addresses are how validators on one LAN or host reach each other.
        denyDialMultiaddr: () => false,
        denyInboundEncryptedConnection: (peerId) => penalties.isBanned(peerId.toString()),
        denyOutboundEncryptedConnection: (peerId) => penalties.isBanned(peerId.toString()),
      },
      services: {
        identify: identify(),
        ping: ping(),
        pubsub: gossipsub(
          gossipsubOptions({
            chainId: options.chainId,
            sizeLimits,
            appSpecificScore: (p) => penalties.score(p),
          }),
        ),
      },
    }),
  )
  host = libp2p
  const pubsub = libp2p.services.pubsub as ScoredGossipSub
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
  await libp2p.handle(
    protocol,
    createSyncHandler({ limits: syncLimits, provider: () => provider, onOffence, log }),
    { maxInboundStreams: syncLimits.maxInboundStreams },
  )
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
  const sync = new SyncClient(libp2p, protocol, syncLimits, onOffence)
  const peerId = libp2p.peerId.toString()
  log.info('p2p node started', { peerId, addrs: libp2p.getMultiaddrs().map(String) })

  return {
    peerId,
    chainId: options.chainId,
    libp2p,
    sync,
    multiaddrs: () => libp2p.getMultiaddrs().map((a) => a.toString()),
    async stop() {
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
    connectedPeers: () => [...new Set(libp2p.getConnections().map((c) => c.remotePeer.toString()))].sort(),
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

function hangUpQuietly(host: Libp2p, peer: string): void {
  try {
    host.hangUp(toPeerId(peer)).catch(() => {})
  } catch {
    // Not a valid peer id: nothing to hang up.
  }
}

function parseListenAddr(addr: string): void {
  try {
    multiaddr(addr)
  } catch (e) {
    throw new P2PError('LISTEN_ADDR_INVALID', `listen address ${addr}: ${(e as Error).message}`, { cause: e })
  }
}

/** libp2p reports a busy port as a multi-line UnsupportedListenAddressesError; operators need one clear line. */
async function listenOrExplain<T>(addr: string, create: () => Promise<T>): Promise<T> {
  try {
    return await create()
  } catch (e) {
    const detail = /EADDRINUSE|EACCES|EADDRNOTAVAIL/.exec(String((e as Error).message))?.[0]
    const why = detail ? `${detail} (${describeListenError(detail)})` : (e as Error).message.split('\n')[0]
    throw new P2PError('LISTEN_FAILED', `cannot listen on ${addr}: ${why}`, { cause: e })
  }
}

function describeListenError(code: string): string {
  if (code === 'EADDRINUSE') return 'the port is in use'
  if (code === 'EACCES') return 'permission denied'
  return 'the address is not on this machine'
}
