// Bounds on the sync protocol. Both ends derive their frame limits from these, so a peer can make us neither
// allocate nor send more than a configured amount per request.

export interface SyncLimits {
  /** Most blocks a `blocks` request may ask for. */
  maxBlocksPerRequest: number
  /** Byte budget of one `blocks` response (a single larger block is still sent alone). */
  maxResponseBytes: number
  /** Largest encoded block + commit this node sends or accepts. */
  maxBlockBytes: number
  /** Most votes in a `votes` response. */
  maxVotesPerResponse: number
  /** Highest round a `votes` request may name. */
  maxRound: number
  /** Time a request may take end to end (open stream, write, read the response). */
  requestTimeoutMs: number
  /** Concurrent inbound sync streams per connection. */
  maxInboundStreams: number
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxBlocksPerRequest: 100,
  maxResponseBytes: 8 * 1024 * 1024,
  maxBlockBytes: 4 * 1024 * 1024,
  maxVotesPerResponse: 1000,
  maxRound: 10_000,
  requestTimeoutMs: 10_000,
  maxInboundStreams: 8,
}

/** Requests are tiny; anything bigger is an attack or a bug. */
export const MAX_REQUEST_FRAME_BYTES = 1024

export function maxResponseFrameBytes(limits: SyncLimits): number {
  return limits.maxResponseBytes + limits.maxBlockBytes + 64 * 1024
}
