// Keeps connections to the configured persistent peers: dials them at start and, whenever one drops or a dial
// fails, dials again after a backoff that doubles up to `maxMs` and never gives up, so a validator reconnects by
// itself after any partition. (libp2p's own KEEP_ALIVE reconnect stops after a few retries.)
import type { Libp2p, PeerId } from '@libp2p/interface'
import { type Multiaddr, multiaddr } from '@multiformats/multiaddr'
import { P2PError } from './errors.js'
import type { P2PLogger } from './logger.js'

export interface RedialOptions {
  initialMs: number
  maxMs: number
  dialTimeoutMs: number
}

export const DEFAULT_REDIAL: RedialOptions = { initialMs: 500, maxMs: 30_000, dialTimeoutMs: 10_000 }

interface PeerState {
  addr: Multiaddr
  attempts: number
  timer?: NodeJS.Timeout
  dialing: boolean
}

export function parsePersistentPeer(addr: string): { addr: Multiaddr; peerId: string } {
  let ma: Multiaddr
  try {
    ma = multiaddr(addr)
  } catch (e) {
    throw new P2PError('PEER_ADDR_INVALID', `persistent peer ${addr} is not a multiaddr`, { cause: e })
  }
  const peerId = ma.getComponents().findLast((c) => c.name === 'p2p')?.value
  if (!peerId) throw new P2PError('PEER_ADDR_INVALID', `persistent peer ${addr} must end in /p2p/<peer id>`)
  return { addr: ma, peerId }
}

export class PersistentPeers {
  private readonly peers = new Map<string, PeerState>()
  private running = false
  private watchdog?: NodeJS.Timeout
  private readonly onDisconnect = (evt: CustomEvent<PeerId>) => {
    const state = this.peers.get(evt.detail.toString())
    if (state && this.running) this.schedule(evt.detail.toString(), state, this.options.initialMs)
  }

  constructor(
    private readonly libp2p: Libp2p,
    addrs: string[],
    private readonly options: RedialOptions,
    private readonly log: P2PLogger,
  ) {
    for (const a of addrs) {
      const { addr, peerId } = parsePersistentPeer(a)
      this.peers.set(peerId, { addr, attempts: 0, dialing: false })
    }
  }

  /** Each persistent peer with the number of dials that failed since it was last connected. */
  status(): { peerId: string; addr: string; failedDials: number }[] {
    return [...this.peers.entries()].map(([peerId, s]) => ({
      peerId,
      addr: s.addr.toString(),
      failedDials: s.attempts,
    }))
  }

  has(peerId: string): boolean {
    return this.peers.has(peerId)
  }

  start(): void {
    this.running = true
    this.libp2p.addEventListener('peer:disconnect', this.onDisconnect)
    for (const [id, state] of this.peers) this.schedule(id, state, 0)
    // A disconnect that lands while a dial is settling is not rescheduled by the event; this sweep catches it.
    this.watchdog = setInterval(() => this.sweep(), this.options.maxMs)
    this.watchdog.unref?.()
  }

  stop(): void {
    this.running = false
    clearInterval(this.watchdog)
    this.libp2p.removeEventListener('peer:disconnect', this.onDisconnect)
    for (const state of this.peers.values()) clearTimeout(state.timer)
  }

  private sweep(): void {
    const connected = new Set(this.libp2p.getConnections().map((c) => c.remotePeer.toString()))
    for (const [id, state] of this.peers) {
      if (!connected.has(id)) this.schedule(id, state, 0)
    }
  }

  private schedule(id: string, state: PeerState, delayMs: number): void {
    if (!this.running || state.timer || state.dialing) return
    state.timer = setTimeout(() => {
      state.timer = undefined
      this.dial(id, state).catch((e) =>
        this.log.warn('persistent peer redial loop failed', { peer: id, error: String(e) }),
      )
    }, delayMs)
    state.timer.unref?.()
  }

  private async dial(id: string, state: PeerState): Promise<void> {
    if (!this.running || this.libp2p.getConnections().some((c) => c.remotePeer.toString() === id)) {
      state.attempts = 0
      return
    }
    state.dialing = true
    try {
      await this.libp2p.dial(state.addr, { signal: AbortSignal.timeout(this.options.dialTimeoutMs) })
      state.attempts = 0
      this.log.info('connected to persistent peer', { peer: id })
    } catch (e) {
      state.attempts++
      const backoff = Math.min(this.options.maxMs, this.options.initialMs * 2 ** Math.min(state.attempts, 30))
      // Jitter spreads the redials of many nodes that lost the same peer at the same moment.
      const delay = Math.round(backoff * (0.75 + Math.random() * 0.5))
      this.log.debug('persistent peer dial failed', {
        peer: id,
        attempt: state.attempts,
        retryInMs: delay,
        error: String(e),
      })
      state.dialing = false
      this.schedule(id, state, delay)
      return
    }
    state.dialing = false
  }
}
