// The job timeline with the DEFAULT params: each state's deadline, each transition's opening, and the
// validator that refuses params under which a deadline passes before the next step may lawfully happen.
import { describe, expect, it } from 'vitest'
import { computeRightErrors as E } from './errors.js'
import { parseGenesis } from './genesis.js'
import { checkParams, DEFAULT_PARAMS } from './params.js'
import { checkTimeline, jobTimes, scaledTimeline, timelineSteps } from './timeline.js'

const refused = (f: () => void) => {
  try {
    f()
  } catch (e) {
    return E.invalidTimeline.is(e)
  }
  return false
}

describe('job timeline (DEFAULT params)', () => {
  it('accepts the default params', () => {
    expect(() => checkTimeline(DEFAULT_PARAMS)).not.toThrow()
    expect(() => checkParams(DEFAULT_PARAMS)).not.toThrow()
  })

  it('derives the deadlines from the request time', () => {
    expect(jobTimes(1_000n, DEFAULT_PARAMS)).toEqual({
      acceptBy: 1_600n,
      commitBy: 3_400n,
      revealBy: 4_000n,
      finalBy: 4_600n,
      challengeBy: 7_600n,
    })
  })

  it('an attested job has no expiry: the only way on is finalize after the challenge window', () => {
    const steps = timelineSteps(DEFAULT_PARAMS)
    const finalize = steps.filter((s) => s.state === 'ATTESTED' && s.next.startsWith('FINALIZED'))
    expect(finalize).toHaveLength(1)
    expect(finalize[0]).toMatchObject({ deadline: null, opensAfter: 3_600n })
    // the challenge window is the ATTESTED state's only deadline, and finalize opens exactly when it closes
    const challenge = steps.find((s) => s.state === 'ATTESTED' && s.next.startsWith('CHALLENGED'))!
    expect(challenge.deadline).toBe(finalize[0]!.opensAfter)
    expect(steps.some((s) => s.state === 'ATTESTED' && s.next.startsWith('EXPIRED'))).toBe(false)
    // The default issue: the final deadline (request + 4,600 s at the latest here) falls before finalize opens
    // (attested_at + 3,600 ≥ request + 3,600 … up to request + 7,600). Harmless now: expiry never applies.
    const t = jobTimes(0n, DEFAULT_PARAMS)
    expect(t.finalBy < t.revealBy + DEFAULT_PARAMS.challengeSeconds).toBe(true)
    // The expiry claim opens strictly after the last moment a quorum can form.
    const claim = steps.find((s) => s.next.startsWith('EXPIRED'))!
    expect(claim.deadline! > claim.opensAfter).toBe(true)
  })

  it('a challenge the arbiter does not decide lapses after arbiter_seconds', () => {
    const c = timelineSteps(DEFAULT_PARAMS).find((s) => s.state === 'CHALLENGED')!
    expect(c).toMatchObject({ opensAfter: 0n, deadline: 86_400n })
  })

  it('refuses params under which a deadline passes before the next step opens', () => {
    for (const key of [
      'acceptSeconds',
      'commitSeconds',
      'revealSeconds',
      'finalSeconds',
      'challengeSeconds',
      'arbiterSeconds',
    ] as const) {
      const bad = { ...DEFAULT_PARAMS, [key]: 0n }
      expect(
        refused(() => checkTimeline(bad)),
        key,
      ).toBe(true)
      expect(
        refused(() => checkParams(bad)),
        key,
      ).toBe(true)
    }
    expect(refused(() => checkTimeline({ ...DEFAULT_PARAMS, commitSeconds: 31n * 86_400n }))).toBe(true)
  })

  it('genesis refuses such params with the registered error', () => {
    const json = { params: { ...snake(DEFAULT_PARAMS), final_seconds: '0' } }
    let err: unknown
    try {
      parseGenesis(json)
    } catch (e) {
      err = e
    }
    expect(E.invalidTimeline.is(err)).toBe(true)
    expect(String((err as Error).message)).toMatch(/final_seconds/)
    expect(() => parseGenesis({ params: snake(DEFAULT_PARAMS) })).not.toThrow()
  })

  it('scaling every window by one factor keeps the timeline valid', () => {
    const s = scaledTimeline(DEFAULT_PARAMS, 600n)
    expect([s.acceptSeconds, s.commitSeconds, s.revealSeconds, s.finalSeconds, s.challengeSeconds]).toEqual([
      1n,
      3n,
      1n,
      1n,
      6n,
    ])
    expect(s.arbiterSeconds).toBe(144n)
  })
})

function snake(p: typeof DEFAULT_PARAMS): Record<string, string | number> {
  return {
    accept_seconds: String(p.acceptSeconds),
    commit_seconds: String(p.commitSeconds),
    reveal_seconds: String(p.revealSeconds),
    final_seconds: String(p.finalSeconds),
    challenge_seconds: String(p.challengeSeconds),
    protocol_fee_bps: p.protocolFeeBps,
    max_expiries_per_block: p.maxExpiriesPerBlock,
    max_rights_per_job: p.maxRightsPerJob,
    arbiter_seconds: String(p.arbiterSeconds),
  }
}
