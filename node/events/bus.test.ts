import { describe, expect, it } from 'vitest'
import type { TxResult } from '../types/abci.js'
import { EventBus } from './bus.js'
import { EventBusError, QueryError } from './errors.js'

const result = (sender: string): TxResult => ({
  code: 0,
  codespace: '',
  log: '',
  info: '',
  data: new Uint8Array(0),
  gasWanted: 1n,
  gasUsed: 1n,
  events: [{ type: 'message', attributes: [{ key: 'sender', value: sender, index: true }] }],
})

describe('EventBus', () => {
  it('delivers only matching events, with reserved tx keys', async () => {
    const bus = new EventBus()
    const sub = bus.subscribe('c1', "tm.event='Tx' AND message.sender='alice'")
    bus.publishTx({ height: 3n, index: 0, tx: Uint8Array.of(1), result: result('bob') })
    bus.publishTx({ height: 4n, index: 1, tx: Uint8Array.of(2), result: result('alice') })
    bus.publishNewBlockHeader({ header: {} as never })
    const m = await sub.next()
    expect(m?.kind).toBe('Tx')
    expect(m?.events.get('tx.height')).toEqual(['4'])
    expect(m?.events.get('tx.hash')?.[0]).toMatch(/^[0-9A-F]{64}$/)
    expect(sub.pending).toBe(0)
  })

  it('drops a slow subscriber with a reason and never blocks the publisher', async () => {
    const bus = new EventBus({ bufferSize: 3 })
    const slow = bus.subscribe('slow', "tm.event='Tx'")
    const fast = bus.subscribe('fast', "tm.event='Tx'", { bufferSize: 100 })
    for (let i = 0; i < 10; i++)
      bus.publishTx({ height: 1n, index: i, tx: Uint8Array.of(i), result: result('a') })
    expect(slow.cancelReason).toMatch(/too slow/)
    expect(await slow.next()).toBeUndefined()
    expect(fast.pending).toBe(10)
    expect(bus.subscriptionsOf('slow')).toHaveLength(0)
    // Cleanup after the bus dropped it must not throw.
    expect(bus.unsubscribe('slow', "tm.event='Tx'")).toBe(false)
  })

  it('wakes a waiting reader and ends iteration on unsubscribe', async () => {
    const bus = new EventBus()
    const sub = bus.subscribe('c', "tm.event='NewBlockHeader'")
    const waiting = sub.next()
    bus.publishNewBlockHeader({ header: { height: 7n } as never })
    expect((await waiting)?.kind).toBe('NewBlockHeader')
    const seen: string[] = []
    const loop = (async () => {
      for await (const m of sub) seen.push(m.kind)
    })()
    bus.publishNewBlockHeader({ header: { height: 8n } as never })
    await Promise.resolve()
    bus.unsubscribe('c', "tm.event='NewBlockHeader'")
    await loop
    expect(seen).toEqual(['NewBlockHeader'])
    expect(sub.cancelReason).toBe('unsubscribed')
  })

  it('enforces subscriber and subscription limits and rejects bad queries', () => {
    const bus = new EventBus({ maxSubscribers: 1, maxSubscriptionsPerSubscriber: 1 })
    bus.subscribe('a', "tm.event='Tx'")
    expect(() => bus.subscribe('a', "tm.event='Tx'")).toThrow(EventBusError)
    expect(() => bus.subscribe('a', "tm.event='NewBlock'")).toThrow(/max subscriptions/)
    expect(() => bus.subscribe('b', "tm.event='Tx'")).toThrow(/max subscribers/)
    expect(() => bus.subscribe('a', 'tm.event=')).toThrow(QueryError)
    expect(bus.unsubscribe('a', 'nope.x=1')).toBe(false)
    expect(bus.unsubscribeAll('a')).toBe(1)
    expect(bus.unsubscribeAll('a')).toBe(0)
    expect(bus.subscriberCount()).toBe(0)
  })
})
