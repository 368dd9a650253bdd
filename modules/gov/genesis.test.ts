// Gov genesis round trip with live state: a proposal in its voting period with a deposit and a vote is
// exported, re-imported into a fresh chain (queues rebuilt) and exported identically; bad sections refused.
import { VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultGovGenesisJson, parseGovGenesis } from './genesis.js'
import { addr, cleanupGovEnvs, expectAbciError, govEnv, udatum } from './test-env.js'

afterEach(cleanupGovEnvs)

describe('gov genesis', () => {
  it('round-trips proposals, deposits, votes and queues through JSON', async () => {
    const env = await govEnv()
    env.fund(addr(1), udatum(100_000_000n))
    env.staking.bond(addr(10), 1_000_000n)
    env.deliver('/cosmos.gov.v1.MsgSubmitProposal', {
      messages: [],
      initialDeposit: [{ denom: 'udatum', amount: '10000000' }],
      proposer: addr(1),
      metadata: 'ipfs://x',
      title: 't',
      summary: 's',
      expedited: false,
    })
    env.deliver('/cosmos.gov.v1.MsgVote', {
      proposalId: 1n,
      voter: addr(10),
      option: VoteOption.VOTE_OPTION_YES,
      metadata: '',
    })
    const exported = JSON.parse(JSON.stringify(env.module.exportGenesis(env.ctx())))
    expect(exported.starting_proposal_id).toBe('2')

    const fresh = await govEnv()
    fresh.module.validateGenesis(exported)
    fresh.module.initGenesis(fresh.ctx(), exported)
    expect(JSON.parse(JSON.stringify(fresh.module.exportGenesis(fresh.ctx())))).toEqual(exported)
    // The voting queue was rebuilt: the proposal ends (and is tallied) at its voting end.
    expect(fresh.gov.dueIds(fresh.ctx(), true, { seconds: 1_700_000_000n + 172_800n, nanos: 0 })).toEqual([
      1n,
    ])
  })

  it('refuses invalid params and records for unknown proposals', () => {
    const g = defaultGovGenesisJson() as Record<string, Record<string, unknown>>
    expectAbciError(
      () => parseGovGenesis({ ...g, params: { ...g.params, threshold: '0' } }),
      'sdk',
      18,
      /threshold/,
    )
    expectAbciError(
      () =>
        parseGovGenesis({ ...g, votes: [{ proposal_id: '5', voter: addr(1), options: [], metadata: '' }] }),
      'gov',
      8,
      /unknown proposal 5/,
    )
  })
})
