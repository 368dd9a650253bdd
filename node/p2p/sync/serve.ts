// Answers one decoded sync request from the provider, enforcing the limits. Absurd requests become
// P2PError('SYNC_RANGE_INVALID'), which the server turns into an error response and an
// offence against the peer; 'SYNC_UNAVAILABLE' (pruned or missing data) is an honest answer, not an offence.
import { P2PError } from '../errors.js'
import type { SyncLimits } from './limits.js'
import type { BlockWithCommit, SyncRequest, SyncResponse } from './messages.js'
import type { SyncProvider } from './provider.js'

export async function serveRequest(
  req: SyncRequest,
  provider: SyncProvider,
  limits: SyncLimits,
): Promise<SyncResponse> {
  switch (req.type) {
    case 'status':
      return { type: 'status', status: await provider.status() }
    case 'blocks':
      return { type: 'blocks', blocks: await serveBlocks(req.from, req.count, provider, limits) }
    case 'votes':
      return { type: 'votes', votes: await serveVotes(req.height, req.round, provider, limits) }
  }
}

async function serveBlocks(
  from: number,
  count: number,
  provider: SyncProvider,
  limits: SyncLimits,
): Promise<BlockWithCommit[]> {
  if (from < 1) throw new P2PError('SYNC_RANGE_INVALID', `from must be >= 1, got ${from}`)
  if (count < 1 || count > limits.maxBlocksPerRequest) {
    throw new P2PError(
      'SYNC_RANGE_INVALID',
      `count must be in [1, ${limits.maxBlocksPerRequest}], got ${count}`,
    )
  }
  const { height, base } = await provider.status()
  if (from > height)
    throw new P2PError('SYNC_RANGE_INVALID', `from ${from} is beyond the latest height ${height}`)
  if (from < base) throw new P2PError('SYNC_UNAVAILABLE', `blocks below ${base} are pruned`)
  const last = Math.min(height, from + count - 1)
  const blocks: BlockWithCommit[] = []
  let bytes = 0
  for (let h = from; h <= last; h++) {
    const b = await provider.block(h)
    if (!b) break
    const size = b.block.length + b.commit.length
    if (size > limits.maxBlockBytes) {
      throw new P2PError(
        'SYNC_INTERNAL',
        `block ${h} is ${size} bytes, above the ${limits.maxBlockBytes} limit`,
      )
    }
    if (blocks.length > 0 && bytes + size > limits.maxResponseBytes) break
    blocks.push({ height: h, block: b.block, commit: b.commit })
    bytes += size
  }
  if (blocks.length === 0) throw new P2PError('SYNC_UNAVAILABLE', `block ${from} is not available`)
  return blocks
}

async function serveVotes(
  height: number,
  round: number,
  provider: SyncProvider,
  limits: SyncLimits,
): Promise<Uint8Array[]> {
  if (height < 1) throw new P2PError('SYNC_RANGE_INVALID', `height must be >= 1, got ${height}`)
  if (round < 0 || round > limits.maxRound) {
    throw new P2PError('SYNC_RANGE_INVALID', `round must be in [0, ${limits.maxRound}], got ${round}`)
  }
  const votes = await provider.votes(height, round)
  const out: Uint8Array[] = []
  let bytes = 0
  for (const v of votes) {
    if (out.length >= limits.maxVotesPerResponse || bytes + v.length > limits.maxResponseBytes) break
    out.push(v)
    bytes += v.length
  }
  return out
}
