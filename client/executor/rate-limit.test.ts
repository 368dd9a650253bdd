import { describe, expect, it } from 'vitest'
import { NonceBook } from './nonce-book.js'
import { RateLimiter } from './rate-limit.js'

describe('rate limiter and nonce book', () => {
  it('allows a burst, then refills at the rate, and says how long to wait', () => {
    const r = new RateLimiter(2, 30)
    expect([r.take('a', 0), r.take('a', 0), r.take('a', 0)]).toEqual([0, 0, 2])
    expect(r.take('b', 0)).toBe(0) // keys are independent
    expect(r.take('a', 1_000)).toBe(1)
    expect(r.take('a', 2_000)).toBe(0)
  })

  it('stays bounded in keys, forgetting idle (full) buckets first', () => {
    const r = new RateLimiter(1, 60, 3)
    for (const k of ['a', 'b', 'c']) expect(r.take(k, 0)).toBe(0)
    // at 60 s every bucket is full again: adding a fourth key evicts them, so 'a' starts afresh
    expect(r.take('d', 60_000)).toBe(0)
    expect(r.take('a', 60_000)).toBe(0)
    // all active: the oldest is dropped to make room
    const busy = new RateLimiter(1, 1, 2)
    busy.take('x', 0)
    busy.take('y', 0)
    busy.take('z', 0)
    expect(busy.take('x', 0)).toBe(0)
  })

  it('accepts a nonce once, for its job, while fresh; refuses to issue past capacity', () => {
    const book = new NonceBook(2, 1_000)
    const a = book.issue(1n, 0)!
    expect(a.nonce).toMatch(/^[0-9a-f]{32}$/)
    expect(book.consume(1n, a.nonce, 500)).toBe(true)
    expect(book.consume(1n, a.nonce, 500)).toBe(false)
    const b = book.issue(1n, 0)!
    expect(book.consume(2n, b.nonce, 0)).toBe(false)
    const c = book.issue(1n, 0)!
    expect(book.consume(1n, c.nonce, 1_001)).toBe(false)
    book.issue(1n, 0)
    book.issue(1n, 0)
    expect(book.issue(1n, 500)).toBeUndefined()
    expect(book.issue(1n, 2_000)).toBeDefined() // expired ones are swept
  })
})
