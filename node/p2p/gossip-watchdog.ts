// A connection can stay open while gossip over it is dead in one direction, and nothing in gossipsub repairs it:
// the router opens its outbound stream once per connection and never retries an open that failed (a stream
// negotiation that timed out under load) nor replaces one whose write side closed, and a read error on the
// inbound stream drops the peer from the router while the connection stays up. Votes then stop flowing to that
// peer until something reconnects. The watchdog hangs such a connection up so the ordinary redial (persistent
// peers, or the peer's own) builds fresh streams. Each side checks only what it can see for itself: its own
// router membership and outbound stream. A peer that cannot send to us has the same watchdog on its side.

export interface GossipWatchdogOptions {
  /** How often connections are checked. */
  intervalMs: number
  /** How long a connection may lack its gossip streams before it is hung up (covers identify and stream setup). */
  graceMs: number
}

export const DEFAULT_GOSSIP_WATCHDOG: GossipWatchdogOptions = { intervalMs: 2_000, graceMs: 10_000 }

/** The decision, free of timers and libp2p: which connected peers have been gossip-dead for the grace period. */
export class GossipStreamTracker {
  private readonly brokenSince = new Map<string, number>()

  constructor(private readonly graceMs: number) {}

  /** Peers to hang up now; a peer is reported once per broken spell. */
  check(now: number, connected: readonly string[], hasGossip: (peer: string) => boolean): string[] {
    const stale: string[] = []
    const seen = new Set(connected)
    for (const peer of this.brokenSince.keys()) if (!seen.has(peer)) this.brokenSince.delete(peer)
    for (const peer of seen) {
      if (hasGossip(peer)) {
        this.brokenSince.delete(peer)
        continue
      }
      const since = this.brokenSince.get(peer)
      if (since === undefined) this.brokenSince.set(peer, now)
      else if (now - since >= this.graceMs) {
        this.brokenSince.delete(peer)
        stale.push(peer)
      }
    }
    return stale
  }
}

export interface GossipWatchdogDeps {
  connectedPeers(): string[]
  /** True when the router has the peer and a writable outbound stream to it. */
  hasGossip(peer: string): boolean
  hangUp(peer: string): void
}

/** Runs the tracker on a timer; returns a function that stops it. */
export function startGossipWatchdog(
  deps: GossipWatchdogDeps,
  options: GossipWatchdogOptions,
  onStale: (peer: string) => void = () => {},
): () => void {
  const tracker = new GossipStreamTracker(options.graceMs)
  const timer = setInterval(() => {
    for (const peer of tracker.check(Date.now(), deps.connectedPeers(), deps.hasGossip)) {
      onStale(peer)
      deps.hangUp(peer)
    }
  }, options.intervalMs)
  timer.unref?.()
  return () => clearInterval(timer)
}
