// Requests on the sync protocol: one stream per request, bounded by a timeout and a response frame limit.
// Error responses come back as the same typed P2PError the server raised; a response that does not answer the
// request (wrong heights, too many items) is SYNC_MALFORMED and counts against the peer.
import type { Libp2p, PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { lpStream } from '@libp2p/utils'
import { P2PError, type P2PErrorCode } from '../errors.js'
import { maxResponseFrameBytes, type SyncLimits } from './limits.js'
import {
  type BlockWithCommit,
  decodeResponse,
  encodeRequest,
  type SyncRequest,
  type SyncResponse,
  type SyncStatus,
} from './messages.js'

const REMOTE_CODES: ReadonlySet<string> = new Set<P2PErrorCode>([
  'SYNC_MALFORMED',
  'SYNC_RANGE_INVALID',
  'SYNC_UNAVAILABLE',
  'SYNC_INTERNAL',
])

export class SyncClient {
  constructor(
    private readonly libp2p: Libp2p,
    private readonly protocol: string,
    private readonly limits: SyncLimits,
    private readonly onOffence: (peerId: string, code: P2PErrorCode) => void = () => {},
  ) {}

  async status(peer: PeerId | string): Promise<SyncStatus> {
    const res = await this.request(peer, { type: 'status' })
    if (res.type !== 'status') throw this.malformed(peer, `expected status, got ${res.type}`)
    const { height, base } = res.status
    if (height < 0 || base < 0 || (height > 0 && base > height)) {
      throw this.malformed(peer, `status height ${height} base ${base} is inconsistent`)
    }
    return res.status
  }

  /** Blocks from..from+count-1 (a prefix of them when the peer's byte budget ends first). */
  async blocks(peer: PeerId | string, from: number, count: number): Promise<BlockWithCommit[]> {
    const res = await this.request(peer, { type: 'blocks', from, count })
    if (res.type !== 'blocks') throw this.malformed(peer, `expected blocks, got ${res.type}`)
    if (res.blocks.length === 0 || res.blocks.length > count) {
      throw this.malformed(peer, `asked for ${count} blocks, got ${res.blocks.length}`)
    }
    res.blocks.forEach((b, i) => {
      if (b.height !== from + i) throw this.malformed(peer, `expected block ${from + i}, got ${b.height}`)
    })
    return res.blocks
  }

  async votes(peer: PeerId | string, height: number, round: number): Promise<Uint8Array[]> {
    const res = await this.request(peer, { type: 'votes', height, round })
    if (res.type !== 'votes') throw this.malformed(peer, `expected votes, got ${res.type}`)
    if (res.votes.length > this.limits.maxVotesPerResponse) {
      throw this.malformed(
        peer,
        `${res.votes.length} votes exceed the ${this.limits.maxVotesPerResponse} limit`,
      )
    }
    return res.votes
  }

  private async request(peer: PeerId | string, req: SyncRequest): Promise<SyncResponse> {
    const peerId = typeof peer === 'string' ? peerIdFromString(peer) : peer
    const signal = AbortSignal.timeout(this.limits.requestTimeoutMs)
    let frame: Uint8Array
    try {
      const stream = await this.libp2p.dialProtocol(peerId, this.protocol, { signal })
      const maxDataLength = maxResponseFrameBytes(this.limits)
      const lp = lpStream(stream, { maxDataLength, maxBufferSize: maxDataLength + 16 })
      try {
        await lp.write(encodeRequest(req), { signal })
        frame = (await lp.read({ signal })).subarray()
        await stream.close({ signal }).catch(() => stream.abort(new Error('close failed')))
      } catch (e) {
        stream.abort(e as Error)
        throw e
      }
    } catch (e) {
      if (signal.aborted) {
        throw new P2PError('SYNC_TIMEOUT', `${req.type} request to ${peerId} timed out`, { cause: e })
      }
      throw new P2PError(
        'SYNC_STREAM_FAILED',
        `${req.type} request to ${peerId} failed: ${(e as Error).message}`,
        {
          cause: e,
        },
      )
    }
    let res: SyncResponse
    try {
      res = decodeResponse(frame)
    } catch (e) {
      throw this.malformed(peerId, (e as Error).message)
    }
    if (res.type === 'error') {
      const code = (REMOTE_CODES.has(res.code) ? res.code : 'SYNC_INTERNAL') as P2PErrorCode
      throw new P2PError(code, `peer ${peerId}: ${res.message}`)
    }
    return res
  }

  private malformed(peer: PeerId | string, why: string): P2PError {
    this.onOffence(peer.toString(), 'SYNC_MALFORMED')
    return new P2PError('SYNC_MALFORMED', `peer ${peer} sent a bad response: ${why}`)
  }
}
