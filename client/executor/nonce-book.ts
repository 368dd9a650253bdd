// The result server's outstanding challenges: a random nonce per request for a job's result, accepted once
// and only within its lifetime. Bounded, so a flood of challenge requests cannot grow memory without limit.
import { randomBytes } from 'node:crypto'

export const NONCE_TTL_MS = 60_000

export class NonceBook {
  /** nonce → (job id, expiry in ms) */
  private readonly open = new Map<string, { jobId: bigint; expiresAt: number }>()

  constructor(
    private readonly capacity = 10_000,
    private readonly ttlMs = NONCE_TTL_MS,
  ) {}

  /** A fresh nonce for `jobId`, or undefined when too many are outstanding. */
  issue(jobId: bigint, nowMs: number): { nonce: string; expiresAt: number } | undefined {
    if (this.open.size >= this.capacity) this.sweep(nowMs)
    if (this.open.size >= this.capacity) return undefined
    const nonce = randomBytes(16).toString('hex')
    const expiresAt = nowMs + this.ttlMs
    this.open.set(nonce, { jobId, expiresAt })
    return { nonce, expiresAt }
  }

  /** True once for a nonce issued for `jobId` that has not expired; it cannot be used again. */
  consume(jobId: bigint, nonce: string, nowMs: number): boolean {
    const n = this.open.get(nonce)
    if (!n) return false
    this.open.delete(nonce)
    return n.jobId === jobId && nowMs <= n.expiresAt
  }

  private sweep(nowMs: number): void {
    for (const [k, v] of this.open) if (v.expiresAt < nowMs) this.open.delete(k)
  }
}
