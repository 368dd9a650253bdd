import { describe, expect, it } from 'vitest'
import { EventBus } from './bus.js'
import { listen } from './listen.js'

const header = (height: bigint) => ({ header: { height } as never })
const settle = () => new Promise((r) => setImmediate(r))

describe('listen', () => {
  it('pushes matching messages until unsubscribed, without a cancel report', async () => {
    const bus = new EventBus()
    const got: string[] = []
    const cancels: string[] = []
    const off = listen(
      bus,
      'ws1',
      "tm.event='NewBlockHeader'",
      (m) => got.push(m.kind),
      (r) => cancels.push(r),
    )
    bus.publishNewBlockHeader(header(1n))
    bus.publishNewBlockHeader(header(2n))
    await settle()
    off()
    bus.publishNewBlockHeader(header(3n))
    await settle()
    expect(got).toEqual(['NewBlockHeader', 'NewBlockHeader'])
    expect(cancels).toEqual([])
    expect(bus.subscriberCount()).toBe(0)
  })

  it('reports a cancel by the bus and a throwing listener', async () => {
    const bus = new EventBus()
    const cancels: string[] = []
    listen(
      bus,
      'a',
      "tm.event='NewBlockHeader'",
      () => {
        throw new Error('socket gone')
      },
      (r) => cancels.push(r),
    )
    listen(
      bus,
      'b',
      "tm.event='NewBlockHeader'",
      () => {},
      (r) => cancels.push(r),
    )
    bus.publishNewBlockHeader(header(1n))
    await settle()
    bus.close()
    await settle()
    expect(cancels).toEqual(['listener failed: socket gone', 'event bus closed'])
  })
})
