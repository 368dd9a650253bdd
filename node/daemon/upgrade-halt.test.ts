import { describe, expect, it } from 'vitest'
import { lingerUntilPeersHold } from './upgrade-halt.js'

const H = 40n

describe('lingerUntilPeersHold: how long a node stopped at an upgrade height stays for its peers', () => {
  it('returns at once with no peer, or when every connected and persistent peer already holds the height', async () => {
    let asked = 0
    await lingerUntilPeersHold({ connected: () => [], expected: [], height: async () => 0 }, H, 60_000)
    await lingerUntilPeersHold(
      {
        connected: () => ['a', 'b'],
        expected: ['a'],
        height: async () => {
          asked++
          return 40
        },
      },
      H,
      60_000,
    )
    expect(asked).toBe(2)
  })

  it('waits while a peer is behind or does not answer, and returns once it catches up', async () => {
    let behind = 38
    let polls = 0
    await lingerUntilPeersHold(
      {
        connected: () => ['caught-up', 'behind', 'silent'],
        expected: [],
        height: async (peer) => {
          if (peer === 'caught-up') return 41
          if (peer === 'silent') {
            polls++
            if (polls < 3) throw new Error('no answer')
            return 40
          }
          return behind++
        },
      },
      H,
      60_000,
    )
    expect(behind).toBeGreaterThan(40)
    expect(polls).toBeGreaterThanOrEqual(3)
  })

  it('waits for a persistent peer that is cut off until it connects and holds the height', async () => {
    let connected = ['a']
    let polls = 0
    await lingerUntilPeersHold(
      {
        connected: () => {
          if (++polls === 4) connected = ['a', 'cut-off'] // it reconnects, already past the height
          return connected
        },
        expected: ['a', 'cut-off'],
        height: async () => 40,
      },
      H,
      60_000,
    )
    expect(polls).toBe(4)
  })

  it('counts a peer seen holding the height as done after it leaves (it stopped too)', async () => {
    let polls = 0
    await lingerUntilPeersHold(
      { connected: () => (++polls === 1 ? ['a'] : []), expected: ['a'], height: async () => 40 },
      H,
      60_000,
    )
    expect(polls).toBe(1)
  })

  it('gives up after maxMs when a peer never gets there', async () => {
    const started = performance.now()
    await lingerUntilPeersHold({ connected: () => ['stuck'], expected: [], height: async () => 12 }, H, 300)
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
  })
})
