// Proposals end to end at the keeper level: bad submissions are refused with the SDK's codes; a passed
// proposal's messages run atomically in end-block (a failing one leaves state unchanged and marks the
// proposal FAILED with its error); a failed expedited proposal becomes regular; the v1beta1 TextProposal
// path and the v1/v1beta1 queries.
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import { ProposalStatus, VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov'
import * as q1 from 'cosmjs-types/cosmos/gov/v1/query'
import { MsgSubmitProposalResponse, MsgUpdateParams } from 'cosmjs-types/cosmos/gov/v1/tx'
import { TextProposal } from 'cosmjs-types/cosmos/gov/v1beta1/gov'
import * as q0 from 'cosmjs-types/cosmos/gov/v1beta1/query'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { afterEach, describe, expect, it } from 'vitest'
import { formatDec, parseDec } from './dec.js'
import { govParamsToProto } from './params.js'
import {
  addr,
  cleanupGovEnvs,
  expectAbciError,
  expectQueryError,
  type GovEnv,
  govEnv,
  udatum,
} from './test-env.js'
import { aminoWeight } from './v1beta1-server.js'

afterEach(cleanupGovEnvs)

const DAY = 86_400n
const MIN = 10_000_000n
const proposer = addr(1)
const validator = addr(10)

const send = (from: string, to: string, amount: bigint): Any => ({
  typeUrl: '/cosmos.bank.v1beta1.MsgSend',
  value: MsgSend.encode({
    fromAddress: from,
    toAddress: to,
    amount: [{ denom: 'udatum', amount: `${amount}` }],
  }).finish(),
})

function updateParams(env: GovEnv, change: Record<string, unknown>, authority = env.authority): Any {
  const params = { ...govParamsToProto(env.gov.getParams(env.ctx())), ...change }
  return {
    typeUrl: '/cosmos.gov.v1.MsgUpdateParams',
    value: MsgUpdateParams.encode({ authority, params }).finish(),
  }
}

function submit(
  env: GovEnv,
  messages: Any[],
  opts: { expedited?: boolean; deposit?: bigint; metadata?: string } = {},
): bigint {
  const res = env.deliver('/cosmos.gov.v1.MsgSubmitProposal', {
    messages,
    initialDeposit: [{ denom: 'udatum', amount: `${opts.deposit ?? (opts.expedited ? 5n * MIN : MIN)}` }],
    proposer,
    metadata: opts.metadata ?? 'ipfs://proposal',
    title: 'Change',
    summary: 'Change something',
    expedited: opts.expedited ?? false,
  })
  return MsgSubmitProposalResponse.decode(res).proposalId
}

const voteYes = (env: GovEnv, id: bigint, voter = validator, option = VoteOption.VOTE_OPTION_YES) =>
  env.deliver('/cosmos.gov.v1.MsgVote', { proposalId: id, voter, option, metadata: '' }, 10n)

async function setup(): Promise<GovEnv> {
  const env = await govEnv()
  env.fund(proposer, udatum(1_000_000_000n))
  env.staking.bond(validator, 1_000_000n)
  return env
}

const query = <T>(env: GovEnv, path: string, req: Uint8Array, res: { decode(b: Uint8Array): T }): T =>
  res.decode(env.queries.route(path)!(env.ctx(), req))

describe('submission', () => {
  it('refuses messages not signed by gov (13), unknown types (10), params the module refuses (12), no state change', async () => {
    const env = await setup()
    const next = env.gov.getNextProposalId(env.ctx())
    expectAbciError(() => submit(env, [send(proposer, addr(3), 1n)]), 'gov', 13)
    expectAbciError(
      () => submit(env, [{ typeUrl: '/datum.nope.v1.MsgNope', value: new Uint8Array() }]),
      'gov',
      10,
    )
    expectAbciError(() => submit(env, [updateParams(env, { quorum: '1.5' })]), 'gov', 12, /quorom too large/)
    expectAbciError(() => submit(env, [updateParams(env, {}, proposer)]), 'gov', 13)
    expectAbciError(() => submit(env, [], { metadata: '' }), 'gov', 11)
    expect(env.gov.getNextProposalId(env.ctx())).toBe(next)
    expect(env.balance(proposer)).toBe(1_000_000_000n)
  })

  it('refuses votes outside the voting period (3), bad options (7) and weights not summing to 1 (7)', async () => {
    const env = await setup()
    const id = submit(env, [], { deposit: MIN / 2n })
    expectAbciError(() => voteYes(env, id), 'gov', 3)
    expectAbciError(() => voteYes(env, 42n), 'gov', 2)
    env.deliver('/cosmos.gov.v1.MsgDeposit', {
      proposalId: id,
      depositor: proposer,
      amount: [{ denom: 'udatum', amount: `${MIN}` }],
    })
    expectAbciError(() => voteYes(env, id, validator, VoteOption.VOTE_OPTION_UNSPECIFIED), 'gov', 7)
    expectAbciError(
      () =>
        env.deliver('/cosmos.gov.v1.MsgVoteWeighted', {
          proposalId: id,
          voter: validator,
          options: [
            { option: VoteOption.VOTE_OPTION_YES, weight: '0.5' },
            { option: VoteOption.VOTE_OPTION_NO, weight: '0.4' },
          ],
          metadata: '',
        }),
      'gov',
      7,
      /lower than 1.00/,
    )
    expect(env.gov.getVote(env.ctx(), id, validator)).toBeUndefined()
  })
})

describe('execution in end-block', () => {
  it('a passed MsgUpdateParams takes effect at the end of the voting period, not before', async () => {
    const env = await setup()
    const id = submit(env, [updateParams(env, { quorum: '0.500000000000000000' })])
    voteYes(env, id)
    env.endBlock(2n * DAY - 1n)
    expect(formatDec(env.gov.getParams(env.ctx()).quorum)).toBe('0.334000000000000000')
    const ctx = env.endBlock(2n * DAY)
    expect(formatDec(env.gov.getParams(env.ctx()).quorum)).toBe('0.500000000000000000')
    expect(env.gov.getProposal(env.ctx(), id)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED)
    const ev = ctx.events.events().find((e) => e.type === 'active_proposal')!
    expect(ev.attributes.map((a) => [a.key, a.value])).toContainEqual(['proposal_result', 'proposal_passed'])
  })

  it('a failing message undoes the ones before it and marks the proposal FAILED with its error', async () => {
    const env = await setup()
    env.fund(env.authority, udatum(5n))
    const id = submit(env, [
      send(env.authority, addr(3), 5n),
      send(env.authority, addr(4), 1_000_000_000_000n),
    ])
    voteYes(env, id)
    env.endBlock(2n * DAY)
    const p = env.gov.getProposal(env.ctx(), id)!
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED)
    expect(p.failedReason).toMatch(/insufficient funds/)
    expect(env.balance(addr(3))).toBe(0n)
    expect(env.balance(env.authority)).toBe(5n)
  })

  it('a failed expedited proposal becomes regular with the regular voting end, and is tallied again', async () => {
    const env = await setup()
    const id = submit(env, [], { expedited: true })
    let p = env.gov.getProposal(env.ctx(), id)!
    expect(p.votingEndTime!.seconds - p.votingStartTime!.seconds).toBe(DAY)
    env.endBlock(DAY)
    p = env.gov.getProposal(env.ctx(), id)!
    expect(p.expedited).toBe(false)
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD)
    expect(p.votingEndTime!.seconds - p.votingStartTime!.seconds).toBe(2n * DAY)
    // Deposits stay until the regular end.
    expect(env.balance(env.authority)).toBe(5n * MIN)
    env.deliver(
      '/cosmos.gov.v1.MsgVote',
      { proposalId: id, voter: validator, option: VoteOption.VOTE_OPTION_YES, metadata: '' },
      DAY + 1n,
    )
    env.endBlock(2n * DAY)
    expect(env.gov.getProposal(env.ctx(), id)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED)
    expect(env.balance(env.authority)).toBe(0n)
  })
})

describe('legacy v1beta1 path and queries', () => {
  it('a v1beta1 TextProposal becomes a v1 proposal with MsgExecLegacyContent; both query paths answer', async () => {
    const env = await setup()
    const content = {
      typeUrl: '/cosmos.gov.v1beta1.TextProposal',
      value: TextProposal.encode({ title: 'Hello', description: 'World' }).finish(),
    }
    const res = env.deliver('/cosmos.gov.v1beta1.MsgSubmitProposal', {
      content,
      initialDeposit: [{ denom: 'udatum', amount: `${MIN}` }],
      proposer,
    })
    const id = MsgSubmitProposalResponse.decode(res).proposalId
    const v1 = query(
      env,
      '/cosmos.gov.v1.Query/Proposal',
      q1.QueryProposalRequest.encode({ proposalId: id }).finish(),
      q1.QueryProposalResponse,
    )
    expect(v1.proposal!.messages[0]!.typeUrl).toBe('/cosmos.gov.v1.MsgExecLegacyContent')
    expect([v1.proposal!.title, v1.proposal!.summary]).toEqual(['Hello', 'World'])
    const v0 = query(
      env,
      '/cosmos.gov.v1beta1.Query/Proposal',
      q0.QueryProposalRequest.encode({ proposalId: id }).finish(),
      q0.QueryProposalResponse,
    )
    expect(v0.proposal!.content).toEqual(content)
    env.deliver('/cosmos.gov.v1beta1.MsgVoteWeighted', {
      proposalId: id,
      voter: validator,
      options: [
        { option: VoteOption.VOTE_OPTION_YES, weight: '700000000000000000' },
        { option: VoteOption.VOTE_OPTION_NO, weight: '300000000000000000' },
      ],
    })
    const vote = query(
      env,
      '/cosmos.gov.v1.Query/Vote',
      q1.QueryVoteRequest.encode({ proposalId: id, voter: validator }).finish(),
      q1.QueryVoteResponse,
    )
    expect(vote.vote!.options.map((o) => o.weight)).toEqual(['0.700000000000000000', '0.300000000000000000'])
    const tally = query(
      env,
      '/cosmos.gov.v1.Query/TallyResult',
      q1.QueryTallyResultRequest.encode({ proposalId: id }).finish(),
      q1.QueryTallyResultResponse,
    )
    expect(tally.tally).toEqual({
      yesCount: '700000',
      abstainCount: '0',
      noCount: '300000',
      noWithVetoCount: '0',
    })
    // The live tally does not consume votes.
    expect(env.gov.getVote(env.ctx(), id, validator)).toBeDefined()
    const params = query(
      env,
      '/cosmos.gov.v1beta1.Query/Params',
      q0.QueryParamsRequest.encode({ paramsType: 'tallying' }).finish(),
      q0.QueryParamsResponse,
    )
    expect(new TextDecoder().decode(params.tallyParams!.quorum)).toBe(parseDec('0.334').toString())
    expectQueryError(
      () =>
        query(
          env,
          '/cosmos.gov.v1.Query/Proposal',
          q1.QueryProposalRequest.encode({ proposalId: 0n }).finish(),
          q1.QueryProposalResponse,
        ),
      'InvalidArgument',
      /can not be 0/,
    )
    expectQueryError(
      () =>
        query(
          env,
          '/cosmos.gov.v1.Query/Proposal',
          q1.QueryProposalRequest.encode({ proposalId: 9n }).finish(),
          q1.QueryProposalResponse,
        ),
      'NotFound',
      /doesn't exist/,
    )
    const list = query(
      env,
      '/cosmos.gov.v1.Query/Proposals',
      q1.QueryProposalsRequest.encode({
        proposalStatus: ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD,
        voter: validator,
        depositor: '',
      }).finish(),
      q1.QueryProposalsResponse,
    )
    expect(list.proposals.map((p) => p.id)).toEqual([id])
  })

  it('signs v1beta1 weights exactly as the CosmJS amino converter does', () => {
    expect(aminoWeight('500000000000000000')).toBe('0.500000000000000000')
    expect(aminoWeight('1000000000000000000')).toBe('10000000000000000000')
    expect(aminoWeight('250000000000000000')).toBe('0.250000000000000000')
  })
})
