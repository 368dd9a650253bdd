// The in-process event bus: consensus publishes, RPC websocket clients subscribe with CometBFT queries.
// Publishing is synchronous and never waits on a subscriber (see subscription.ts).
import type { AbciEvent } from '../../modules/sdk/events.js'
import { toHexUpper, txHash } from '../types/hash.js'
import { EventBusError } from './errors.js'
import type {
  BusMessage,
  EventKind,
  NewBlockData,
  NewBlockEventsData,
  NewBlockHeaderData,
  TxData,
  ValidatorSetUpdatesData,
} from './messages.js'
import { parseQuery } from './query.js'
import { compileQuery, flattenEvents } from './query-match.js'
import { Subscription } from './subscription.js'

export interface EventBusOptions {
  /** Distinct subscribers (websocket clients) at once; CometBFT's default is 100. */
  maxSubscribers?: number
  /** Queries per subscriber; CometBFT's default is 5. */
  maxSubscriptionsPerSubscriber?: number
  /** Undelivered messages a subscription may hold before it is dropped as too slow. */
  bufferSize?: number
}

export class EventBus {
  private readonly subs = new Map<string, Map<string, Subscription>>()
  private readonly maxSubscribers: number
  private readonly maxPerSubscriber: number
  private readonly bufferSize: number

  constructor(opts: EventBusOptions = {}) {
    this.maxSubscribers = opts.maxSubscribers ?? 100
    this.maxPerSubscriber = opts.maxSubscriptionsPerSubscriber ?? 5
    this.bufferSize = opts.bufferSize ?? 100
  }

  /** Subscribes `subscriber` to events matching `queryText`; throws QueryError or EventBusError. */
  subscribe(subscriber: string, queryText: string, opts: { bufferSize?: number } = {}): Subscription {
    const query = parseQuery(queryText)
    let mine = this.subs.get(subscriber)
    if (!mine && this.subs.size >= this.maxSubscribers) {
      throw new EventBusError('TOO_MANY_SUBSCRIBERS', `max subscribers reached (${this.maxSubscribers})`)
    }
    if (mine?.has(queryText)) {
      throw new EventBusError('ALREADY_SUBSCRIBED', `already subscribed to ${queryText}`)
    }
    if (mine && mine.size >= this.maxPerSubscriber) {
      throw new EventBusError(
        'TOO_MANY_SUBSCRIPTIONS',
        `max subscriptions per client reached (${this.maxPerSubscriber})`,
      )
    }
    if (!mine) {
      mine = new Map()
      this.subs.set(subscriber, mine)
    }
    const sub = new Subscription(
      subscriber,
      queryText,
      query,
      compileQuery(query),
      opts.bufferSize ?? this.bufferSize,
      (s) => this.forget(s),
    )
    mine.set(queryText, sub)
    return sub
  }

  /**
   * Ends one subscription; false when there is none (never subscribed, or already ended by the bus, e.g. a
   * slow subscriber), so cleanup paths such as a closing websocket never throw.
   */
  unsubscribe(subscriber: string, queryText: string): boolean {
    const sub = this.subs.get(subscriber)?.get(queryText)
    if (!sub) return false
    sub.cancel('unsubscribed')
    return true
  }

  /** Ends every subscription of `subscriber`; returns how many there were. */
  unsubscribeAll(subscriber: string): number {
    const mine = [...(this.subs.get(subscriber)?.values() ?? [])]
    for (const sub of mine) sub.cancel('unsubscribed')
    return mine.length
  }

  subscriberCount(): number {
    return this.subs.size
  }

  subscriptionsOf(subscriber: string): Subscription[] {
    return [...(this.subs.get(subscriber)?.values() ?? [])]
  }

  /** Cancels every subscription (node shutdown). */
  close(): void {
    for (const mine of [...this.subs.values()])
      for (const sub of [...mine.values()]) sub.cancel('event bus closed')
  }

  publishNewBlock(data: NewBlockData): void {
    this.publish('NewBlock', data, data.result.events)
  }

  publishNewBlockHeader(data: NewBlockHeaderData): void {
    this.publish('NewBlockHeader', data, [])
  }

  publishNewBlockEvents(data: NewBlockEventsData): void {
    this.publish('NewBlockEvents', data, data.events)
  }

  publishTx(data: TxData): void {
    this.publish('Tx', data, data.result.events, {
      'tx.hash': [toHexUpper(data.hash ?? txHash(data.tx))],
      'tx.height': [data.height.toString()],
    })
  }

  publishValidatorSetUpdates(data: ValidatorSetUpdatesData): void {
    this.publish('ValidatorSetUpdates', data, [])
  }

  private publish(
    kind: EventKind,
    data: BusMessage['data'],
    events: readonly AbciEvent[],
    reserved: Record<string, string[]> = {},
  ): void {
    if (this.subs.size === 0) return
    // Subscriptions see every attribute, indexed or not, as CometBFT's pubsub does.
    const flat = flattenEvents(events, { extra: { 'tm.event': [kind], ...reserved } })
    const message = { kind, data, events: flat } as BusMessage
    for (const mine of [...this.subs.values()]) {
      for (const sub of [...mine.values()]) if (sub.accepts(flat)) sub.deliver(message)
    }
  }

  private forget(sub: Subscription): void {
    const mine = this.subs.get(sub.subscriber)
    if (mine?.get(sub.queryText) !== sub) return
    mine.delete(sub.queryText)
    if (mine.size === 0) this.subs.delete(sub.subscriber)
  }
}
