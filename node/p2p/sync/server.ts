// The `/datum/<chain-id>/sync/1` stream handler: read one length-prefixed request, answer it, close. Nothing a
// peer sends can throw out of the handler; malformed frames and absurd requests get a typed error response (when
// the stream still allows one) and count as an offence against the peer.
import type { Connection, Stream } from '@libp2p/interface'
import { lpStream } from '@libp2p/utils'
import { isP2PError, type P2PErrorCode } from '../errors.js'
import type { P2PLogger } from '../logger.js'
import { MAX_REQUEST_FRAME_BYTES, type SyncLimits } from './limits.js'
import { decodeRequest, encodeResponse, type SyncResponse } from './messages.js'
import type { SyncProvider } from './provider.js'
import { serveRequest } from './serve.js'

/** Error codes that mean the peer sent something no honest peer sends. */
const OFFENCES: ReadonlySet<P2PErrorCode> = new Set(['SYNC_MALFORMED', 'SYNC_RANGE_INVALID'])

/** @libp2p/utils length-prefix errors for a frame longer than allowed or a length that is not a varint. */
const OVERSIZE_ERRORS: ReadonlySet<string> = new Set([
  'InvalidDataLengthError',
  'InvalidDataLengthLengthError',
  'InvalidMessageLengthError',
])

export interface SyncServerDeps {
  limits: SyncLimits
  provider: () => SyncProvider | undefined
  onOffence: (peerId: string, code: P2PErrorCode) => void
  log: P2PLogger
}

export function createSyncHandler(deps: SyncServerDeps) {
  return async (stream: Stream, connection: Connection): Promise<void> => {
    const peer = connection.remotePeer.toString()
    const signal = AbortSignal.timeout(deps.limits.requestTimeoutMs)
    const lp = lpStream(stream, { maxDataLength: MAX_REQUEST_FRAME_BYTES })
    try {
      let frame: Uint8Array
      try {
        frame = (await lp.read({ signal })).subarray()
      } catch (e) {
        // An oversized length prefix is deliberate; an EOF or reset can be an honest client giving up.
        if (OVERSIZE_ERRORS.has((e as Error).name)) deps.onOffence(peer, 'SYNC_MALFORMED')
        deps.log.debug('sync request unreadable', { peer, error: String(e) })
        stream.abort(e as Error)
        return
      }
      const response = await withSignal(answer(frame, deps), signal)
      try {
        await lp.write(encodeResponse(response), { signal })
        await stream.close({ signal })
      } finally {
        // Counted after the reply, so even the offence that gets the peer disconnected is answered first.
        if (response.type === 'error' && OFFENCES.has(response.code as P2PErrorCode)) {
          deps.onOffence(peer, response.code as P2PErrorCode)
        }
      }
    } catch (e) {
      deps.log.debug('sync stream failed', { peer, error: String(e) })
      stream.abort(e as Error)
    }
  }
}

async function answer(frame: Uint8Array, deps: SyncServerDeps): Promise<SyncResponse> {
  let request: ReturnType<typeof decodeRequest>
  try {
    request = decodeRequest(frame)
  } catch (e) {
    return { type: 'error', code: 'SYNC_MALFORMED', message: `malformed request: ${(e as Error).message}` }
  }
  const provider = deps.provider()
  if (!provider)
    return { type: 'error', code: 'SYNC_UNAVAILABLE', message: 'this node does not serve sync yet' }
  try {
    return await serveRequest(request, provider, deps.limits)
  } catch (e) {
    if (isP2PError(e)) return { type: 'error', code: e.code, message: e.message }
    deps.log.warn('sync provider failed', { request: request.type, error: String(e) })
    return { type: 'error', code: 'SYNC_INTERNAL', message: 'internal error while serving the request' }
  }
}

/** Rejects when `signal` aborts, so a provider that never answers cannot pin the stream open. */
function withSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    if (signal.aborted) return onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
