// One subscriber's view of one query: a bounded queue the bus pushes into without ever waiting. When the queue
// is full the subscription is cancelled with a reason, so a slow websocket client can never stall block production.
import type { BusMessage } from './messages.js'
import type { Query } from './query.js'
import type { EventPredicate } from './query-match.js'

export class Subscription implements AsyncIterable<BusMessage> {
  private readonly queue: BusMessage[] = []
  private waiter: ((m: BusMessage | undefined) => void) | undefined
  private reason: string | undefined

  constructor(
    readonly subscriber: string,
    /** The query text as the client sent it (the RPC echoes it in every event). */
    readonly queryText: string,
    readonly query: Query,
    readonly accepts: EventPredicate,
    readonly bufferSize: number,
    private readonly onCancel: (sub: Subscription) => void,
  ) {}

  /** Why the subscription ended (`undefined` while it is live). */
  get cancelReason(): string | undefined {
    return this.reason
  }

  /** Number of messages waiting to be taken. */
  get pending(): number {
    return this.queue.length
  }

  /** Called by the bus: never blocks; a full queue cancels the subscription instead. */
  deliver(message: BusMessage): void {
    if (this.reason !== undefined) return
    if (this.waiter) {
      const w = this.waiter
      this.waiter = undefined
      w(message)
      return
    }
    if (this.queue.length >= this.bufferSize) {
      // A dropped slow subscriber loses what it had not read: it must resubscribe and resync anyway.
      this.queue.length = 0
      this.cancel(`subscriber too slow: ${this.bufferSize} undelivered messages`)
      return
    }
    this.queue.push(message)
  }

  /** The next message, or `undefined` once the subscription is cancelled and drained. */
  next(): Promise<BusMessage | undefined> {
    const m = this.queue.shift()
    if (m !== undefined) return Promise.resolve(m)
    if (this.reason !== undefined) return Promise.resolve(undefined)
    if (this.waiter) return Promise.reject(new Error('only one reader may wait on a subscription'))
    return new Promise((resolve) => {
      this.waiter = resolve
    })
  }

  cancel(reason: string): void {
    if (this.reason !== undefined) return
    this.reason = reason
    // Messages already queued stay readable after an unsubscribe; `next()` ends once they are taken.
    const w = this.waiter
    this.waiter = undefined
    w?.(undefined)
    this.onCancel(this)
  }

  async *[Symbol.asyncIterator](): AsyncIterator<BusMessage> {
    for (;;) {
      const m = await this.next()
      if (m === undefined) return
      yield m
    }
  }
}
