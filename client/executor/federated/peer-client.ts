// Delivery of one signed message to one peer: POST to its endpoint, retried while the peer is unreachable
// (not started yet, or restarting) or has not opened the job or round yet, until a deadline. Any other
// refusal is final, except REPLAY, which means an earlier attempt already arrived. Counts the bytes put on the wire for the per-round figures.
import type { PeerMessage } from './peer-message.js'

export type Delivery =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'UNREACHABLE' }
  | { readonly ok: false; readonly reason: 'REFUSED'; readonly code: string; readonly message: string }

const RETRY_MS = 100
const RETRYABLE = new Set(['UNKNOWN_JOB', 'TOO_EARLY'])

export class PeerClient {
  /** Request bytes sent. */
  bytesOut = 0
  private readonly pending = new Set<Promise<Delivery>>()

  constructor(private readonly jobId: bigint) {}

  deliver(endpoint: string, message: PeerMessage, deadline: number, signal?: AbortSignal): Promise<Delivery> {
    const attempt = this.attempt(endpoint, message, deadline, signal)
    this.pending.add(attempt)
    void attempt.finally(() => this.pending.delete(attempt))
    return attempt
  }

  /** Waits until every delivery started so far has arrived or given up. */
  async drain(): Promise<void> {
    await Promise.all([...this.pending])
  }

  private async attempt(
    endpoint: string,
    message: PeerMessage,
    deadline: number,
    signal?: AbortSignal,
  ): Promise<Delivery> {
    const body = JSON.stringify(message)
    const url = `${endpoint}/federated/v1/jobs/${this.jobId}/messages`
    for (;;) {
      if (signal?.aborted) return { ok: false, reason: 'UNREACHABLE' }
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(Math.max(1, Math.min(10_000, deadline - Date.now()))),
        })
        this.bytesOut += Buffer.byteLength(body)
        const answer = (await res.json().catch(() => ({}))) as { error?: string; message?: string }
        if (res.ok || answer.error === 'REPLAY') return { ok: true }
        // the peer has not opened this job or round yet: try again
        if (!RETRYABLE.has(answer.error ?? ''))
          return {
            ok: false,
            reason: 'REFUSED',
            code: answer.error ?? String(res.status),
            message: answer.message ?? '',
          }
      } catch {
        // connection refused or reset: the peer is not (yet) listening
      }
      if (Date.now() + RETRY_MS > deadline) return { ok: false, reason: 'UNREACHABLE' }
      await new Promise((r) => setTimeout(r, RETRY_MS))
    }
  }
}
