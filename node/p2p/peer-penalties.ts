// Misbehaviour outside gossipsub (malformed sync frames, absurd ranges, lying responses) is counted here. The
// count feeds gossipsub's application-specific score (P5), so the same number drives mesh pruning and graylisting;
// a peer that reaches `disconnectAfter` offences inside the window is disconnected and refused for `banMs`.

export interface PeerPenaltyOptions {
  /** Score removed per offence (gossipsub graylists below −80). */
  penaltyPerOffence: number
  /** Offences inside `windowMs` after which the peer is disconnected and banned. */
  disconnectAfter: number
  windowMs: number
  banMs: number
}

export const DEFAULT_PEER_PENALTIES: PeerPenaltyOptions = {
  penaltyPerOffence: 30,
  disconnectAfter: 3,
  windowMs: 10 * 60_000,
  banMs: 60_000,
}

const MAX_TRACKED_PEERS = 10_000

interface PenaltyRecord {
  offences: number[]
  bannedUntil: number
}

export class PeerPenalties {
  private readonly peers = new Map<string, PenaltyRecord>()

  constructor(
    private readonly options: PeerPenaltyOptions = DEFAULT_PEER_PENALTIES,
    private readonly onBan: (peerId: string) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one offence; returns true when the peer has just been banned. */
  record(peerId: string): boolean {
    const now = this.now()
    const rec = this.peers.get(peerId) ?? { offences: [], bannedUntil: 0 }
    rec.offences = rec.offences.filter((t) => now - t < this.options.windowMs)
    rec.offences.push(now)
    this.peers.set(peerId, rec)
    if (this.peers.size > MAX_TRACKED_PEERS) this.forgetStale(now)
    if (rec.offences.length < this.options.disconnectAfter || rec.bannedUntil > now) return false
    rec.bannedUntil = now + this.options.banMs
    this.onBan(peerId)
    return true
  }

  /** Negative score contribution: −penalty × recent offences. */
  score(peerId: string): number {
    const rec = this.peers.get(peerId)
    if (!rec) return 0
    const now = this.now()
    const recent = rec.offences.filter((t) => now - t < this.options.windowMs).length
    if (recent === 0) {
      if (rec.bannedUntil <= now) this.peers.delete(peerId)
      return 0
    }
    return -this.options.penaltyPerOffence * recent
  }

  isBanned(peerId: string): boolean {
    const rec = this.peers.get(peerId)
    return rec !== undefined && rec.bannedUntil > this.now()
  }

  /** Sybil peers could otherwise grow the map without bound: drop everyone with nothing recent. */
  private forgetStale(now: number): void {
    for (const [id, rec] of this.peers) {
      if (rec.bannedUntil <= now && rec.offences.every((t) => now - t >= this.options.windowMs))
        this.peers.delete(id)
    }
  }

  offences(peerId: string): number {
    return this.peers.get(peerId)?.offences.length ?? 0
  }
}
