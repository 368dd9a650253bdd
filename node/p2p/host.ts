// The libp2p v3 host: TCP, noise, yamux, identify, ping and gossipsub, with connection limits and a gater that
// keeps banned peers out. Listen problems come back as one-line typed errors an operator can act on.

import { noise } from '@chainsafe/libp2p-noise'
import { gossipsub } from '@libp2p/gossipsub'
import { identify } from '@libp2p/identify'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { ping } from '@libp2p/ping'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { multiaddr } from '@multiformats/multiaddr'
import { createLibp2p } from 'libp2p'
import { P2PError } from './errors.js'
import { gossipsubOptions, type MessageSizeLimits } from './gossip-config.js'
import type { ScoredGossipSub } from './gossip-router.js'
import {
  DEFAULT_INBOUND_CONNECTION_THRESHOLD,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_MAX_INCOMING_PENDING,
  type P2PNodeOptions,
} from './options.js'
import type { PeerPenalties } from './peer-penalties.js'

export type Host = Libp2p<{ pubsub: ScoredGossipSub }>

export async function createHost(
  options: P2PNodeOptions,
  privateKey: PrivateKey,
  penalties: PeerPenalties,
  sizeLimits: MessageSizeLimits,
): Promise<Host> {
  parseListenAddr(options.listen)
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS
  const pubsub = gossipsub(
    gossipsubOptions({
      chainId: options.chainId,
      sizeLimits,
      appSpecificScore: (p) => penalties.score(p),
      seenTtlMs: options.seenTtlMs,
    }),
  )
  try {
    const host = await createLibp2p({
      privateKey,
      addresses: { listen: [options.listen], announce: options.announce },
      // The socket-level cap sits above the connection manager's so pruning, not refusal, handles normal peaks.
      transports: [tcp({ maxConnections: maxConnections * 2 })],
      connectionEncrypters: [noise()],
      streamMuxers: [yamux()],
      connectionManager: {
        maxConnections,
        inboundConnectionThreshold:
          options.inboundConnectionThreshold ?? DEFAULT_INBOUND_CONNECTION_THRESHOLD,
        maxIncomingPendingConnections: options.maxIncomingPendingConnections ?? DEFAULT_MAX_INCOMING_PENDING,
      },
      connectionMonitor: {
        pingInterval: options.pingIntervalMs,
        pingTimeout: options.pingTimeoutMs === undefined ? undefined : { minTimeout: options.pingTimeoutMs },
        abortConnectionOnPingFailure: true,
      },
      connectionGater: {
        // Private addresses are how validators on one LAN or host reach each other.
        denyDialMultiaddr: () => false,
        // `isolated` is the fault-injection hook of the local testnet: a partitioned node dials and admits no one.
        denyDialPeer: () => options.isolated?.() ?? false,
        denyInboundConnection: () => options.isolated?.() ?? false,
        denyInboundEncryptedConnection: (peerId) =>
          (options.isolated?.() ?? false) || penalties.isBanned(peerId.toString()),
        denyOutboundEncryptedConnection: (peerId) =>
          (options.isolated?.() ?? false) || penalties.isBanned(peerId.toString()),
      },
      services: { identify: identify(), ping: ping(), pubsub },
    })
    return host as unknown as Host
  } catch (e) {
    throw listenError(options.listen, e)
  }
}

function parseListenAddr(addr: string): void {
  try {
    multiaddr(addr)
  } catch (e) {
    throw new P2PError('LISTEN_ADDR_INVALID', `listen address ${addr}: ${(e as Error).message}`, { cause: e })
  }
}

const LISTEN_CAUSES: Record<string, string> = {
  EADDRINUSE: 'the port is in use',
  EACCES: 'permission denied',
  EADDRNOTAVAIL: 'the address is not on this machine',
}

/** libp2p reports a busy port as a multi-line UnsupportedListenAddressesError; operators need one clear line. */
function listenError(addr: string, e: unknown): P2PError {
  const message = String((e as Error)?.message ?? e)
  const code = /EADDRINUSE|EACCES|EADDRNOTAVAIL/.exec(message)?.[0]
  const why = code ? `${code} (${LISTEN_CAUSES[code]})` : message.split('\n')[0]
  return new P2PError('LISTEN_FAILED', `cannot listen on ${addr}: ${why}`, { cause: e })
}
