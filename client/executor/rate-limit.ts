// Token buckets per key (an IP address before the signature is checked, a signer's address before a chain
// query): `burst` requests at once, then `perMinute`. Bounded in keys: full buckets are forgotten first.
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  constructor(
    private readonly burst: number,
    private readonly perMinute: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Takes one token for `key`: 0 when allowed, else the seconds until one is available. */
  take(key: string, nowMs: number): number {
    const b = this.refilled(key, nowMs)
    if (b.tokens >= 1) {
      b.tokens -= 1
      return 0
    }
    return Math.ceil(((1 - b.tokens) * 60) / this.perMinute)
  }

  private refilled(key: string, nowMs: number): { tokens: number; at: number } {
    let b = this.buckets.get(key)
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.evict(nowMs)
      b = { tokens: this.burst, at: nowMs }
      this.buckets.set(key, b)
    }
    b.tokens = Math.min(this.burst, b.tokens + ((nowMs - b.at) / 60_000) * this.perMinute)
    b.at = nowMs
    return b
  }

  private evict(nowMs: number): void {
    for (const [k, b] of this.buckets)
      if (b.tokens + ((nowMs - b.at) / 60_000) * this.perMinute >= this.burst) this.buckets.delete(k)
    // still full of active keys: drop the oldest (Map keeps insertion order)
    while (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!)
  }
}
