// MsgCancelProposal with the default params (proposal_cancel_ratio 0.5, proposal_cancel_dest empty): the
// proposer withdraws in the deposit or voting period; of each deposit truncate(amount × ratio) is burned (or
// paid to the dest, the community pool when dest is the distribution account) and the rest refunded; votes,
// deposits and the proposal are gone. Refusals carry the SDK's codes and change nothing.
import { ProposalStatus, VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov'
import { MsgCancelProposalResponse, MsgSubmitProposalResponse } from 'cosmjs-types/cosmos/gov/v1/tx'
import { afterEach, describe, expect, it } from 'vitest'
import { createDatumAminoTypes } from '../../client/sdk/amino.js'
import type { BankKeeper } from '../bank/keeper.js'
import type { Coin, Context } from '../sdk/index.js'
import { cancelProposal } from './cancel-server.js'
import { parseDec } from './dec.js'
import { addr, cleanupGovEnvs, expectAbciError, type GovEnv, govEnv, udatum } from './test-env.js'

afterEach(cleanupGovEnvs)

const DAY = 86_400n
const MIN = 10_000_000n
const proposer = addr(1)
const other = addr(2)
const stranger = addr(3)

const coins = (n: bigint) => [{ denom: 'udatum', amount: `${n}` }]

function submit(env: GovEnv, deposit: bigint, offset = 0n): bigint {
  const res = env.deliver(
    '/cosmos.gov.v1.MsgSubmitProposal',
    {
      messages: [],
      initialDeposit: deposit > 0n ? coins(deposit) : [],
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

const deposit = (env: GovEnv, id: bigint, who: string, amount: bigint, offset = 0n) =>
  env.deliver('/cosmos.gov.v1.MsgDeposit', { proposalId: id, depositor: who, amount: coins(amount) }, offset)

const cancel = (env: GovEnv, id: bigint, who = proposer, offset = 0n) =>
  MsgCancelProposalResponse.decode(
    env.deliver('/cosmos.gov.v1.MsgCancelProposal', { proposalId: id, proposer: who }, offset),
  )

async function setup(opts: Parameters<typeof govEnv>[0] = {}): Promise<GovEnv> {
  const env = await govEnv(opts)
  for (const a of [proposer, other, stranger]) env.fund(a, udatum(100_000_000n))
  env.staking.bond(addr(10), 1_000_000n)
  return env
}

const invariantsHold = (env: GovEnv) => {
  for (const inv of env.module.invariants()) expect(inv.check(env.ctx()), inv.name).toBeUndefined()
}

describe('MsgCancelProposal', () => {
  it('in the deposit period: burns half of each deposit (truncated), refunds the rest, deletes the proposal', async () => {
    const env = await setup()
    const id = submit(env, 3_000_001n)
    deposit(env, id, other, 1_000_001n, 5n)
    const supply = env.supply()
    const [p0, o0] = [env.balance(proposer), env.balance(other)]
    const res = cancel(env, id, proposer, 7n)
    expect([res.proposalId, res.canceledTime?.seconds]).toEqual([id, env.ctx(7n).time.seconds])
    // 3_000_001 × 0.5 = 1_500_000.5 → 1_500_000 charged, 1_500_001 back; 1_000_001 → 500_000 charged.
    expect(env.balance(proposer) - p0).toBe(1_500_001n)
    expect(env.balance(other) - o0).toBe(500_001n)
    expect(supply - env.supply()).toBe(2_000_000n)
    expect(env.balance(env.authority)).toBe(0n)
    expect(env.gov.getProposal(env.ctx(), id)).toBeUndefined()
    expect([...env.gov.deposits(env.ctx(), id)]).toEqual([])
    // its deposit-queue entry went with it: the deposit end passes without a trace
    expect(env.gov.dueIds(env.ctx(), false, env.ctx(3n * DAY).time)).toEqual([])
    invariantsHold(env)
  })

  it('in the voting period: deletes the votes and the active-queue entry too', async () => {
    const env = await setup()
    const id = submit(env, MIN)
    expect(env.gov.getProposal(env.ctx(), id)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD)
    env.deliver(
      '/cosmos.gov.v1.MsgVote',
      { proposalId: id, voter: addr(10), option: VoteOption.VOTE_OPTION_YES, metadata: '' },
      10n,
    )
    const before = env.balance(proposer)
    cancel(env, id, proposer, 20n)
    expect(env.balance(proposer) - before).toBe(MIN / 2n)
    expect([...env.gov.votes(env.ctx(), id)]).toEqual([])
    expect(env.gov.dueIds(env.ctx(), true, env.ctx(10n * DAY).time)).toEqual([])
    invariantsHold(env)
  })

  it('pays the charge to proposal_cancel_dest, or into the community pool when dest is the distribution account', async () => {
    let pooled: Coin[] = []
    let bank: BankKeeper | undefined
    const pool = {
      fundCommunityPoolFromModule(ctx: Context, from: string, amount: Coin[]) {
        bank!.sendCoinsFromModuleToModule(ctx, from, 'distribution', amount)
        pooled = amount
      },
    }
    const env = await setup({ distribution: pool })
    bank = env.bank
    const dest = addr(7)
    env.setParams({ proposalCancelDest: dest, proposalCancelRatio: parseDec('0.25') })
    const supply = env.supply()
    cancel(env, submit(env, 4_000_000n))
    expect(env.balance(dest)).toBe(1_000_000n)
    expect(env.supply()).toBe(supply)

    const distribution = env.accounts.getModuleAddress('distribution')!
    env.setParams({ proposalCancelDest: distribution, proposalCancelRatio: parseDec('0.5') })
    cancel(env, submit(env, 4_000_000n))
    expect(pooled).toEqual(udatum(2_000_000n))
    expect(env.balance(distribution)).toBe(2_000_000n)
    expect(env.supply()).toBe(supply)
  })

  it('refuses a stranger (gov 18), a missing proposal (gov 21), a closed one (gov 21), after the voting end (gov 20)', async () => {
    const env = await setup()
    const id = submit(env, MIN)
    const snapshot = () => [env.balance(proposer), env.balance(env.authority), env.supply()]
    const before = snapshot()
    expectAbciError(() => cancel(env, id, stranger), 'gov', 18, /invalid proposer/)
    expectAbciError(() => cancel(env, 99n), 'gov', 21, /proposal 99 doesn't exist/)
    // voting period is 2 days: at its end + 1 s, before end-block closes it
    expectAbciError(
      () => cancel(env, id, proposer, 2n * DAY + 1n),
      'gov',
      20,
      /voting period is already ended/,
    )
    expectAbciError(
      () => env.deliver('/cosmos.gov.v1.MsgCancelProposal', { proposalId: id, proposer: 'datum1nope' }),
      'sdk',
      7,
    )
    expect(snapshot()).toEqual(before)
    expect(env.gov.getProposal(env.ctx(), id)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD)
    env.endBlock(2n * DAY + 1n)
    expect(env.gov.getProposal(env.ctx(), id)!.status).not.toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD)
    expectAbciError(() => cancel(env, id, proposer, 2n * DAY + 2n), 'gov', 21, /deposit or voting period/)
  })

  it('emits cancel_proposal with sender and proposal_id, as SDK 0.50 msg_server.go CancelProposal does', async () => {
    const env = await setup()
    const id = submit(env, MIN)
    const ctx = env.ctx(5n)
    cancelProposal(ctx, env.gov, id, proposer)
    const ev = ctx.events.events().filter((e) => e.type === 'cancel_proposal')
    expect(ev.map((e) => e.attributes.map((a) => [a.key, a.value]))).toEqual([
      [
        ['sender', proposer],
        ['proposal_id', `${id}`],
      ],
    ])
  })

  it('signs in amino JSON as the client converter renders it (cosmos-sdk/v1/MsgCancelProposal)', async () => {
    const env = await setup()
    const def = env.router.route('/cosmos.gov.v1.MsgCancelProposal')!.def
    const value = { proposalId: 5n, proposer }
    const converted = createDatumAminoTypes().toAmino({ typeUrl: def.typeUrl, value })
    expect(converted).toEqual({ type: 'cosmos-sdk/v1/MsgCancelProposal', value: def.toAmino(value) })
    expect(converted.value).toEqual({ proposal_id: '5', proposer })
    expect(createDatumAminoTypes().fromAmino(converted).value).toEqual(value)
  })
})
