// Deposits and their fate with the default params: the voting period starts at min_deposit; a proposal
// that never reaches it is dropped at its deposit end (refunded, or burned with burn_proposal_deposit_prevote);
// after voting, deposits are refunded unless vetoed (burn_vote_veto) or short of quorum with burn_vote_quorum.
import { ProposalStatus, VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov'
import { MsgSubmitProposalResponse } from 'cosmjs-types/cosmos/gov/v1/tx'
import { afterEach, describe, expect, it } from 'vitest'
import { addr, cleanupGovEnvs, expectAbciError, type GovEnv, govEnv, udatum } from './test-env.js'

afterEach(cleanupGovEnvs)

const DAY = 86_400n
const MIN = 10_000_000n
const proposer = addr(1)
const other = addr(2)

function submit(env: GovEnv, deposit: bigint, offset = 0n): bigint {
  const res = env.deliver(
    '/cosmos.gov.v1.MsgSubmitProposal',
    {
      messages: [],
      initialDeposit:
        deposit > 0n ? udatum(deposit).map((c) => ({ denom: c.denom, amount: `${c.amount}` })) : [],
      proposer,
      metadata: 'ipfs://text',
      title: 'Signal',
      summary: 'A text proposal',
      expedited: false,
    },
    offset,
  )
  return MsgSubmitProposalResponse.decode(res).proposalId
}

const deposit = (
  env: GovEnv,
  id: bigint,
  who: string,
  amount: bigint | { denom: string; amount: bigint },
  offset = 0n,
) =>
  env.deliver(
    '/cosmos.gov.v1.MsgDeposit',
    {
      proposalId: id,
      depositor: who,
      amount: [
        typeof amount === 'bigint'
          ? { denom: 'udatum', amount: `${amount}` }
          : { denom: amount.denom, amount: `${amount.amount}` },
      ],
    },
    offset,
  )

const status = (env: GovEnv, id: bigint) => env.gov.getProposal(env.ctx(), id)?.status

async function setup(): Promise<GovEnv> {
  const env = await govEnv()
  env.fund(proposer, udatum(100_000_000n))
  env.fund(other, udatum(100_000_000n))
  env.staking.bond(addr(10), 1_000_000n)
  return env
}

describe('deposits', () => {
  it('the voting period starts when total deposits reach min_deposit, from any depositor', async () => {
    const env = await setup()
    const id = submit(env, MIN / 2n)
    expect(status(env, id)).toBe(ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD)
    deposit(env, id, other, MIN / 2n, 10n)
    const p = env.gov.getProposal(env.ctx(), id)!
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD)
    expect(p.votingStartTime!.seconds - p.submitTime!.seconds).toBe(10n)
    expect(p.totalDeposit).toEqual([{ denom: 'udatum', amount: `${MIN}` }])
    expect(env.balance(env.authority)).toBe(MIN)
    for (const inv of env.module.invariants()) expect(inv.check(env.ctx()), inv.name).toBeUndefined()
  })

  it('refuses a wrong denom (gov 23) and a deposit under min_deposit_ratio (gov 16), changing nothing', async () => {
    const env = await setup()
    const id = submit(env, MIN / 2n)
    env.fund(other, [{ denom: 'uother', amount: 1_000_000_000n }])
    expectAbciError(
      () => deposit(env, id, other, { denom: 'uother', amount: MIN }),
      'gov',
      23,
      /accepts only/,
    )
    // 1% of 10 DATUM is 100000udatum; one less is refused.
    expectAbciError(() => deposit(env, id, other, 99_999n), 'gov', 16, /need at least one of/)
    deposit(env, id, other, 100_000n)
    expect(env.gov.getDeposit(env.ctx(), id, other)!.amount).toEqual([{ denom: 'udatum', amount: '100000' }])
    expectAbciError(() => deposit(env, 99n, other, MIN), 'gov', 2)
  })

  it('drops a proposal that missed min_deposit at its deposit end and refunds by default', async () => {
    const env = await setup()
    const before = env.balance(proposer)
    const id = submit(env, MIN / 2n)
    env.endBlock(2n * DAY - 1n)
    expect(status(env, id)).toBe(ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD)
    env.endBlock(2n * DAY)
    expect(env.gov.getProposal(env.ctx(), id)).toBeUndefined()
    expect(env.balance(proposer)).toBe(before)
    expect(env.gov.getDeposit(env.ctx(), id, proposer)).toBeUndefined()
  })

  it('burns the deposits of a dropped proposal with burn_proposal_deposit_prevote', async () => {
    const env = await setup()
    env.setParams({ burnProposalDepositPrevote: true })
    const supply = env.supply()
    submit(env, MIN / 2n)
    env.endBlock(2n * DAY)
    expect(env.supply()).toBe(supply - MIN / 2n)
    expect(env.balance(env.authority)).toBe(0n)
  })

  it('refunds after a vote that passes or misses quorum; burns on veto; burns short of quorum with burn_vote_quorum', async () => {
    for (const [label, option, burnQuorum, burned] of [
      ['passed', VoteOption.VOTE_OPTION_YES, false, false],
      ['no quorum', undefined, false, false],
      ['no quorum, burn', undefined, true, true],
      ['vetoed', VoteOption.VOTE_OPTION_NO_WITH_VETO, false, true],
    ] as const) {
      const env = await setup()
      env.setParams({ burnVoteQuorum: burnQuorum })
      const supply = env.supply()
      const id = submit(env, MIN)
      if (option !== undefined)
        env.deliver('/cosmos.gov.v1.MsgVote', { proposalId: id, voter: addr(10), option, metadata: '' }, 5n)
      env.endBlock(2n * DAY)
      expect(env.gov.getDeposit(env.ctx(), id, proposer), label).toBeUndefined()
      expect(env.supply(), label).toBe(burned ? supply - MIN : supply)
      expect(env.balance(env.authority), label).toBe(0n)
      for (const inv of env.module.invariants()) expect(inv.check(env.ctx()), inv.name).toBeUndefined()
    }
  })

  it('refuses deposits once the proposal is closed (gov 3)', async () => {
    const env = await setup()
    const id = submit(env, MIN)
    env.endBlock(2n * DAY)
    expect(status(env, id)).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED)
    expectAbciError(() => deposit(env, id, other, MIN), 'gov', 3)
  })

  it('the deposits invariant reports a total_deposit that disagrees with the deposit records', async () => {
    const env = await setup()
    const id = submit(env, MIN / 2n)
    env.gov.setDeposit(env.ctx(), {
      proposalId: id,
      depositor: other,
      amount: [{ denom: 'udatum', amount: '1' }],
    })
    const [inv] = env.module.invariants()
    expect(inv!.check(env.ctx())).toMatch(/total_deposit 5000000udatum != sum of deposits 5000001udatum/)
  })
})
