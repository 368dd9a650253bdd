import { describe, expect, it } from 'vitest'
import { PeerPenalties } from './peer-penalties.js'

function setup() {
  let now = 1_000_000
  const banned: string[] = []
  const penalties = new PeerPenalties(
    { penaltyPerOffence: 30, disconnectAfter: 3, windowMs: 60_000, banMs: 10_000 },
    (p) => banned.push(p),
    () => now,
  )
  return { penalties, banned, advance: (ms: number) => (now += ms) }
}

describe('PeerPenalties', () => {
  it('lowers the score per offence and bans on the third inside the window', () => {
    const { penalties, banned } = setup()
    expect(penalties.record('p')).toBe(false)
    expect(penalties.score('p')).toBe(-30)
    expect(penalties.record('p')).toBe(false)
    expect(penalties.record('p')).toBe(true)
    expect(banned).toEqual(['p'])
    expect(penalties.isBanned('p')).toBe(true)
    expect(penalties.score('p')).toBe(-90)
    expect(penalties.score('q')).toBe(0)
  })

  it('does not ban twice while a ban is in force, and lifts it after banMs', () => {
    const { penalties, banned, advance } = setup()
    for (let i = 0; i < 4; i++) penalties.record('p')
    expect(banned).toEqual(['p'])
    advance(10_001)
    expect(penalties.isBanned('p')).toBe(false)
  })

  it('forgets offences older than the window', () => {
    const { penalties, banned, advance } = setup()
    penalties.record('p')
    penalties.record('p')
    advance(60_001)
    expect(penalties.score('p')).toBe(0)
    expect(penalties.record('p')).toBe(false)
    expect(banned).toEqual([])
  })
})
