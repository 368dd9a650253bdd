import { describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { type JobFacts, nextAction } from './job-plan.js'

const job: JobFacts = {
  jobId: 1n,
  requester: 'req',
  assetOwners: ['own'],
  now: 100n,
  commitBy: 110n,
  revealBy: 120n,
  open: true,
}
const att = (over: Partial<T.AttestationInput>): T.Attestation =>
  T.Attestation.fromPartial({ jobId: 1n, state: T.AttestationState.ATTESTATION_STATE_OPEN, ...over })
const commit = (executor: string) => ({ executor, hash: 'h', weight: 2n, height: 1n })

describe('executor job plan', () => {
  it('accept → compute-and-commit → wait for others → reveal', () => {
    expect(nextAction('me', job, undefined, 3).kind).toBe('accept')
    expect(nextAction('me', job, att({ assigned: ['me', 'b'] }), 3).kind).toBe('compute-and-commit')
    const one = att({ assigned: ['me', 'b'], commitments: [commit('me')] })
    expect(nextAction('me', job, one, 3)).toMatchObject({ kind: 'none', reason: /waiting/ })
    expect(nextAction('me', { ...job, now: 111n }, one, 3).kind).toBe('reveal')
    const both = att({ assigned: ['me', 'b'], commitments: [commit('me'), commit('b')] })
    expect(nextAction('me', job, both, 3).kind).toBe('reveal')
    // an operator waiting for three co-executors holds the reveal until then, or until the window closes
    expect(nextAction('me', job, both, 3, 3)).toMatchObject({ kind: 'none', reason: /waiting/ })
    expect(nextAction('me', { ...job, now: 111n }, both, 3, 3).kind).toBe('reveal')
    const three = att({ assigned: ['me', 'b', 'c'], commitments: ['me', 'b', 'c'].map(commit) })
    expect(nextAction('me', job, three, 3, 3).kind).toBe('reveal')
  })

  it('never its own or owned jobs, nor full, late or finished ones', () => {
    expect(nextAction('req', job, undefined, 3).kind).toBe('none')
    expect(nextAction('own', job, undefined, 3).kind).toBe('none')
    expect(nextAction('me', job, att({ assigned: ['a', 'b'] }), 2).kind).toBe('none')
    expect(nextAction('me', { ...job, now: 111n }, undefined, 3).kind).toBe('none')
    expect(
      nextAction(
        'me',
        job,
        att({ assigned: ['me'], state: T.AttestationState.ATTESTATION_STATE_ATTESTED }),
        3,
      ).kind,
    ).toBe('none')
    const late = att({ assigned: ['me'], commitments: [commit('me')] })
    expect(nextAction('me', { ...job, now: 121n }, late, 3).kind).toBe('none')
  })
})
